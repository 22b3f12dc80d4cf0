using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>Each SG1xxx rule of <see cref="SchemaDefinitionAnalyzer"/>: where it is reported, and where it is not.</summary>
public sealed class DiagnosticTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using SchemaGen;

        """;

    /// <summary>
    /// USER_ID, ITEM_ID and TIMESTAMP, so that a test's schema breaks only the rule it is about. Spliced into a
    /// class body at its indentation, so the lines after the first carry that indentation themselves.
    /// </summary>
    private const string RequiredFields = """
        public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
        """;

    [Fact]
    public Task SG1001_schema_type_must_be_partial() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public class {|SG1001:Click|}
        {
            public string UserId { get; set; } = "";
        }
        """);

    [Fact]
    public Task SG1001_containing_type_must_be_partial() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        public class {|SG1001:Outer|}
        {
            [InteractionsSchema]
            public partial class Click
            {
                public string UserId { get; set; } = "";
            }
        }
        """);

    [Fact]
    public Task SG1002_unmappable_property_types() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        public sealed class Address { public string City { get; set; } = ""; }

        [InteractionsSchema]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            public Dictionary<string, string> {|SG1002:Tags|} { get; set; } = new();
            public Address? {|SG1002:ShipTo|} { get; set; }
            public int[] {|SG1002:Scores|} { get; set; } = Array.Empty<int>();
            public decimal {|SG1002:Price|} { get; set; }
            public object? {|SG1002:Extra|} { get; set; }
        }
        """);

    [Fact]
    public Task SG1002_not_reported_for_ignored_properties() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public partial class Click
        {
            {{RequiredFields}}
            [SchemaIgnore] public Dictionary<string, string> Tags { get; set; } = new();
        }
        """);

    [Fact]
    public Task SG1003_categorical_on_non_string_and_reserved_fields() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            [{|SG1003:Categorical|}] public int Count { get; set; }
            [{|SG1003:Categorical|}] public string EventType { get; set; } = "";
        }
        """);

    [Fact]
    public Task SG1004_invalid_field_names() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            [{|SG1004:SchemaField("NUM-RATINGS")|}] public int NumRatings { get; set; }
            [{|SG1004:SchemaField("1ST")|}] public int First { get; set; }
            [{|SG1004:SchemaField("")|}] public int Empty { get; set; }
        }
        """);

    [Fact]
    public Task SG1005_field_names_that_collide_without_underscores() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            [SchemaField("GENRES_FIELD_1")] public string? GenresA { get; set; }
            [SchemaField("GENRESFIELD1")] public string? {|SG1005:GenresB|} { get; set; }
            [SchemaField("USERID")] public string? {|SG1005:Alias|} { get; set; }
        }
        """);

    [Fact]
    public Task SG1006_generic_schema_types() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class {|SG1006:Click|}<T>
        {
            public string UserId { get; set; } = "";
        }
        """);

    [Fact]
    public Task SG1007_reserved_fields_with_the_wrong_type() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class Click
        {
            public int {|SG1007:UserId|} { get; set; }
            public string? {|SG1007:ItemId|} { get; set; }
            public int {|SG1007:Timestamp|} { get; set; }
            public int {|SG1007:EventValue|} { get; set; }
            public bool {|SG1007:EventType|} { get; set; }
            public int {|SG1007:Impression|} { get; set; }
        }
        """);

    [Fact]
    public Task SG1008_invalid_declared_event_types() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [{|SG1008:InteractionsSchema(EventTypes = new[] { "like", "" })|}]
        public partial class Click
        {
            {{RequiredFields}}
        }
        """);

    [Fact]
    public Task SG1008_event_type_longer_than_256_characters() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [{|SG1008:InteractionsSchema(EventTypes = new[] { "{{new string('e', 257)}}", "{{new string('f', 256)}}" })|}]
        public partial class Click
        {
            {{RequiredFields}}
        }
        """);

    [Theory]
    [InlineData("-starts-with-dash")]
    [InlineData("has space")]
    [InlineData("")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public Task SG1009_invalid_schema_names(string name) => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [{|SG1009:InteractionsSchema(Name = "{{name}}")|}]
        public partial class Click
        {
            {{RequiredFields}}
        }
        """);

    [Theory]
    [InlineData("a")]
    [InlineData("movie-clicks_v2")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123")]
    public Task Valid_schema_names_are_accepted(string name) => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema(Name = "{{name}}")]
        public partial class Click
        {
            {{RequiredFields}}
        }
        """);

    [Fact]
    public Task SG1010_get_only_property_without_a_constructor_parameter() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class {|SG1010:Click|}
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; } = "";
            public long Timestamp { get; set; }
        }
        """);

    [Fact]
    public Task SG1010_required_member_that_is_not_a_field() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public partial class {|SG1010:Click|}
        {
            {{RequiredFields}}
            [SchemaIgnore] public required string Secret { get; init; }
        }
        """);

    [Fact]
    public Task SG1010_abstract_type() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public abstract partial class {|SG1010:Click|}
        {
            {{RequiredFields}}
        }
        """);

    [Fact]
    public Task Required_members_and_constructors_are_readable() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class Click
        {
            public Click(string userId) => UserId = userId;
            public string UserId { get; }
            public required string ItemId { get; init; }
            public long Timestamp { get; private set; }
        }
        """);

    [Fact]
    public Task SG1011_each_missing_required_field_is_reported_on_the_type() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class {|SG1011:{|SG1011:Click|}|}
        {
            public string UserId { get; set; } = "";
        }
        """, enabled: ["SG1011"]);

    [Fact]
    public Task SG1011_not_reported_when_the_required_fields_exist_under_any_property_name() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class Click
        {
            [SchemaField("USER_ID")] public string Visitor { get; set; } = "";
            public string ItemId { get; set; } = "";
            public DateTime SentAt { get; set; }
        }
        """, enabled: ["SG1011"]);

    [Fact]
    public Task SG1012_metadata_field_with_a_forbidden_properties_key() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public partial class Click
        {
            {{RequiredFields}}
            [Categorical] public string? {|SG1012:SessionId|} { get; set; }
            [Categorical, SchemaField("IMPRESSION_")] public string? {|SG1012:Shown|} { get; set; }
            [Categorical] public string? VisitId { get; set; }
        }
        """);

    [Fact]
    public Task SG1013_more_than_five_metadata_fields() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public partial class {|SG1013:Click|}
        {
            {{RequiredFields}}
            public int A { get; set; }
            public int B { get; set; }
            public int C { get; set; }
            public int D { get; set; }
            public int E { get; set; }
            public int F { get; set; }
        }
        """, disabled: ["SG1014"]);

    [Fact]
    public Task SG1013_five_metadata_fields_and_reserved_ones_are_fine() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public partial class Click
        {
            {{RequiredFields}}
            public string? RecommendationId { get; set; }
            public string[]? Impression { get; set; }
            public int A { get; set; }
            public int B { get; set; }
            public int C { get; set; }
            public int D { get; set; }
            public int E { get; set; }
        }
        """);

    [Fact]
    public Task SG1014_optional_fields_plus_event_types_over_ten() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema(EventTypes = new[] { "view", "click", "like", "share", "rate", "buy" })]
        public partial class {|SG1014:Click|}
        {
            {{RequiredFields}}
            public string EventType { get; set; } = "";
            public float EventValue { get; set; }
            public int A { get; set; }
            public int B { get; set; }
            public int C { get; set; }
        }
        """);

    [Fact]
    public Task SG1014_ten_in_all_is_fine() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema(EventTypes = new[] { "view", "click", "like", "share", "rate" })]
        public partial class Click
        {
            {{RequiredFields}}
            public string EventType { get; set; } = "";
            public float EventValue { get; set; }
            public int A { get; set; }
            public int B { get; set; }
            public int C { get; set; }
        }
        """);

    [Fact]
    public Task SG1015_and_SG1016_fields_personalize_ignores_in_training() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public partial class Click
        {
            {{RequiredFields}}
            public string? RecommendationId { get; set; }
            public string? {|SG1015:Location|} { get; set; }
            public string[] {|SG1015:Genres|} { get; set; } = Array.Empty<string>();
            [Categorical] public string? Device { get; set; }
            public bool {|SG1016:IsMember|} { get; set; }
            public int Visits { get; set; }
        }
        """, enabled: ["SG1015", "SG1016"]);

    [Fact]
    public Task SG1017_and_SG1018_schemas_longer_than_the_service_and_cloudformation_take()
    {
        // 110 fields with 140-character names: about 21,000 characters of Avro JSON; 50 of them about 9,500.
        static string Fields(int count) => string.Concat(Enumerable.Range(0, count).Select(i =>
            $"    [SchemaField(\"F{i:D3}_{new string('X', 135)}\")] public int P{i} {{ get; set; }}\n"));

        return Task.WhenAll(
            AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(
                Usings + "[InteractionsSchema]\npublic partial class {|SG1017:Huge|}\n{\n    public string UserId { get; set; } = \"\";\n    public string ItemId { get; set; } = \"\";\n    public long Timestamp { get; set; }\n" + Fields(110) + "}\n",
                disabled: ["SG1013", "SG1014"]),
            AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(
                Usings + "[InteractionsSchema]\npublic partial class {|SG1018:Large|}\n{\n    public string UserId { get; set; } = \"\";\n    public string ItemId { get; set; } = \"\";\n    public long Timestamp { get; set; }\n" + Fields(60) + "}\n",
                enabled: ["SG1015"],
                disabled: ["SG1013", "SG1014"]),
            AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(
                Usings + "[InteractionsSchema]\npublic partial class Medium\n{\n    public string UserId { get; set; } = \"\";\n    public string ItemId { get; set; } = \"\";\n    public long Timestamp { get; set; }\n" + Fields(40) + "}\n",
                disabled: ["SG1013", "SG1014"]));
    }

    [Fact]
    public Task A_well_formed_schema_raises_no_rule_at_all() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        public enum Device { Phone, Tablet }

        [InteractionsSchema(EventTypes = new[] { "like", "rating" }, Name = "movie-ratings")]
        public partial record Rating(string UserId, string ItemId, DateTimeOffset Timestamp)
        {
            public string EventType { get; init; } = "like";
            public float? EventValue { get; init; }
            public string[]? Impression { get; init; }
            public string? RecommendationId { get; init; }
            [Categorical] public string? Location { get; init; }
            [Categorical] public string[] Genres { get; init; } = Array.Empty<string>();
            public Device? Device { get; init; }
            public int NumRatings { get; init; }
        }
        """, enabled: ["SG1011", "SG1015", "SG1016"]);

    [Fact]
    public Task SG1019_file_local_schema_types() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        file partial class {|SG1019:Click|}
        {
            {{RequiredFields}}
        }
        """);

    [Fact]
    public Task SG1019_schema_types_nested_in_file_local_types() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        file partial class {|SG1019:Outer|}
        {
            [InteractionsSchema]
            public partial class Click
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
            }
        }
        """);

    [Fact]
    public Task SG1020_members_named_like_generated_ones() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public partial class Click
        {
            {{RequiredFields}}
            public string {|SG1020:ToEvent|}() => "click";
            public const string {|SG1020:CsvHeader|} = "x";
            public class {|SG1020:PutEventsBuilder|} { }
            public int {|SG1020:__SchemaGen|};
            public string Describe() => "click";
        }

        [InteractionsSchema]
        public partial class {|SG1020:ToEvent|}
        {
            {{RequiredFields}}
        }
        """);

    [Fact]
    public Task SG1021_two_schemas_with_one_name() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        namespace Web
        {
            [InteractionsSchema]
            public partial class {|SG1021:Click|}
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
            }
        }

        namespace App
        {
            [InteractionsSchema]
            public partial class {|SG1021:Click|}
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
            }

            [InteractionsSchema(Name = "app-click")]
            public partial class Tap
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
            }
        }
        """);
}
