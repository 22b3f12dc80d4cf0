using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1027 (<c>Parsing/Rules/SG1027_DomainFieldMarking.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1027_DomainFieldMarkingTests
{
    [Fact]
    public Task SG1027_domain_fields_without_the_marking_their_domain_requires() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [ItemsSchema(Domain = PersonalizeDomain.Ecommerce)]
        public partial class StoreItem
        {
            public string ItemId { get; set; } = "";
            public float Price { get; set; }
            public string {|SG1027:CategoryL1|} { get; set; } = "";
            public string? {|SG1027:ProductDescription|} { get; set; }
        }
        """, enabled: ["SG1027"]);

    [Fact]
    public Task SG1027_not_reported_when_marked_or_outside_the_domain() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [ItemsSchema(Domain = PersonalizeDomain.Ecommerce)]
        public partial class StoreItem
        {
            public string ItemId { get; set; } = "";
            public float Price { get; set; }
            [Categorical] public string CategoryL1 { get; set; } = "";
            [Textual] public string? ProductDescription { get; set; }
        }

        [ItemsSchema]
        public partial class CustomItem
        {
            public string ItemId { get; set; } = "";
            public string? CategoryL1 { get; set; }
        }
        """, enabled: ["SG1027"]);
}
