using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1017 (<c>Parsing/Rules/SG1017_AvroSchemaTooLong.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1017_AvroSchemaTooLongTests
{
    // 110 fields with 140-character names: about 21,000 characters of Avro JSON; 60 about 11,500.
    [Fact]
    public Task SG1017_a_schema_longer_than_CreateSchema_takes() =>
        AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(SchemaClass("{|SG1017:Huge|}", LongFields(110)), disabled: ["SG1013", "SG1014"]);

    [Fact]
    public Task SG1017_not_reported_under_the_limit() =>
        AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(SchemaClass("{|SG1018:Large|}", LongFields(60)), disabled: ["SG1013", "SG1014"]);
}
