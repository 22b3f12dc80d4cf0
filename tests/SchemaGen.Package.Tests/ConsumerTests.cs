using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using Xunit;

namespace SchemaGen.Package.Tests;

/// <summary>
/// The packed SchemaGen package in fresh SDK-style projects, as users meet it: <c>dotnet add package SchemaGen</c> and
/// nothing else to configure. Every test builds real projects with the dotnet CLI.
/// </summary>
public sealed class ConsumerTests(PackedRepository repository) : IClassFixture<PackedRepository>
{
    private const string Schema = """
        using System;
        using SchemaGen;

        namespace Shop
        {
            [InteractionsSchema(EventTypes = new[] { "like", "rating" })]
            public partial class MovieRating
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public DateTimeOffset Timestamp { get; set; }
                public string EventType { get; set; } = "";
                public float? EventValue { get; set; }
                public int? NumRatings { get; set; }
            }
        }
        """;

    private const string Program = """
        using System;
        using Shop;

        var rating = new MovieRating { UserId = "user555", ItemId = "movie_ten", EventType = "rating", EventValue = 4, NumRatings = 13, Timestamp = DateTimeOffset.FromUnixTimeSeconds(1700000000) };
        Console.WriteLine(MovieRating.AvroSchemaJson);
        Console.WriteLine(new MovieRating.PutEventsBuilder("tracking-1").Add("session-1", rating).Build()[0].ToJson());
        """;

    /// <summary>One schema of every other dataset type, and an ECOMMERCE Items schema, written as C# 8 allows.</summary>
    private const string Datasets = """
        using System;
        using SchemaGen;

        namespace Shop
        {
            [ItemsSchema]
            public partial class Product
            {
                public string ItemId { get; set; } = "";
                public DateTimeOffset CreationTimestamp { get; set; }
                [Categorical] public string[] Genres { get; set; } = new string[0];
                [Textual] public string? Description { get; set; }
            }

            [ItemsSchema(Domain = PersonalizeDomain.Ecommerce)]
            public partial class StoreItem
            {
                public string ItemId { get; set; } = "";
                public float Price { get; set; }
                [Categorical] public string CategoryL1 { get; set; } = "";
            }

            [UsersSchema]
            public partial class Shopper
            {
                public string UserId { get; set; } = "";
                [Categorical] public string? MembershipLevel { get; set; }
            }

            [ActionsSchema]
            public partial class Offer
            {
                public string ActionId { get; set; } = "";
                public long? Value { get; set; }
                [Categorical] public string? MembershipLevel { get; set; }
            }

            [ActionInteractionsSchema(EventTypes = new[] { "Viewed", "Taken", "Not taken" })]
            public partial class OfferEvent
            {
                public string UserId { get; set; } = "";
                public string ActionId { get; set; } = "";
                public long Timestamp { get; set; }
                public string EventType { get; set; } = "";
            }
        }
        """;

    private const string DatasetsProgram = """
        using System;
        using Shop;

        const string Arn = "arn:aws:personalize:us-west-2:123456789012:dataset/shop/";
        Console.WriteLine(Product.AvroSchemaJson + StoreItem.AvroSchemaJson + Shopper.AvroSchemaJson + Offer.AvroSchemaJson + OfferEvent.AvroSchemaJson);
        Console.WriteLine(new Product.PutItemsBuilder(Arn + "ITEMS").Add(new Product { ItemId = "movie_ten", Genres = new[] { "Horror", "Action" }, CreationTimestamp = DateTimeOffset.FromUnixTimeSeconds(1700000000) }).Build()[0].ToJson());
        Console.WriteLine(new StoreItem.PutItemsBuilder(Arn + "ITEMS").Add(new StoreItem { ItemId = "shoe", Price = 19.5f, CategoryL1 = "shoes" }).Build()[0].ToJson());
        Console.WriteLine(new Shopper.PutUsersBuilder(Arn + "USERS").Add(new Shopper { UserId = "u1", MembershipLevel = "Gold" }).Build()[0].ToJson());
        Console.WriteLine(new Offer.PutActionsBuilder(Arn + "ACTIONS").Add(new Offer { ActionId = "join", Value = 100 }).Build()[0].ToJson());
        Console.WriteLine(new OfferEvent.PutActionInteractionsBuilder("tracking-1").Add("session-1", new OfferEvent { UserId = "u1", ActionId = "join", Timestamp = 1700000000, EventType = "Taken" }).Build()[0].ToJson());
        """;

