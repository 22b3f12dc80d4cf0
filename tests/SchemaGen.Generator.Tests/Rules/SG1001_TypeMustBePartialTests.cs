using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1001 (<c>Parsing/Rules/SG1001_TypeMustBePartial.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1001_TypeMustBePartialTests
{
    [Fact]
    public Task SG1001_schema_type_must_be_partial() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public class {|SG1001:Click|}
        {
            public string UserId { get; set; } = "";
        }
        """);

    [Fact]
    public Task SG1001_containing_type_must_be_partial() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        public class {|SG1001:Outer|}
        {
            [InteractionsSchema]
            public partial class Click
            {
                public string UserId { get; set; } = "";
            }
        }
        """);
}
