using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1019 (<c>Parsing/Rules/SG1019_FileLocalSchemaType.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1019_FileLocalSchemaTypeTests
{
    [Fact]
    public Task SG1019_file_local_schema_types() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        file partial class {|SG1019:Click|}
        {
            {{RequiredFields}}
        }
        """);

    [Fact]
    public Task SG1019_schema_types_nested_in_file_local_types() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        file partial class {|SG1019:Outer|}
        {
            [InteractionsSchema]
            public partial class Click
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
            }
        }
        """);
}