    private string Project(string framework, string outputType = "Exe", string extra = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>{framework}</TargetFramework>
            <OutputType>{outputType}</OutputType>
            <Nullable>enable</Nullable>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            <NuGetAudit>false</NuGetAudit>
            {extra}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="SchemaGen" Version="$(SchemaGenVersion)" />
          </ItemGroup>
        </Project>
        """;

    [Fact]
    public void A_net10_app_builds_with_warnings_as_errors_gets_the_generated_files_and_prints_the_schema_and_a_body()
    {
        var app = repository.NewProject("App", Project("net10.0", extra: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>"), ("MovieRating.cs", Schema), ("Program.cs", Program));

        var build = repository.Dotnet(app, "build");
        Assert.True(build.ExitCode == 0, build.ToString());

        var generated = Path.Combine(app, "obj", "Debug", "net10.0", "generated", "SchemaGen.Generator", "SchemaGen.Generator.InteractionsSchemaGenerator");
        Assert.Equal(
            new[] { "SchemaGen.SchemaRegistry.g.cs", "Shop.MovieRating.InteractionsSchema.g.cs" },
            Directory.GetFiles(generated).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var run = repository.Dotnet(app, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("\"name\": \"Interactions\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"properties\":\"{\\\"numRatings\\\":\\\"13\\\"}\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_net10_app_with_a_schema_of_every_dataset_type_builds_with_warnings_as_errors_and_prints_a_body_of_each()
    {
        var app = repository.NewProject("Datasets", Project("net10.0", extra: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>"), ("Datasets.cs", Datasets), ("Program.cs", DatasetsProgram));

        var build = repository.Dotnet(app, "build");
        Assert.True(build.ExitCode == 0, build.ToString());

        var generated = Path.Combine(app, "obj", "Debug", "net10.0", "generated", "SchemaGen.Generator", "SchemaGen.Generator.InteractionsSchemaGenerator");
        Assert.Equal(
            new[]
            {
                "SchemaGen.SchemaRegistry.g.cs", "Shop.Offer.ActionsSchema.g.cs", "Shop.OfferEvent.ActionInteractionsSchema.g.cs",
                "Shop.Product.ItemsSchema.g.cs", "Shop.Shopper.UsersSchema.g.cs", "Shop.StoreItem.ItemsSchema.g.cs",
            },
            Directory.GetFiles(generated).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var run = repository.Dotnet(app, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var record in new[] { "Items", "Users", "Actions", "ActionInteractions" })
        {
            Assert.Contains("\"name\": \"" + record + "\"", run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("\"items\":[{\"itemId\":\"movie_ten\",\"properties\":\"{\\\"creationTimestamp\\\":\\\"1700000000\\\",\\\"genres\\\":\\\"Horror|Action\\\"}\"}]", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"properties\":\"{\\\"price\\\":\\\"19.5\\\",\\\"categoryL1\\\":\\\"shoes\\\"}\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"users\":[{\"userId\":\"u1\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"actions\":[{\"actionId\":\"join\",\"properties\":\"{\\\"value\\\":\\\"100\\\"}\"}]", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"actionInteractions\":[{\"actionId\":\"join\",\"userId\":\"u1\",\"sessionId\":\"session-1\",\"timestamp\":1700000000,\"eventType\":\"Taken\"}]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_violations_fail_or_warn_as_their_severity_says_and_editorconfig_changes_it()
    {
        var missingItem = repository.NewProject("MissingItem", Project("net10.0", "Library"), ("Click.cs", """
            using SchemaGen;
            [InteractionsSchema]
            public partial class Click
            {
                public string UserId { get; set; } = "";
                public long Timestamp { get; set; }
            }
            """));
        var refused = repository.Dotnet(missingItem, "build");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("error SG1011", refused.Output, StringComparison.Ordinal);

        var threshold = repository.NewProject("Threshold", Project("net10.0", "Library"), ("MovieRating.cs", Schema), ("Training.cs", """
            using SchemaGen;
            public static class Training
            {
                public static SolutionTrainingConfig Ratings() => new SolutionTrainingConfig(Shop.MovieRating.SchemaInfo) { EventValueThreshold = "3" };
            }
            """));
        var warned = repository.Dotnet(threshold, "build");
        Assert.True(warned.ExitCode == 0, warned.ToString());
        Assert.Contains("warning SG2001", warned.Output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(threshold, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.SG2001.severity = error\n");
        var raised = repository.Dotnet(threshold, "build", "--no-incremental");
        Assert.NotEqual(0, raised.ExitCode);
        Assert.Contains("error SG2001", raised.Output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(threshold, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.SG2001.severity = none\n");
        var silenced = repository.Dotnet(threshold, "build", "--no-incremental");
        Assert.True(silenced.ExitCode == 0, silenced.ToString());
        Assert.DoesNotContain("SG2001", silenced.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_changed_since_it_was_shipped_fails_the_build_naming_the_field()
    {
        const string Shipped = """
            {"type": "record", "name": "Items", "namespace": "com.amazonaws.personalize.schema", "fields": [
              {"name": "ITEM_ID", "type": "string"},
              {"name": "GENRE", "type": "string", "categorical": true},
              {"name": "STOCK", "type": "int"}], "version": "1.0"}
            """;
        static string Product(string stock) => """
            using SchemaGen;
            [ItemsSchema(Name = "products")]
            public partial class Product
            {
                public string ItemId { get; set; } = "";
                [Categorical] public string Genre { get; set; } = "";
            """ + "\n    " + stock + "\n}\n";

        var project = Project("net10.0", "Library").Replace("</ItemGroup>", "  <AdditionalFiles Include=\"ShippedSchemas/*.avsc\" />\n  </ItemGroup>", StringComparison.Ordinal);
        var library = repository.NewProject("Shipped", project, ("Product.cs", Product("public int Stock { get; set; }\n    public double? Rating { get; set; }")));
        Directory.CreateDirectory(Path.Combine(library, "ShippedSchemas"));
        File.WriteAllText(Path.Combine(library, "ShippedSchemas", "products.avsc"), Shipped);

        var evolved = repository.Dotnet(library, "build");
        Assert.True(evolved.ExitCode == 0, evolved.ToString());
        Assert.DoesNotContain("SG1030", evolved.Output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(library, "Product.cs"), Product("public long Stock { get; set; }"));
        var changed = repository.Dotnet(library, "build");
        Assert.NotEqual(0, changed.ExitCode);
        Assert.Contains("error SG1030: 'Product' no longer matches its shipped schema products.avsc: field STOCK changed type from int to long", changed.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("net8.0", "")]
    [InlineData("netstandard2.0", "<LangVersion>8</LangVersion>")]
    public void Older_frameworks_build_the_generated_code_with_warnings_as_errors(string framework, string extra)
    {
        var library = repository.NewProject("Library" + framework.Replace(".", string.Empty, StringComparison.Ordinal), Project(framework, "Library", extra + "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>"), ("MovieRating.cs", Schema), ("Datasets.cs", Datasets));

        var build = repository.Dotnet(library, "build");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(library, "obj", "Debug", framework, "generated", "SchemaGen.Generator", "SchemaGen.Generator.InteractionsSchemaGenerator", "Shop.MovieRating.InteractionsSchema.g.cs")));
        Assert.True(File.Exists(Path.Combine(library, "obj", "Debug", framework, "generated", "SchemaGen.Generator", "SchemaGen.Generator.InteractionsSchemaGenerator", "Shop.OfferEvent.ActionInteractionsSchema.g.cs")));
    }

    [Fact]
    public void The_analyzers_are_built_against_Roslyn_4_8_and_only_the_code_fixes_reference_Workspaces()
    {
        using var package = ZipFile.OpenRead(repository.PackagePath("SchemaGen"));
        var analyzers = package.Entries.Where(entry => entry.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal)).ToDictionary(entry => entry.Name);
        Assert.Equal(new[] { "SchemaGen.CodeFixes.dll", "SchemaGen.Generator.dll" }, analyzers.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(package.Entries, entry => entry.FullName == "lib/netstandard2.0/SchemaGen.dll");
        Assert.Contains(package.Entries, entry => entry.FullName == "lib/net8.0/SchemaGen.dll");
        Assert.Contains(package.Entries, entry => entry.FullName == "lib/net10.0/SchemaGen.dll");
        Assert.Contains(package.Entries, entry => entry.FullName == "README.md");

        var generator = References(analyzers["SchemaGen.Generator.dll"]);
        var codeFixes = References(analyzers["SchemaGen.CodeFixes.dll"]);
        Assert.True(generator["Microsoft.CodeAnalysis"] <= new Version(4, 8, 0, 0), "Generator references Microsoft.CodeAnalysis " + generator["Microsoft.CodeAnalysis"]);
        Assert.True(generator["Microsoft.CodeAnalysis.CSharp"] <= new Version(4, 8, 0, 0));
        Assert.DoesNotContain("Microsoft.CodeAnalysis.Workspaces", generator.Keys);
        Assert.DoesNotContain("Microsoft.CodeAnalysis.CSharp.Workspaces", generator.Keys);
        Assert.True(codeFixes["Microsoft.CodeAnalysis.Workspaces"] <= new Version(4, 8, 0, 0));
    }

    [Fact]
    public void The_nuspec_depends_only_on_what_the_runtime_needs()
    {
        using var package = ZipFile.OpenRead(repository.PackagePath("SchemaGen"));
        using var nuspec = new StreamReader(package.Entries.Single(entry => entry.FullName == "SchemaGen.nuspec").Open());
        var text = nuspec.ReadToEnd();

        // A project that declares schemas gets System.Text.Json (in the framework from .NET 8) and nothing else; the
        // sending side's dependencies are SchemaGen.Sending's. Build-only packages (PolySharp, the API analyzer) stay out.
        var groups = DependencyGroups(text);
        Assert.Equal(["System.Text.Json"], groups[".NETStandard2.0"]);
        Assert.Empty(groups["net8.0"]);
        Assert.Empty(groups["net10.0"]);
        Assert.Contains("<readme>README.md</readme>", text, StringComparison.Ordinal);
        Assert.Contains("<license type=\"expression\">MIT</license>", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.ChangeExtension(repository.PackagePath("SchemaGen"), ".snupkg")));
    }

    [Fact]
    public void The_sending_package_brings_the_sending_dependencies_and_SchemaGen()
    {
        using var package = ZipFile.OpenRead(repository.PackagePath("SchemaGen.Sending"));
        using var nuspec = new StreamReader(package.Entries.Single(entry => entry.FullName == "SchemaGen.Sending.nuspec").Open());
        var groups = DependencyGroups(nuspec.ReadToEnd());

        string[] everywhere =
        [
            "AWSSDK.Core", "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Hosting.Abstractions",
            "Microsoft.Extensions.Http", "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Options", "Polly.Core", "Polly.RateLimiting",
            "SchemaGen", "System.Threading.RateLimiting",
        ];
        string[] netStandardOnly = ["System.Diagnostics.DiagnosticSource", "System.Threading.Channels"];
        Assert.Equal(everywhere.Concat(netStandardOnly).OrderBy(id => id, StringComparer.Ordinal), groups[".NETStandard2.0"]);
        Assert.Equal(everywhere, groups["net8.0"]);
        Assert.Equal(everywhere, groups["net10.0"]);
    }

    [Fact]
    public void The_spool_package_brings_SQLite_and_SchemaGen_Sending()
    {
        using var package = ZipFile.OpenRead(repository.PackagePath("SchemaGen.Spool"));
        using var nuspec = new StreamReader(package.Entries.Single(entry => entry.FullName == "SchemaGen.Spool.nuspec").Open());
        var groups = DependencyGroups(nuspec.ReadToEnd());

        string[] everywhere = ["Microsoft.Data.Sqlite", "Microsoft.Extensions.Logging.Abstractions", "SchemaGen.Sending", "System.IO.Hashing"];
        string[] netStandardOnly = ["System.Diagnostics.DiagnosticSource", "System.Threading.Channels"];
        Assert.Equal(everywhere.Concat(netStandardOnly).OrderBy(id => id, StringComparer.Ordinal), groups[".NETStandard2.0"]);
        Assert.Equal(everywhere, groups["net8.0"]);
        Assert.Equal(everywhere, groups["net10.0"]);
    }

    [Fact]
    public void A_netstandard_library_that_only_declares_schemas_resolves_no_AWS_Microsoft_Extensions_nor_SQLite_package()
    {
        var library = repository.NewProject("Contracts", Project("netstandard2.0", "Library", "<LangVersion>8</LangVersion><TreatWarningsAsErrors>true</TreatWarningsAsErrors>"), ("MovieRating.cs", Schema));

        var build = repository.Dotnet(library, "build");

        Assert.True(build.ExitCode == 0, build.ToString());
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(library, "obj", "project.assets.json")));
        var resolved = assets.RootElement.GetProperty("libraries").EnumerateObject().Select(library => library.Name.Split('/')[0]).ToArray();
        Assert.Contains("SchemaGen", resolved);
        Assert.DoesNotContain(resolved, name => name.StartsWith("AWSSDK.", StringComparison.Ordinal) || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || name.StartsWith("Polly", StringComparison.Ordinal) || name.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal) || name.StartsWith("SQLitePCLRaw", StringComparison.Ordinal));
    }

    /// <summary>A .NET 10 app, warnings as errors, on the packed <paramref name="package"/> and the packed local endpoint.</summary>
    private string AppOnLocalEndpoint(string package) =>
        Project("net10.0", extra: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>").Replace(
            "</ItemGroup>", "  <PackageReference Include=\"" + package + "\" Version=\"" + repository.Version + "\" />\n    <PackageReference Include=\"SchemaGen.LocalEndpoint\" Version=\"" + repository.Version + "\" />\n  </ItemGroup>", StringComparison.Ordinal);

    private static Dictionary<string, string[]> DependencyGroups(string nuspec) =>
        System.Xml.Linq.XDocument.Parse(nuspec).Descendants().Where(element => element.Name.LocalName == "group")
            .ToDictionary(
                group => (string)group.Attribute("targetFramework")!,
                group => group.Elements().Select(dependency => (string)dependency.Attribute("id")!).OrderBy(id => id, StringComparer.Ordinal).ToArray());

    /// <summary>
    /// The start of a program against the packed local endpoint: the endpoint started in the process, and <c>Call</c>,
    /// a control-plane call signed by AWSSDK.Core, which the package brings.
    /// </summary>
    private const string LocalEndpointProgram = """
                using System;
                using System.Linq;
                using System.Net.Http;
                using System.Text;
                using System.Text.Json.Nodes;
                using Amazon;
                using Amazon.Runtime;
                using Amazon.Runtime.Signing;
                using SchemaGen;
                using SchemaGen.LocalEndpoint;
                using Shop;

                await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
                var credentials = new BasicAWSCredentials("test", "test");
                using var http = new HttpClient();
                async System.Threading.Tasks.Task<JsonNode> Call(string operation, JsonObject input)
                {
                    var body = Encoding.UTF8.GetBytes(input.ToJsonString());
                    var uri = new Uri(endpoint.Uri, "/");
                    var signing = new AWSSigningRequest { HttpMethod = HttpMethod.Post, RequestUri = uri, Content = body };
                    signing.Headers["X-Amz-Target"] = "AmazonPersonalize." + operation;
                    var signed = await AWSSigV4Signer.SignAsync(signing, new AWSSigV4Parameters { Credentials = credentials, Region = RegionEndpoint.USWest2, Service = "personalize", SignPayload = true });
                    using var message = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
                    message.Headers.Add("X-Amz-Target", "AmazonPersonalize." + operation);
                    foreach (var header in signed.Headers)
                    {
                        message.Headers.TryAddWithoutValidation(header.Key, header.Value);
                    }

                    using var response = await http.SendAsync(message);
                    var text = await response.Content.ReadAsStringAsync();
                    return response.IsSuccessStatusCode ? JsonNode.Parse(text)! : throw new InvalidOperationException(operation + ": " + text);
                }

        """;

    // After LocalEndpointProgram: a group with the ratings schema's Interactions dataset and an event tracker.
    private const string RatingsTrackerProgram = """
                var schemaArn = (string)(await Call("CreateSchema", new JsonObject { ["name"] = "ratings", ["schema"] = MovieRating.AvroSchemaJson }))["schemaArn"]!;
                var groupArn = (string)(await Call("CreateDatasetGroup", new JsonObject { ["name"] = "shop" }))["datasetGroupArn"]!;
                await Call("CreateDataset", new JsonObject { ["name"] = "ratings", ["schemaArn"] = schemaArn, ["datasetGroupArn"] = groupArn, ["datasetType"] = "Interactions" });
                var trackingId = (string)(await Call("CreateEventTracker", new JsonObject { ["name"] = "shop", ["datasetGroupArn"] = groupArn }))["trackingId"]!;

        """;

    [Fact]
    public void An_integration_test_starts_the_packed_local_endpoint_and_records_events_against_it()
    {
        var app = repository.NewProject("IntegrationApp", AppOnLocalEndpoint("SchemaGen.Sending"),
            ("MovieRating.cs", Schema),
            ("Program.cs", LocalEndpointProgram + RatingsTrackerProgram + """

                using var client = new PersonalizeEventsClient(new PersonalizeEventsClientOptions { EndpointUrl = endpoint.Uri, Region = endpoint.Region, Credentials = credentials });
                await using (var recorder = new EventRecorder<MovieRating>(client, new EventRecorderOptions { TrackingId = trackingId }))
                {
                    await recorder.RecordAsync("session-1", new MovieRating { UserId = "user555", ItemId = "movie_ten", EventType = "rating", EventValue = 4, NumRatings = 13, Timestamp = DateTimeOffset.FromUnixTimeSeconds(1700000000) });
                }

                var datasets = (await Call("ListDatasets", new JsonObject { ["datasetGroupArn"] = groupArn }))["datasets"]!.AsArray();
                var recorded = datasets.Single(dataset => (string)dataset!["datasetType"]! == "EVENT_INTERACTIONS")!;
                Console.Write(endpoint.ExportCsv((string)recorded["datasetArn"]!));
                Console.WriteLine("interactions: " + endpoint.Readiness(groupArn).Interactions);
                """));

        var run = repository.Dotnet(app, "run");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,EVENT_VALUE,NUM_RATINGS\nuser555,movie_ten,1700000000,rating,4,13\n", run.Output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("interactions: 1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_consumer_spools_events_while_the_service_is_unreachable_and_a_later_recorder_delivers_them()
    {
        var app = repository.NewProject("SpoolApp", AppOnLocalEndpoint("SchemaGen.Spool"),
            ("MovieRating.cs", Schema),
            ("Program.cs", LocalEndpointProgram + RatingsTrackerProgram + """
                var spoolDirectory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "spool-app-" + Guid.NewGuid().ToString("N"));
                EventRecorderOptions Options() => new() { TrackingId = trackingId, Spool = DurableSpool.Open(new DurableSpoolOptions { Directory = spoolDirectory }), DisposeTimeout = TimeSpan.FromSeconds(1), RetryBaseDelay = TimeSpan.FromMilliseconds(10), RetryMaxDelay = TimeSpan.FromMilliseconds(100) };

                // Nothing listens on port 9: every attempt fails, and the events stay in the spool.
                using (var unreachable = new PersonalizeEventsClient(new PersonalizeEventsClientOptions { EndpointUrl = new Uri("http://127.0.0.1:9"), Region = endpoint.Region, Credentials = credentials }))
                await using (var recorder = new EventRecorder<MovieRating>(unreachable, Options()))
                {
                    await recorder.RecordAsync("session-1", new MovieRating { UserId = "user555", ItemId = "movie_ten", EventType = "rating", EventValue = 4, NumRatings = 13, Timestamp = DateTimeOffset.FromUnixTimeSeconds(1700000000) });
                    await recorder.RecordAsync("session-1", new MovieRating { UserId = "user555", ItemId = "movie_two", EventType = "rating", EventValue = 5, NumRatings = 2, Timestamp = DateTimeOffset.FromUnixTimeSeconds(1700000001) });
                }

                using var client = new PersonalizeEventsClient(new PersonalizeEventsClientOptions { EndpointUrl = endpoint.Uri, Region = endpoint.Region, Credentials = credentials });
                await using (var recorder = new EventRecorder<MovieRating>(client, Options()))
                {
                    await recorder.FlushAsync();
                }

                // Recorded events land in the group's EVENT_INTERACTIONS dataset, as the service keeps them.
                var datasets = (await Call("ListDatasets", new JsonObject { ["datasetGroupArn"] = groupArn }))["datasets"]!.AsArray();
                Console.Write(endpoint.ExportCsv((string)datasets.Single(dataset => (string)dataset!["datasetType"]! == "EVENT_INTERACTIONS")!["datasetArn"]!));
                await using (var spool = DurableSpool.Open(new DurableSpoolOptions { Directory = spoolDirectory }))
                {
                    Console.WriteLine("left in the spool: " + spool.Count);
                }
                """));

        var run = repository.Dotnet(app, "run");

        Assert.True(run.ExitCode == 0, run.ToString());
        var output = run.Output.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(output.Contains("user555,movie_ten,1700000000,rating,4,13\n", StringComparison.Ordinal), run.ToString());
        Assert.True(output.Contains("user555,movie_two,1700000001,rating,5,2\n", StringComparison.Ordinal), run.ToString());
        Assert.True(output.Contains("left in the spool: 0", StringComparison.Ordinal), run.ToString());
    }

    [Fact]
    public void A_consumer_records_items_and_users_against_the_packed_local_endpoint_and_reads_them_back()
    {
        var app = repository.NewProject("DatasetsApp", AppOnLocalEndpoint("SchemaGen.Sending"),
            ("Schemas.cs", """
                using SchemaGen;

                namespace Shop
                {
                    [ItemsSchema(Name = "shop-items", Domain = PersonalizeDomain.Ecommerce)]
                    public partial class StoreItem
                    {
                        public string ItemId { get; set; } = "";
                        public float Price { get; set; }
                        [Categorical] public string CategoryL1 { get; set; } = "";
                    }

                    [UsersSchema(Name = "shop-users", Domain = PersonalizeDomain.Ecommerce)]
                    public partial class Shopper
                    {
                        public string UserId { get; set; } = "";
                        [Categorical] public string? MembershipLevel { get; set; }
                    }
                }
                """),
            ("Program.cs", LocalEndpointProgram + """
                var groupArn = (string)(await Call("CreateDatasetGroup", new JsonObject { ["name"] = "shop", ["domain"] = "ECOMMERCE" }))["datasetGroupArn"]!;
                async System.Threading.Tasks.Task<string> Dataset(string type, string name, string schema)
                {
                    var schemaArn = (string)(await Call("CreateSchema", new JsonObject { ["name"] = name, ["domain"] = "ECOMMERCE", ["schema"] = schema }))["schemaArn"]!;
                    return (string)(await Call("CreateDataset", new JsonObject { ["name"] = name, ["schemaArn"] = schemaArn, ["datasetGroupArn"] = groupArn, ["datasetType"] = type }))["datasetArn"]!;
                }

                var itemsArn = await Dataset("Items", "shop-items", StoreItem.AvroSchemaJson);
                var usersArn = await Dataset("Users", "shop-users", Shopper.AvroSchemaJson);
                using var client = new PersonalizeEventsClient(new PersonalizeEventsClientOptions { EndpointUrl = endpoint.Uri, Region = endpoint.Region, Credentials = credentials });
                var failures = 0;
                await using (var items = new ItemRecorder<StoreItem>(client, new DatasetRecorderOptions { DatasetArn = itemsArn, OnFailure = _ => failures++ }))
                await using (var users = new UserRecorder<Shopper>(client, new DatasetRecorderOptions { DatasetArn = usersArn, OnFailure = _ => failures++ }))
                {
                    await items.RecordAsync(new StoreItem { ItemId = "shoe-1", Price = 9.99f, CategoryL1 = "shoes" });
                    await items.RecordAsync(new StoreItem { ItemId = "hat-1", Price = 19.5f, CategoryL1 = "hats" });
                    await items.RecordAsync(new StoreItem { ItemId = "shoe-1", Price = 12.5f, CategoryL1 = "shoes" });
                    await users.RecordAsync(new Shopper { UserId = "user555", MembershipLevel = "gold" });
                    await users.RecordAsync(new Shopper { UserId = "user556" });
                }

                Console.Write(endpoint.ExportCsv(itemsArn));
                Console.Write(endpoint.ExportCsv(usersArn));
                Console.WriteLine("failures: " + failures);
                """));

        var run = repository.Dotnet(app, "run");

        Assert.True(run.ExitCode == 0, run.ToString());
        var output = run.Output.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains("ITEM_ID,PRICE,CATEGORY_L1\nshoe-1,12.5,shoes\nhat-1,19.5,hats\n", output, StringComparison.Ordinal);
        Assert.Contains("USER_ID,MEMBERSHIP_LEVEL\nuser555,gold\nuser556,\n", output, StringComparison.Ordinal);
        Assert.Contains("failures: 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_installs_from_the_folder_and_its_verbs_work_on_a_built_consumer()
    {
        var tools = Path.Combine(repository.Work, "tools");
        var install = repository.Dotnet(repository.Work, "tool", "install", "SchemaGen.Tool", "--tool-path", tools, "--version", repository.Version, "--add-source", repository.Packages);
        Assert.True(install.ExitCode == 0, install.ToString());
        var schemagen = Path.Combine(tools, "schemagen");

        var app = repository.NewProject("ToolApp", Project("net10.0", "Library"), ("MovieRating.cs", Schema));
        Assert.Equal(0, repository.Dotnet(app, "build").ExitCode);
        var exported = Path.Combine(repository.Work, "exported");
        var export = DotNet.Start(schemagen, app, repository.Environment, "export", Path.Combine(app, "bin", "Debug", "net10.0", "ToolApp.dll"), "--out", exported);
        Assert.True(export.ExitCode == 0, export.ToString());
        var avsc = Path.Combine(exported, "MovieRating.avsc");
        Assert.True(File.Exists(avsc), export.ToString());

        // import → build → export gives an equivalent schema.
        var imported = repository.NewProject("Imported", Project("net10.0", "Library"));
        var import = DotNet.Start(schemagen, imported, repository.Environment, "import", avsc, "--namespace", "Imported", "--out", Path.Combine(imported, "MovieRating.cs"));
        Assert.True(import.ExitCode == 0, import.ToString());
        var build = repository.Dotnet(imported, "build");
        Assert.True(build.ExitCode == 0, build.ToString());
        var reexported = Path.Combine(repository.Work, "reexported");
        Assert.Equal(0, DotNet.Start(schemagen, imported, repository.Environment, "export", Path.Combine(imported, "bin", "Debug", "net10.0", "Imported.dll"), "--out", reexported).ExitCode);
        Assert.Equal(Fields(File.ReadAllText(avsc)), Fields(File.ReadAllText(Path.Combine(reexported, "MovieRating.avsc"))));

        var csv = Path.Combine(repository.Work, "interactions.csv");
        File.WriteAllText(csv, "USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE\n" + string.Concat(Enumerable.Range(0, 1000).Select(i => "u" + (i % 50) + ",i" + i + ",1700000000,rating\n")));
        var readiness = DotNet.Start(schemagen, repository.Work, repository.Environment, "readiness", csv, "--event-type", "rating", "--json");
        Assert.True(readiness.ExitCode == 0, readiness.ToString());
        var report = JsonDocument.Parse(readiness.Output).RootElement;
        Assert.Equal((1000, 50, true), (report.GetProperty("interactions").GetInt32(), report.GetProperty("usersWithAtLeastTwoInteractions").GetInt32(), report.GetProperty("ready").GetBoolean()));

        var failure = DotNet.Start(schemagen, repository.Work, repository.Environment, "export", Path.Combine(repository.Work, "missing.dll"), "--out", exported);
        Assert.Equal(1, failure.ExitCode);
        Assert.StartsWith("schemagen: ", failure.Output, StringComparison.Ordinal);
    }

    private static string[] Fields(string avro) => JsonDocument.Parse(avro).RootElement.GetProperty("fields").EnumerateArray().Select(field => field.GetRawText()).ToArray();

    private static Dictionary<string, Version> References(ZipArchiveEntry assembly)
    {
        using var stream = new MemoryStream();
        using (var entry = assembly.Open())
        {
            entry.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(metadata.GetAssemblyReference).ToDictionary(reference => metadata.GetString(reference.Name), reference => reference.Version);
    }
}
