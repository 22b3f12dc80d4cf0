using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests.Grammar;

/// <summary>
/// One test per class of declaration that once crashed the generator or made it emit code that does not compile.
/// Each goes through <see cref="GeneratedDeclarationTests.Check"/>: no exception, deterministic output that parses,
/// and, for an accepted declaration, a clean compile.
/// </summary>
public sealed class DeclarationRegressionTests
{
    private const string Header = "#nullable enable\nusing System;\nusing System.Collections.Generic;\nusing SchemaGen;\n";

    private const string Required = """
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
        """;

    private static GeneratedDeclarationTests.Outcome Check(string source, LanguageVersion version = LanguageVersion.Latest) =>
        GeneratedDeclarationTests.Check(new DeclarationCase(Header + source, version));

    private static string[] SchemaDiagnosticIds(string source)
    {
        var compilation = TestCompilation.Create(Header + source);
        return AnalyzerRunner.GetDiagnosticsAsync(compilation).GetAwaiter().GetResult().Select(d => d.Id).Distinct().ToArray();
    }

    [Fact]
    public void Type_names_differing_only_in_case_get_files_whose_names_differ_ignoring_case()
    {
        var source = "namespace N\n{\n" + $"[InteractionsSchema] public partial class Click {{ {Required} }}\n[InteractionsSchema] public partial class CLICK {{ {Required} }}\n}}";

        Assert.Equal(GeneratedDeclarationTests.Outcome.Accepted, Check(source));
        var hintNames = GeneratorRunner.Run(TestCompilation.Create(Header + source)).Result.GeneratedSources.Select(s => s.HintName).ToArray();
        Assert.Equal(3, hintNames.Length);
        Assert.Equal(hintNames.Length, hintNames.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
    }

    /// <summary>
    /// A nullable field is never passed to a constructor parameter that does not take null: the reader sets it
    /// instead (found by the declaration grammar once USER_ID could be an optional metadata field of an Actions schema).
    /// </summary>
    [Theory]
    [InlineData("[ActionsSchema] public partial struct Offer { public Offer(string userId) { } public string ActionId { get; set; } = \"\"; public string? UserId { get; set; } }")]
    [InlineData("[InteractionsSchema] public partial class Click { public Click(string location) { } " + "public string UserId { get; set; } = \"\"; public string ItemId { get; set; } = \"\"; public long Timestamp { get; set; } public string? Location { get; set; } }")]
    public void A_nullable_field_is_not_passed_to_a_constructor_parameter_that_takes_no_null(string source) =>
        Assert.Equal(GeneratedDeclarationTests.Outcome.Accepted, Check(source));

    [Fact]
    public void Two_declarations_of_one_name_generate_nothing_for_it_rather_than_throw()
    {
        var source = $"[InteractionsSchema] public partial class Click {{ {Required} }}\n[InteractionsSchema] public partial struct Click {{ {Required} }}";

        Assert.Equal(GeneratedDeclarationTests.Outcome.InputDoesNotCompile, Check(source));
    }

    [Theory]
    [InlineData("uint")]
    [InlineData("int")]
    [InlineData("long?")]
    public void A_timestamp_the_reader_cannot_assign_a_long_to_is_refused_with_SG1007(string type)
    {
        var source = $"[InteractionsSchema] public partial class Click {{ public string UserId {{ get; set; }} = \"\"; public string ItemId {{ get; set; }} = \"\"; public {type} Timestamp {{ get; set; }} }}";

        Assert.Equal(GeneratedDeclarationTests.Outcome.Refused, Check(source));
        Assert.Contains("SG1007", SchemaDiagnosticIds(source));
    }

    [Theory]
    [InlineData("[Obsolete(\"gone\", true)] public string? Source { get; set; }")]
    [InlineData("public string? Source { [Obsolete(\"gone\", true)] get; set; }")]
    public void A_property_obsolete_as_an_error_is_refused_with_SG1022_unless_ignored(string property)
    {
        var source = $"[InteractionsSchema] public partial class Click {{ {Required} {property} }}";
        var ignored = $"[InteractionsSchema] public partial class Click {{ {Required} [SchemaIgnore] {property} }}";

        Assert.Equal(GeneratedDeclarationTests.Outcome.Refused, Check(source));
        Assert.Contains("SG1022", SchemaDiagnosticIds(source));
        Assert.Equal(GeneratedDeclarationTests.Outcome.Accepted, Check(ignored));
    }

    [Fact]
    public void Obsolete_and_experimental_members_with_their_own_ids_cost_the_consumer_nothing()
    {
        var source = """
            [System.Diagnostics.CodeAnalysis.Experimental("EXPKIND")]
            public enum Channel { Web, [Obsolete("gone", true)] Fax, [Obsolete("old", DiagnosticId = "OLDMAIL")] Mail, [System.Diagnostics.CodeAnalysis.Experimental("EXPAPP")] App }

            [System.Diagnostics.CodeAnalysis.Experimental("EXPTYPE")]
            [InteractionsSchema(EventTypes = new[] { "click" })]
            public partial class Click
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                [Obsolete("use SentAt", DiagnosticId = "SYSLIB0003")] public long Timestamp { get; set; }
            #pragma warning disable EXPKIND
                public Channel? Channel { get; set; }
            #pragma warning restore EXPKIND
                [System.Diagnostics.CodeAnalysis.Experimental("EXPPROP")] public int? Score { get; set; }
                [Obsolete] public int? Legacy { get; set; }
            }
            """;

        Assert.Equal(GeneratedDeclarationTests.Outcome.Accepted, Check(source));
    }

    [Theory]
    [InlineData("ToEvent")]
    [InlineData("SchemaInfo")]
    [InlineData("CsvHeader")]
    [InlineData("PutEventsBuilder")]
    [InlineData("__SchemaGen")]
    public void A_type_named_like_a_generated_member_is_refused_with_SG1020(string name)
    {
        var source = $"[InteractionsSchema] public partial class {name} {{ {Required} }}";

        Assert.Equal(GeneratedDeclarationTests.Outcome.Refused, Check(source));
        Assert.Contains("SG1020", SchemaDiagnosticIds(source));
    }

    [Fact]
    public void A_static_class_has_no_instance_fields_and_is_refused_with_SG1011()
    {
        var source = "[InteractionsSchema] public static partial class Click { public static string UserId { get; set; } = \"\"; public static string ItemId { get; set; } = \"\"; public static long Timestamp { get; set; } }";

        Assert.Equal(GeneratedDeclarationTests.Outcome.Refused, Check(source));
        Assert.Contains("SG1011", SchemaDiagnosticIds(source));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp11)]
    [InlineData(LanguageVersion.Latest)]
    public void A_ref_struct_is_refused_with_SG1023(LanguageVersion version)
    {
        var source = "[InteractionsSchema] public ref partial struct Click { public string UserId { get; set; } public string ItemId { get; set; } public long Timestamp { get; set; } }";

        Assert.Equal(GeneratedDeclarationTests.Outcome.Refused, Check(source, version));
        Assert.Contains("SG1023", SchemaDiagnosticIds(source));
    }

