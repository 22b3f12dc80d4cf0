using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace SchemaGen.Runtime.Tests;

/// <summary>
/// The runtime's layers depend one way: sending uses serialization and validation, never the reverse, so the
/// sending side can leave for an assembly of its own.
/// </summary>
public sealed partial class LayeringTests
{
    [Theory]
    [InlineData("Serialization")]
    [InlineData("Validation")]
    public void A_lower_layer_names_no_type_of_the_sending_side(string layer)
    {
        var runtime = Path.Combine(RepositoryRoot(), "src", "Runtime");
        var sendingTypes = Directory.GetFiles(Path.Combine(runtime, "Sending"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => DeclaredType().Matches(File.ReadAllText(file)).Select(match => match.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("PersonalizeEventsException", sendingTypes);

        var uses = Directory.GetFiles(Path.Combine(runtime, layer), "*.cs")
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"\b[A-Z]\w*\b").Select(match => (File: Path.GetFileName(file), Name: match.Value)))
            .Where(use => sendingTypes.Contains(use.Name))
            .Select(use => use.File + ": " + use.Name)
            .Distinct()
            .ToArray();

        Assert.Empty(uses);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SchemaGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\b(?:class|interface|enum|struct|record)\s+(\w+)")]
    private static partial Regex DeclaredType();
}
