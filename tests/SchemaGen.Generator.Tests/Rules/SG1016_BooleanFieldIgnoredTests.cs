using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1016 (<c>Parsing/Rules/SG1016_BooleanFieldIgnored.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1016_BooleanFieldIgnoredTests
{
    [Fact]
    public Task SG1016_boolean_metadata_fields() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public partial class Click
        {
            {{RequiredFields}}
            public bool {|SG1016:IsMember|} { get; set; }
            public int Visits { get; set; }
            [SchemaIgnore] public bool IsTest { get; set; }
        }
        """, enabled: ["SG1016"]);
}
