using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// The Avro schema is written three ways from one writer: counted (the parser checks its length against the limit),
/// as JSON, and straight into the generated file as a verbatim literal. All three must be the same text.
/// </summary>
public sealed class AvroLengthTests
{
    [Fact]
    public void The_counted_length_is_the_length_of_the_written_schema_for_every_scenario()
    {
        var models = ScenarioModels();

        Assert.NotEmpty(models);
        Assert.All(models, model => Assert.Equal(AvroSchemaWriter.Write(model).Length, AvroSchemaWriter.Length(model)));
    }

    [Fact]
    public void The_verbatim_literal_reads_back_as_the_written_schema_for_every_scenario()
    {
        Assert.All(ScenarioModels(), AssertVerbatimLiteralReadsBack);
    }

    /// <summary>Field names are validated before a schema is written, but the writer escapes whatever it is given.</summary>
    [Theory]
    [MemberData(nameof(CodePiecesTests.Texts), MemberType = typeof(CodePiecesTests))]
    public void The_verbatim_literal_reads_back_as_the_written_schema_whatever_a_name_holds(string name)
    {
        var model = ScenarioModels()[0];
        var renamed = model with { Fields = EquatableArray.From(model.Fields.Select(field => field with { FieldName = name + field.FieldName }).ToList()) };

        AssertVerbatimLiteralReadsBack(renamed);
    }

    private static void AssertVerbatimLiteralReadsBack(SchemaModel model)
    {
        var builder = new StringBuilder();
        AvroSchemaWriter.AppendVerbatimLiteral(builder, model);
        var literal = Assert.IsType<LiteralExpressionSyntax>(SyntaxFactory.ParseExpression(builder.ToString()));

        Assert.False(literal.ContainsDiagnostics);
        Assert.StartsWith("@\"", literal.Token.Text, StringComparison.Ordinal);
        Assert.Equal(AvroSchemaWriter.Write(model), literal.Token.ValueText);
        Assert.Equal(AvroSchemaWriter.Length(model), literal.Token.ValueText.Length);
    }

    private static readonly Lazy<SchemaModel[]> Models = new(ReadScenarioModels);

    private static SchemaModel[] ScenarioModels() => Models.Value;

    private static SchemaModel[] ReadScenarioModels() =>
        Scenarios.All.Values
            .SelectMany(sources => GeneratorRunner.Run(TestCompilation.Create(sources)).Result.TrackedSteps.TryGetValue(TrackingNames.Schemas, out var steps) ? steps : [])
            .SelectMany(step => step.Outputs)
            .Select(output => (SchemaModel)output.Value)
            .ToArray();
}
