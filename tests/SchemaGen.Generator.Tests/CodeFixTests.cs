using System.Threading.Tasks;
using SchemaGen.CodeFixes;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>Each code fix, with the exact source it produces.</summary>
public sealed class CodeFixTests
{
    private const string Usings = """
        using System;
        using SchemaGen;

        """;

    [Fact]
    public Task SG1001_adds_partial_after_the_other_modifiers() =>
        AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyFixAsync<AddPartialCodeFix>(Usings + """
            [InteractionsSchema]
            public sealed class {|SG1001:Click|}
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
            }
            """, Usings + """
            [InteractionsSchema]
            public sealed partial class Click
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
            }
            """);

    [Fact]
    public Task SG1001_adds_partial_to_a_type_without_modifiers() =>
        AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyFixAsync<AddPartialCodeFix>(Usings + """
            [InteractionsSchema]
            record {|SG1001:Click|}(string UserId, string ItemId, long Timestamp);
            """, Usings + """
            [InteractionsSchema]
            partial record Click(string UserId, string ItemId, long Timestamp);
            """);

    [Fact]
    public Task SG1011_adds_the_missing_property_in_required_order() =>
        AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyFixAsync<AddRequiredFieldCodeFix>(Usings + """
            [InteractionsSchema]
            public partial class {|SG1011:Click|}
            {
                public string UserId { get; set; } = "";
                public long Timestamp { get; set; }
                public int Rating { get; set; }
            }
            """, Usings + """
            [InteractionsSchema]
            public partial class Click
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
                public int Rating { get; set; }
            }
            """, enabled: ["SG1011"]);

    [Fact]
    public Task SG1011_adds_a_long_timestamp() =>
        AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyFixAsync<AddRequiredFieldCodeFix>(Usings + """
            [InteractionsSchema]
            public partial class {|SG1011:Click|}
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
            }
            """, Usings + """
            [InteractionsSchema]
            public partial class Click
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
            }
            """, enabled: ["SG1011"]);

    /// <summary>A domain's required categorical field is added marked, so the fix does not lead straight to SG1027.</summary>
    [Fact]
    public Task SG1011_adds_a_domains_required_field_with_its_mark_in_required_order() =>
        AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyFixAsync<AddRequiredFieldCodeFix>(Usings + """
            [ItemsSchema(Domain = PersonalizeDomain.Ecommerce)]
            public partial class {|SG1011:StoreItem|}
            {
                public string ItemId { get; set; } = "";
                public float Price { get; set; }
                public int Stock { get; set; }
            }
            """, Usings + """
            [ItemsSchema(Domain = PersonalizeDomain.Ecommerce)]
            public partial class StoreItem
            {
                public string ItemId { get; set; } = "";
                public float Price { get; set; }
                [Categorical]
                public string CategoryL1 { get; set; } = "";
                public int Stock { get; set; }
            }
            """, enabled: ["SG1011"]);

    [Fact]
    public Task SG1015_marks_the_property_categorical() =>
        AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyFixAsync<AddCategoricalCodeFix>(Usings + """
            [InteractionsSchema]
            public partial class Click
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
                public string? {|SG1015:Location|} { get; set; }
            }
            """, Usings + """
            [InteractionsSchema]
            public partial class Click
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
                [Categorical]
                public string? Location { get; set; }
            }
            """, enabled: ["SG1015"]);

    [Fact]
    public Task SG1015_marks_a_positional_record_parameter_with_a_property_target() =>
        AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyFixAsync<AddCategoricalCodeFix>(Usings + """
            [InteractionsSchema]
            public partial record Click(string UserId, string ItemId, long Timestamp, string? {|SG1015:Location|});
            """, Usings + """
            [InteractionsSchema]
            public partial record Click(string UserId, string ItemId, long Timestamp, [property: Categorical] string? Location);
            """, enabled: ["SG1015"]);

    private const string TrainingUsings = """
        using SchemaGen;
        using Amazon.Personalize.Model;

        """;

    internal const string WatchSchema = """
        using SchemaGen;

        [InteractionsSchema(EventTypes = new[] { "watch" })]
        public partial class Watch
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
            public float EventValue { get; set; }
        }
        """;

    /// <summary>Analyzer tests do not run the generator; this stands in for the SchemaInfo member it adds.</summary>
    private const string WatchStandIn = """
        // <auto-generated/>
        using SchemaGen;

        partial class Watch { public static InteractionsSchemaInfo SchemaInfo => null!; }
        """;

    [Fact]
    public Task SG2001_adds_the_only_declared_event_type() =>
        AnalyzerVerifier<TrainingConfigAnalyzer>.VerifyFixAsync<AddEventTypeCodeFix>(TrainingUsings + """
            public static class Code
            {
                public static object Run() => new {|SG2001:CreateSolutionRequest|}
                {
                    Name = "s",
                    SolutionConfig = new SolutionConfig { EventValueThreshold = "0.5" },
                };
            }
            """, TrainingUsings + """
            public static class Code
            {
                public static object Run() => new CreateSolutionRequest
                {
                    EventType = "watch",
                    Name = "s",
                    SolutionConfig = new SolutionConfig { EventValueThreshold = "0.5" },
                };
            }
            """, additionalSources: [WatchSchema, WatchStandIn, Scenarios.PersonalizeSdkShape]);

    [Fact]
    public Task SG2004_uses_the_nearest_declared_event_type() =>
        AnalyzerVerifier<TrainingConfigAnalyzer>.VerifyFixAsync<UseDeclaredEventTypeCodeFix>(TrainingUsings + """
            public static class Code
            {
                public static object Run() => new SolutionTrainingConfig(Watch.SchemaInfo) { EventType = {|SG2004:"wacth"|}, EventValueThreshold = "1" };
            }
            """, TrainingUsings + """
            public static class Code
            {
                public static object Run() => new SolutionTrainingConfig(Watch.SchemaInfo) { EventType = "watch", EventValueThreshold = "1" };
            }
            """, additionalSources: [WatchSchema, WatchStandIn, Scenarios.PersonalizeSdkShape]);
}
