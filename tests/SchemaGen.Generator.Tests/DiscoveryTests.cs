using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// How the generator finds schema declarations: by the syntax of their attributes — written with SchemaGen's attribute
/// name or an alias's, in the file or global — and then by what the name binds to. Every schema is generated once,
/// however its attribute is written, and nothing else is.
/// </summary>
public sealed class DiscoveryTests
{
    private const string Body = """
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
            public string EventType { get; set; } = "";
        }
        """;

    [Theory]
    [InlineData("using SchemaGen;", "[InteractionsSchema]")]
    [InlineData("", "[global::SchemaGen.InteractionsSchemaAttribute]")]
    [InlineData("using Sg = SchemaGen;", "[Sg::InteractionsSchema]")]
    [InlineData("using Schema = SchemaGen.InteractionsSchemaAttribute;", "[Schema]")]
    [InlineData("using SchemaAttribute = SchemaGen.InteractionsSchemaAttribute;", "[System.Serializable, Schema]")]
    [InlineData("using Sg = SchemaGen;", "[Sg.InteractionsSchemaAttribute, System.Serializable]")]
    public void Finds_a_schema_however_its_attribute_is_written(string usings, string attribute)
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(usings + "\nnamespace Shop;\n" + attribute + " public partial class Click\n" + Body));

        Assert.Contains(run.Result.GeneratedSources, source => source.HintName == "Shop.Click.InteractionsSchema.g.cs");
        Assert.Single(run.Result.TrackedSteps[TrackingNames.Schemas].SelectMany(step => step.Outputs));
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Finds_a_schema_written_through_an_alias_declared_in_its_namespace()
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(
            "namespace Shop\n{\n    using Schema = SchemaGen.InteractionsSchemaAttribute;\n    [Schema] public partial class Click\n" + Body + "\n}"));

        Assert.Contains(run.Result.GeneratedSources, source => source.HintName == "Shop.Click.InteractionsSchema.g.cs");
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Finds_a_schema_written_through_a_global_alias_declared_in_another_file()
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(
            "global using Schema = SchemaGen.InteractionsSchemaAttribute;",
            "namespace Shop;\n[Schema] public partial class Click\n" + Body));

        Assert.Contains(run.Result.GeneratedSources, source => source.HintName == "Shop.Click.InteractionsSchema.g.cs");
        Assert.Empty(run.CompilationProblems());
    }

    [Theory]
    [InlineData("using Other;\nnamespace Shop;\n[InteractionsSchema] public partial class Click\n")]
    [InlineData("using Schema = Other.InteractionsSchemaAttribute;\nnamespace Shop;\n[Schema] public partial class Click\n")]
    [InlineData("using Schema = System.SerializableAttribute;\nnamespace Shop;\n[Schema] public partial class Click\n")]
    [InlineData("namespace Shop;\n[System.Serializable] public partial class Click\n")]
    public void Generates_nothing_for_an_attribute_that_is_not_SchemaGens(string declaration)
    {
        const string Other = "namespace Other { public sealed class InteractionsSchemaAttribute : System.Attribute { } }";
        var run = GeneratorRunner.Run(TestCompilation.Create(Other, declaration + Body));

        Assert.Empty(run.Result.GeneratedSources);
        Assert.Empty(run.CompilationProblems());
    }

    /// <summary>Arguments the syntax cannot read (a constant, nameof) go to the symbol parser, with the same result.</summary>
    [Theory]
    [InlineData("Name = Names.Click, EventTypes = new[] { Names.Like }", "Name = \"click-v2\", EventTypes = new[] { \"like\" }")]
    [InlineData("Name = nameof(Click)", "Name = \"Click\"")]
    [InlineData("EventTypes = new string[] { \"like\", \"rating\" }", "EventTypes = [\"like\", \"rating\"]")]
    public void Reads_every_argument_spelling_as_the_compiler_binds_it(string written, string literal)
    {
        const string Names = "namespace Shop { internal static class Names { public const string Click = \"click-v2\"; public const string Like = \"like\"; } }";
        string Schema(string arguments) => "using SchemaGen;\nnamespace Shop;\n[InteractionsSchema(" + arguments + ")] public partial class Click\n" + Body;

        var fromWritten = GeneratorRunner.Run(TestCompilation.Create(Names, Schema(written)));
        var fromLiteral = GeneratorRunner.Run(TestCompilation.Create(Names, Schema(literal)));

        Assert.Empty(fromWritten.CompilationProblems());
        Assert.Equal(fromLiteral.GeneratedSource("Shop.Click.InteractionsSchema.g.cs"), fromWritten.GeneratedSource("Shop.Click.InteractionsSchema.g.cs"));
    }
}
