using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1003 (<c>Parsing/Rules/SG1003_InvalidCategorical.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1003_InvalidCategoricalTests
{
    [Fact]
    public Task SG1003_categorical_on_non_string_and_reserved_fields() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            [{|SG1003:Categorical|}] public int Count { get; set; }
            [{|SG1003:Categorical|}] public string EventType { get; set; } = "";
        }
        """);
}
