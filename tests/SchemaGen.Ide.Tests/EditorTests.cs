using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace SchemaGen.Ide.Tests;

/// <summary>
/// SchemaGen as an editor shows it: csharp-ls, a C# language server editors use, loads a consumer project that
/// references the packed package, and the diagnostics it answers to pull requests (<c>textDocument/diagnostic</c>)
/// are asserted as edits arrive over <c>didChange</c>. csharp-ls runs analyzers only when the client's settings
/// say so (<c>analyzersEnabled</c>), and offers only Roslyn's own code fixes, so SchemaGen's fixes are tested in the
/// workspace tests instead. One server session walks every step: a cold load takes minutes on two cores.
/// </summary>
public sealed class EditorTests(ITestOutputHelper output)
{
    private static readonly TimeSpan LoadLimit = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan StepLimit = TimeSpan.FromMinutes(2);

    private const string Schema = """
        using SchemaGen;

        namespace Shop;

        [InteractionsSchema(EventTypes = new[] { "watch" })]
        public partial class Watch
        {
            public string UserId { get; set; } = "";
            public long Timestamp { get; set; }
            public string EventType { get; set; } = "";
            public float? EventValue { get; set; }
        }
        """;

    private const string Training = """
        using SchemaGen;

        namespace Shop;

        public static class Training
        {
            public static SolutionTrainingConfig Config() => new(Watch.SchemaInfo) { EventValueThreshold = "3" };
        }
        """;