    /// <summary>
    /// A schema type with the full name of a runtime type takes that name's place in its own compilation (the
    /// compiler prefers a source type to an imported one), so generated code naming the runtime type would find it;
    /// one with the full name of a type SchemaGen generates would meet that type's declaration.
    /// </summary>
    [Theory]
    [InlineData("SchemaGen.Serialization", "FieldFormat")]
    [InlineData("SchemaGen.Serialization", "PropertiesWriter")]
    [InlineData("SchemaGen", "InteractionEvent")]
    [InlineData("SchemaGen", "PutEventsBatcher")]
    [InlineData("SchemaGen", "SchemaRegistry")]
    [InlineData("SchemaGen", "AwsSdkConversions")]
    public void A_schema_type_named_like_a_runtime_type_is_refused_with_SG1024(string ns, string name)
    {
        var source = $"namespace {ns}\n{{\n[InteractionsSchema] public partial class {name} {{ {Required} }}\n}}";

        Assert.Equal(GeneratedDeclarationTests.Outcome.Refused, Check(source));
        Assert.Contains("SG1024", SchemaDiagnosticIds(source));
    }

    [Theory]
    [InlineData("SchemaGen.Serialization", "Click")]
    [InlineData("SchemaGen", "Rating")]
    [InlineData("Shop", "FieldFormat")]
    [InlineData("Shop.SchemaGen.Serialization", "FieldFormat")]
    public void A_schema_type_named_like_no_runtime_type_there_is_accepted(string ns, string name)
    {
        var source = $"namespace {ns}\n{{\n[InteractionsSchema] public partial class {name} {{ {Required} }}\n}}";

        Assert.Equal(GeneratedDeclarationTests.Outcome.Accepted, Check(source));
    }

