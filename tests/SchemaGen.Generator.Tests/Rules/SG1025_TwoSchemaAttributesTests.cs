using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1025 (<c>Parsing/Rules/SG1025_TwoSchemaAttributes.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1025_TwoSchemaAttributesTests
{
    [Fact]
    public Task SG1025_a_type_marked_with_two_dataset_attributes() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [ItemsSchema]
        [{|SG1025:UsersSchema|}]
        public partial class Profile
        {
            public string ItemId { get; set; } = "";
            public string UserId { get; set; } = "";
            [Categorical] public string? Genre { get; set; }
        }
        """, enabled: ["SG1025"]);

    [Fact]
    public Task SG1025_not_reported_for_one_dataset_attribute_per_type() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [ItemsSchema]
        public partial class Product
        {
            public string ItemId { get; set; } = "";
            [Categorical] public string? Genre { get; set; }
        }

        [UsersSchema]
        public partial class Shopper
        {
            public string UserId { get; set; } = "";
            [Categorical] public string? Tier { get; set; }
        }
        """, enabled: ["SG1025"]);
}
