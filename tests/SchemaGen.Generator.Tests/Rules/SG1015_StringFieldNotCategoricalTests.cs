using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1015 (<c>Parsing/Rules/SG1015_StringFieldNotCategorical.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1015_StringFieldNotCategoricalTests
{
    [Fact]
    public Task SG1015_string_metadata_fields_that_are_not_categorical() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public partial class Click
        {
            {{RequiredFields}}
            public string? RecommendationId { get; set; }
            public string? {|SG1015:Location|} { get; set; }
            public string[] {|SG1015:Genres|} { get; set; } = Array.Empty<string>();
            [Categorical] public string? Device { get; set; }
            public int Visits { get; set; }
        }
        """, enabled: ["SG1015"]);
}
