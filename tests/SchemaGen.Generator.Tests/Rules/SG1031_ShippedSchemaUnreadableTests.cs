using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1031 (<c>Parsing/Rules/SG1031_ShippedSchemaUnreadable.cs</c>): a shipped schema that cannot be read is named, never thrown.</summary>
public sealed class SG1031_ShippedSchemaUnreadableTests
{
    private const string Shopper = """
        [UsersSchema(Name = "shoppers")]
        public partial class {|SG1031:Shopper|}
        {
            public string UserId { get; set; } = "";
            [Categorical] public string? Tier { get; set; }
        }
        """;

    [Theory]
    [InlineData("")]
    [InlineData("{\"type\": \"record\", \"name\": \"Users\", \"fields\": [")]
    [InlineData("{\"type\": \"record\", \"name\": \"Users\", \"fields\": [] } trailing")]
    [InlineData("[1, 2]")]
    [InlineData("{\"type\": \"enum\", \"name\": \"Users\"}")]
    [InlineData("{\"type\": \"record\", \"name\": \"Shoppers\", \"fields\": []}")]
    [InlineData("{\"type\": \"record\", \"name\": \"Users\"}")]
    [InlineData("{\"type\": \"record\", \"name\": \"Users\", \"fields\": [{\"type\": \"string\"}]}")]
    [InlineData("{\"type\": \"record\", \"name\": \"Users\", \"fields\": [{\"name\": \"TAGS\", \"type\": {\"type\": \"array\", \"items\": \"string\"}}]}")]
    [InlineData("{\"type\": \"record\", \"name\": \"Users\", \"fields\": [{\"name\": \"TIER\", \"type\": \"string\", \"categorical\": \"yes\"}]}")]
    [InlineData("{\"type\": \"record\", \"name\": \"Users\", \"name\": \"Items\", \"fields\": []}")]
    [InlineData("{\"a\": \"\\uZZZZ\"}")]
    public Task SG1031_for_a_file_that_is_not_a_readable_schema(string text) =>
        AnalyzerVerifier<ShippedSchemaAnalyzer>.VerifyAsync(Usings + Shopper, additionalFiles: [("/0/ShippedSchemas/shoppers.avsc", text)]);

    [Fact]
    public async Task SG1031_says_what_is_wrong_and_where()
    {
        var compilation = TestCompilation.Create(Usings + Shopper.Replace("{|SG1031:Shopper|}", "Shopper", System.StringComparison.Ordinal));
        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(compilation, [("/0/ShippedSchemas/shoppers.avsc", "{\n  \"type\": \"record\",\n  \"name\": \"Users\"\n  \"fields\": []\n}")]);

        Assert.Equal(
            "The shipped schema shoppers.avsc of 'Shopper' cannot be read: it is not valid JSON: ',' or '}' is expected at line 4, column 3",
            diagnostics.Single(diagnostic => diagnostic.Id == "SG1031").GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
