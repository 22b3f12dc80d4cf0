using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1007 (<c>Parsing/Rules/SG1007_ReservedFieldType.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1007_ReservedFieldTypeTests
{
    [Fact]
    public Task SG1007_reserved_fields_with_the_wrong_type() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class Click
        {
            public int {|SG1007:UserId|} { get; set; }
            public string? {|SG1007:ItemId|} { get; set; }
            public int {|SG1007:Timestamp|} { get; set; }
            public int {|SG1007:EventValue|} { get; set; }
            public bool {|SG1007:EventType|} { get; set; }
            public int {|SG1007:Impression|} { get; set; }
        }
        """);
}