    private const string ConsumerProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <NuGetAudit>false</NuGetAudit>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="SchemaGen" Version="$(SchemaGenVersion)" />
          </ItemGroup>
        </Project>
        """;

    private const string ItemId = "    public string ItemId { get; set; } = \"\";\n";

    private const string UnsupportedProperty = "    public System.Guid Session { get; set; }\n";

    [LanguageServerFact]
    public async Task Shows_schema_and_training_diagnostics_as_the_code_is_edited_and_honours_editorconfig()
    {
        // Packed in a configuration of its own into a folder of its own, so the package tests, which pack in Release
        // at the same time, never share a build output with this pack.
        using var repository = PackedRepository.Pack("Ide", ownOutput: true, "src/Runtime/SchemaGen.Runtime.csproj");
        var folder = repository.NewProject("Consumer", ConsumerProject, ("Watch.cs", Schema), ("Training.cs", Training), (".editorconfig", "root = true\n"));
        var restore = repository.Dotnet(folder, "restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());

        await using var server = LspClient.Start(LanguageServer.Path, folder, repository.Environment, section =>
            section == "csharp" ? new JsonObject { ["analyzersEnabled"] = true } : null);
        await InitializeAsync(server, folder);

        var watch = Uri(folder, "Watch.cs");
        var training = Uri(folder, "Training.cs");
        await OpenAsync(server, watch, Schema);

        // A schema without ITEM_ID: SG1011, an error on the type name.
        var loading = Stopwatch.StartNew();
        var missing = await WaitForAsync(server, watch, items => items.Any(item => Code(item) == "SG1011"), LoadLimit, "SG1011 on the schema without ItemId");
        output.WriteLine($"Project loaded and SG1011 shown after {loading.Elapsed.TotalSeconds:F1} s.");
        var sg1011 = missing.Single(item => Code(item) == "SG1011");
        Assert.Equal(1, Severity(sg1011));
        Assert.Equal(Position(Schema, "Watch\n"), Start(sg1011));

        // Adding ItemId clears it, and nothing else is wrong.
        var fixedSchema = Schema.Replace("    public long Timestamp", ItemId + "    public long Timestamp", StringComparison.Ordinal);
        var cleared = await ChangeAndWaitAsync(server, watch, 2, fixedSchema, items => items.All(item => Code(item) != "SG1011"), "SG1011 cleared after adding ItemId");
        Assert.DoesNotContain(cleared, item => Severity(item) == 1);

        // A training configuration with a threshold but no event type: SG2001, a warning.
        await OpenAsync(server, training, Training);
        var threshold = await WaitForAsync(server, training, items => items.Any(item => Code(item) == "SG2001"), StepLimit, "SG2001 on the training configuration");
        Assert.Equal(2, Severity(threshold.Single(item => Code(item) == "SG2001")));

        // The .editorconfig raises SG2001 to an error. csharp-ls reads .editorconfig files when it loads the project,
        // which it does again when the project file changes: the editor saves the schema, the .editorconfig and
        // the project file, and says so.
        File.WriteAllText(Path.Combine(folder, "Watch.cs"), fixedSchema);
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.SG2001.severity = error\n");
        File.SetLastWriteTimeUtc(Path.Combine(folder, "Consumer.csproj"), DateTime.UtcNow);
        await server.NotifyAsync("workspace/didChangeWatchedFiles", new
        {
            changes = new[] { new { uri = Uri(folder, ".editorconfig"), type = 2 }, new { uri = Uri(folder, "Consumer.csproj"), type = 2 } },
        });
        var raised = await WaitForAsync(server, training, items => items.Any(item => Code(item) == "SG2001" && Severity(item) == 1), StepLimit, "SG2001 as an error after the .editorconfig change");
        Assert.Contains(raised, item => Code(item) == "SG2001" && Severity(item) == 1);

        // A property of a type no Avro field holds: SG1002 on its line.
        var unsupported = fixedSchema.Replace("    public long Timestamp", UnsupportedProperty + "    public long Timestamp", StringComparison.Ordinal);
        var sg1002 = await ChangeAndWaitAsync(server, watch, 3, unsupported, items => items.Any(item => Code(item) == "SG1002"), "SG1002 on the Guid property");
        Assert.Equal(Position(unsupported, "public System.Guid").Line, Start(sg1002.First(item => Code(item) == "SG1002")).Line);
    }

    private static async Task InitializeAsync(LspClient server, string folder)
    {
        var root = new Uri(folder + Path.DirectorySeparatorChar).AbsoluteUri;
        await server.RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = root,
            workspaceFolders = new[] { new { uri = root, name = "Consumer" } },
            capabilities = new
            {
                workspace = new { configuration = true, didChangeWatchedFiles = new { dynamicRegistration = true }, workspaceFolders = true },
                textDocument = new
                {
                    synchronization = new { didSave = true },
                    diagnostic = new { dynamicRegistration = false },
                    publishDiagnostics = new { relatedInformation = false },
                },
            },
        }, StepLimit);
        await server.NotifyAsync("initialized", new { });
    }

    private static string Uri(string folder, string path) => new Uri(Path.Combine(folder, path)).AbsoluteUri;

    private static Task OpenAsync(LspClient server, string uri, string text) =>
        server.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "csharp", version = 1, text } });

    /// <summary>Sends the whole new text, then waits for the diagnostics it should bring; prints how long they took.</summary>
    private async Task<List<JsonElement>> ChangeAndWaitAsync(LspClient server, string uri, int version, string text, Func<List<JsonElement>, bool> done, string what)
    {
        var changed = Stopwatch.StartNew();
        await server.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });
        var items = await WaitForAsync(server, uri, done, StepLimit, what);
        output.WriteLine($"{what}: {changed.Elapsed.TotalMilliseconds:F0} ms from didChange.");
        return items;
    }

    /// <summary>Pulls the document's diagnostics until they satisfy <paramref name="done"/>, for at most <paramref name="limit"/>.</summary>
    private static async Task<List<JsonElement>> WaitForAsync(LspClient server, string uri, Func<List<JsonElement>, bool> done, TimeSpan limit, string what)
    {
        var waited = Stopwatch.StartNew();
        var last = new List<JsonElement>();
        var lastError = string.Empty;
        while (waited.Elapsed < limit)
        {
            try
            {
                var report = await server.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } }, StepLimit);
                last = report.TryGetProperty("items", out var items) ? items.EnumerateArray().ToList() : [];
                if (done(last))
                {
                    return last;
                }
            }
            catch (LspErrorException exception)
            {
                // The server answers with an error while the project is still loading.
                lastError = exception.Message;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        throw new TimeoutException($"No {what} within {limit.TotalSeconds} s. Last diagnostics: [{string.Join(", ", last.Select(item => item.ToString()))}]; "
            + $"last error: {lastError}\nServer errors:\n{server.Errors}");
    }

    private static string? Code(JsonElement item) => item.TryGetProperty("code", out var code) ? code.ToString() : null;

    private static int Severity(JsonElement item) => item.TryGetProperty("severity", out var severity) ? severity.GetInt32() : 0;

    private static (int Line, int Character) Start(JsonElement item)
    {
        var start = item.GetProperty("range").GetProperty("start");
        return (start.GetProperty("line").GetInt32(), start.GetProperty("character").GetInt32());
    }

    /// <summary>The zero-based line and column where <paramref name="marker"/> first occurs in <paramref name="text"/>.</summary>
    private static (int Line, int Character) Position(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        var before = text[..index];
        var line = before.Count(character => character == '\n');
        return (line, index - (before.LastIndexOf('\n') + 1));
    }
}
