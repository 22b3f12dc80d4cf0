using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1004 (<c>Parsing/Rules/SG1004_InvalidFieldName.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1004_InvalidFieldNameTests
{
    [Fact]
    public Task SG1004_invalid_field_names() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            [{|SG1004:SchemaField("NUM-RATINGS")|}] public int NumRatings { get; set; }
            [{|SG1004:SchemaField("1ST")|}] public int First { get; set; }
            [{|SG1004:SchemaField("")|}] public int Empty { get; set; }
        }
        """);
}
