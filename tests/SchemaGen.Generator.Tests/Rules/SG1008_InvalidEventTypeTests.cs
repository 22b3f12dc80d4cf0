using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1008 (<c>Parsing/Rules/SG1008_InvalidEventType.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1008_InvalidEventTypeTests
{
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
}
