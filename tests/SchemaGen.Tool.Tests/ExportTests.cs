using System.Text.Json;
using Xunit;

namespace SchemaGen.Tool.Tests;

/// <summary><c>schemagen export</c> reads a built assembly's schemas from its metadata, without running it.</summary>
public sealed class ExportTests
{
    [Fact]
    public void Every_schema_of_the_assembly_is_written_as_an_avsc_named_after_the_schema()
    {
        var folder = ToolRunner.TempFolder();

        var (exitCode, output, error) = ToolRunner.Run("export", typeof(MovieRating).Assembly.Location, "--out", folder);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            new[] { "MovieClick.avsc", "Offer.avsc", "OfferEvent.avsc", "Shopper.avsc", "catalog.avsc", "movie-ratings.avsc" },
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(CatalogItem.AvroSchemaJson + "\n", File.ReadAllText(Path.Combine(folder, "catalog.avsc")));
        Assert.Equal(MovieRating.AvroSchemaJson + "\n", File.ReadAllText(Path.Combine(folder, "movie-ratings.avsc")));
        Assert.Equal(MovieClick.AvroSchemaJson + "\n", File.ReadAllText(Path.Combine(folder, "MovieClick.avsc")));
        Assert.Contains("SchemaGen.Tool.Tests.MovieRating -> ", output, StringComparison.Ordinal);
        Assert.Equal("Interactions", JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "movie-ratings.avsc"))).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void Shipped_writes_the_same_files_into_the_projects_ShippedSchemas_folder()
    {
        var shipped = Path.Combine(ToolRunner.TempFolder(), "ShippedSchemas");

        var (exitCode, _, error) = ToolRunner.Run("export", typeof(MovieRating).Assembly.Location, "--shipped", shipped);

        Assert.True(exitCode == 0, error);
        Assert.Equal(CatalogItem.AvroSchemaJson + "\n", File.ReadAllText(Path.Combine(shipped, "catalog.avsc")));
        Assert.Equal(6, Directory.GetFiles(shipped, "*.avsc").Length);
    }

    [Theory]
    [InlineData("--shipped", "Schemas", "--shipped names the project's ShippedSchemas folder")]
    [InlineData("--out", null, "give either --out <dir> or --shipped <dir>")]
    public void Shipped_names_the_folder_the_build_reads_and_excludes_out(string option, string? folderName, string message)
    {
        var folder = ToolRunner.TempFolder();
        string[] arguments = folderName is null
            ? ["export", typeof(MovieRating).Assembly.Location, "--out", folder, "--shipped", Path.Combine(folder, "ShippedSchemas")]
            : ["export", typeof(MovieRating).Assembly.Location, option, Path.Combine(folder, folderName)];

        var (exitCode, _, error) = ToolRunner.Run(arguments);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("schemagen: " + message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_without_schemas_is_one_clear_error()
    {
        var (exitCode, _, error) = ToolRunner.Run("export", typeof(Xunit.FactAttribute).Assembly.Location, "--out", ToolRunner.TempFolder());

        Assert.Equal(1, exitCode);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("schemagen: xunit", error, StringComparison.Ordinal);
        Assert.Contains("holds no schema types", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.dll", "does not exist")]
    [InlineData("not-an-assembly.dll", "")]
    public void A_missing_or_unreadable_file_is_one_clear_error(string name, string message)
    {
        var folder = ToolRunner.TempFolder();
        var path = Path.Combine(folder, name);
        if (name.StartsWith("not", StringComparison.Ordinal))
        {
            File.WriteAllText(path, "plain text");
        }

        var (exitCode, _, error) = ToolRunner.Run("export", path, "--out", folder);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("schemagen: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
