using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1020 (<c>Parsing/Rules/SG1020_GeneratedMemberConflict.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1020_GeneratedMemberConflictTests
{
    [Fact]
    public Task SG1020_members_named_like_generated_ones() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public partial class Click
        {
            {{RequiredFields}}
            public string {|SG1020:ToEvent|}() => "click";
            public const string {|SG1020:CsvHeader|} = "x";
            public class {|SG1020:PutEventsBuilder|} { }
            public int {|SG1020:__SchemaGen|};
            public string Describe() => "click";
        }

        [InteractionsSchema]
        public partial class {|SG1020:ToEvent|}
        {
            {{RequiredFields}}
        }
        """);
}