    [Theory]
    [InlineData("public Click(ref string userId) { UserId = userId; }")]
    [InlineData("public Click(in long timestamp) { Timestamp = timestamp; }")]
    [InlineData("public Click(out string itemId) { itemId = \"\"; }")]
    [InlineData("public Click(ref readonly long timestamp) { Timestamp = timestamp; }")]
    [InlineData("[Obsolete(\"gone\", true)] public Click(string userId) { UserId = userId; }")]
    public void A_constructor_generated_code_cannot_call_plainly_is_not_used_by_the_reader(string constructor)
    {
        var source = $"[InteractionsSchema] public partial class Click {{ public Click() {{ }} {constructor} {Required} }}";

        Assert.Equal(GeneratedDeclarationTests.Outcome.Accepted, Check(source));
    }

    [Theory]
    [InlineData("public partial class var { }\n[InteractionsSchema] public partial class Click { " + Required + " [Categorical] public string? Location { get; set; } public Kind Kind { get; set; } }\npublic enum Kind { A }")]
    [InlineData("[InteractionsSchema] public partial class var { " + Required + " [Categorical] public List<string> Tags { get; set; } = new(); }")]
    [InlineData("namespace nameof\n{\n[InteractionsSchema] public partial class Click { " + Required + " }\n}")]
    [InlineData("namespace var\n{\n[InteractionsSchema] public partial record Click { " + Required + " }\n}")]
    public void Names_the_generated_code_could_capture_change_nothing(string source)
    {
        Assert.Equal(GeneratedDeclarationTests.Outcome.Accepted, Check(source));
        Assert.Equal(
            GeneratedDeclarationTests.Outcome.Accepted,
            GeneratedDeclarationTests.Check(new DeclarationCase(Header + source, LanguageVersion.Latest, Scenarios.AwsSdkShape)));
    }

    [Theory]
    [InlineData("properties")]
    [InlineData("s_declaredEventTypes")]
    [InlineData("__field_UserId")]
    [InlineData("__text_Location")]
    [InlineData("__eventTypeValue")]
    [InlineData("writer")]
    [InlineData("row")]
    [InlineData("buffer")]
    [InlineData("userId")]
    [InlineData("interaction")]
    public void Properties_named_like_generated_locals_and_plumbing_change_nothing(string name)
    {
        var source = $$"""
            [InteractionsSchema(EventTypes = new[] { "click" })]
            public partial class Click
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
                public string? EventType { get; set; }
                [Categorical] public string? Location { get; set; }
                [SchemaField("EXTRA")] public int? {{name}} { get; set; }
            }
            """;

        Assert.Equal(GeneratedDeclarationTests.Outcome.Accepted, Check(source));
    }

    [Fact]
    public void A_static_member_hiding_an_inherited_reserved_field_leaves_it_out()
    {
        var source = """
            public class Base { public long Timestamp { get; set; } public string ItemId { get; set; } = ""; }

            [InteractionsSchema]
            public partial class Click : Base
            {
                public string UserId { get; set; } = "";
                public static new uint Timestamp { get; set; }
            }
            """;

        Assert.Equal(GeneratedDeclarationTests.Outcome.Refused, Check(source));
        Assert.Contains("SG1011", SchemaDiagnosticIds(source));
    }

    [Fact]
    public void A_nameless_enum_member_in_half_typed_code_still_yields_code_that_parses()
    {
        var source = $"public enum Channel {{ [Obsolete] , Desktop }}\n[InteractionsSchema] public partial class Click {{ {Required} public Channel Channel {{ get; set; }} }}";

        Assert.Equal(GeneratedDeclarationTests.Outcome.InputDoesNotCompile, Check(source));
        var generated = GeneratorRunner.Run(TestCompilation.Create(Header + source)).Result.GeneratedSources;
        Assert.Contains(generated, s => s.SourceText.ToString().Contains("\"Desktop\"", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Sequences_of_nullable_strings_compile_without_nullable_warnings()
    {
        var source = $$"""
            [InteractionsSchema]
            public partial class Click
            {
                {{Required}}
                public List<string?> Impression { get; set; } = new();
                [Categorical] public string?[] Tags { get; set; } = [];
                [Categorical] public List<string?>? Labels { get; set; }
                [Categorical] public IReadOnlyList<string?> Genres { get; set; } = [];
            }
            """;

        Assert.Equal(GeneratedDeclarationTests.Outcome.Accepted, Check(source));
    }
}
