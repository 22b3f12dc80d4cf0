using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>The parser checks the Avro schema's length by counting, not writing: the count must be the written length.</summary>
public sealed class AvroLengthTests
{
    [Fact]
    public void The_counted_length_is_the_length_of_the_written_schema_for_every_scenario()
    {
        var models = Scenarios.All.Values
            .SelectMany(sources => GeneratorRunner.Run(TestCompilation.Create(sources)).Result.TrackedSteps.TryGetValue(TrackingNames.Schemas, out var steps) ? steps : [])
            .SelectMany(step => step.Outputs)
            .Select(output => (SchemaModel)output.Value)
            .ToArray();

        Assert.NotEmpty(models);
        Assert.All(models, model => Assert.Equal(AvroSchemaWriter.Write(model).Length, AvroSchemaWriter.Length(model)));
    }
}
