using System.Threading.Tasks;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>One test per SG1xxx rule: where it is reported, and that a schema with an error generates nothing.</summary>
public sealed class DiagnosticTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using SchemaGen;

        """;

    [Fact]
    public Task SG1001_schema_type_must_be_partial() => GeneratorDiagnosticTest.VerifyAsync(Usings + """
        [InteractionsSchema]
        public class {|SG1001:Click|}
        {
            public string UserId { get; set; } = "";
        }
        """);

    [Fact]
    public Task SG1001_containing_type_must_be_partial() => GeneratorDiagnosticTest.VerifyAsync(Usings + """
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
    public Task SG1002_unmappable_property_types() => GeneratorDiagnosticTest.VerifyAsync(Usings + """
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
    public Task SG1002_not_reported_for_ignored_properties() => GeneratorDiagnosticTest.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
            [SchemaIgnore] public Dictionary<string, string> Tags { get; set; } = new();
        }
        """, expectsGeneratedSources: true);

    [Fact]
    public Task SG1003_categorical_on_non_string_and_reserved_fields() => GeneratorDiagnosticTest.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            [{|SG1003:Categorical|}] public int Count { get; set; }
            [{|SG1003:Categorical|}] public string EventType { get; set; } = "";
        }
        """);

    [Fact]
    public Task SG1004_invalid_field_names() => GeneratorDiagnosticTest.VerifyAsync(Usings + """
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
    public Task SG1005_field_names_that_collide_without_underscores() => GeneratorDiagnosticTest.VerifyAsync(Usings + """
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
    public Task SG1006_generic_schema_types() => GeneratorDiagnosticTest.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class {|SG1006:Click|}<T>
        {
            public string UserId { get; set; } = "";
        }
        """);

    [Fact]
    public Task SG1007_reserved_fields_with_the_wrong_type() => GeneratorDiagnosticTest.VerifyAsync(Usings + """
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
    public Task SG1008_invalid_declared_event_types() => GeneratorDiagnosticTest.VerifyAsync(Usings + """
        [{|SG1008:InteractionsSchema(EventTypes = new[] { "like", "" })|}]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
        }
        """);

    [Fact]
    public Task SG1008_event_type_longer_than_256_characters() => GeneratorDiagnosticTest.VerifyAsync(Usings + $$"""
        [{|SG1008:InteractionsSchema(EventTypes = new[] { "{{new string('e', 257)}}", "{{new string('f', 256)}}" })|}]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
        }
        """);

    [Theory]
    [InlineData("-starts-with-dash")]
    [InlineData("has space")]
    [InlineData("")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public Task SG1009_invalid_schema_names(string name) => GeneratorDiagnosticTest.VerifyAsync(Usings + $$"""
        [{|SG1009:InteractionsSchema(Name = "{{name}}")|}]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
        }
        """);

    [Theory]
    [InlineData("a")]
    [InlineData("movie-clicks_v2")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123")]
    public Task Valid_schema_names_are_accepted(string name) => GeneratorDiagnosticTest.VerifyAsync(Usings + $$"""
        [InteractionsSchema(Name = "{{name}}")]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
        }
        """, expectsGeneratedSources: true);

    [Fact]
    public Task SG1010_get_only_property_without_a_constructor_parameter() => GeneratorDiagnosticTest.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class {|SG1010:Click|}
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; } = "";
            public long Timestamp { get; set; }
        }
        """, expectsGeneratedSources: true);

    [Fact]
    public Task SG1010_required_member_that_is_not_a_field() => GeneratorDiagnosticTest.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class {|SG1010:Click|}
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
            [SchemaIgnore] public required string Secret { get; init; }
        }
        """, expectsGeneratedSources: true);

    [Fact]
    public Task SG1010_abstract_type() => GeneratorDiagnosticTest.VerifyAsync(Usings + """
        [InteractionsSchema]
        public abstract partial class {|SG1010:Click|}
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
        }
        """, expectsGeneratedSources: true);

    [Fact]
    public Task Required_members_and_constructors_are_readable() => GeneratorDiagnosticTest.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class Click
        {
            public Click(string userId) => UserId = userId;
            public string UserId { get; }
            public required string ItemId { get; init; }
            public long Timestamp { get; private set; }
        }
        """, expectsGeneratedSources: true);
}
