using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1018 (<c>Parsing/Rules/SG1018_AvroSchemaTooLongForCloudFormation.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1018_AvroSchemaTooLongForCloudFormationTests
{
    // 60 fields with 140-character names: about 11,500 characters of Avro JSON; 40 about 7,700.
    [Fact]
    public Task SG1018_a_schema_longer_than_CloudFormation_takes() =>
        AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(SchemaClass("{|SG1018:Large|}", LongFields(60)), enabled: ["SG1015"], disabled: ["SG1013", "SG1014"]);

    [Fact]
    public Task SG1018_not_reported_under_the_limit() =>
        AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(SchemaClass("Medium", LongFields(40)), disabled: ["SG1013", "SG1014"]);
}
