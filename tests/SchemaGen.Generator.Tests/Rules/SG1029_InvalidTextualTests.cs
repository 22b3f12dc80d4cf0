using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1029 (<c>Parsing/Rules/SG1029_InvalidTextual.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1029_InvalidTextualTests
{
    [Fact]
    public Task SG1029_textual_outside_items_on_non_strings_with_categorical_and_twice() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [ItemsSchema]
        public partial class Product
        {
            public string ItemId { get; set; } = "";
            [Textual] public string? Description { get; set; }
            [{|SG1029:Textual|}] public string? Summary { get; set; }
            [{|SG1029:Textual|}] public int Pages { get; set; }
            [Categorical, {|SG1029:Textual|}] public string? Blurb { get; set; }
        }

        [UsersSchema]
        public partial class Shopper
        {
            public string UserId { get; set; } = "";
            [{|SG1029:Textual|}] public string? Bio { get; set; }
        }
        """, enabled: ["SG1029"]);

    [Fact]
    public Task SG1029_not_reported_for_one_textual_string_of_an_items_schema() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [ItemsSchema]
        public partial class Product
        {
            public string ItemId { get; set; } = "";
            [Textual] public string Description { get; set; } = "";
        }
        """, enabled: ["SG1029"]);
}
