using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1011 (<c>Parsing/Rules/SG1011_RequiredFieldMissing.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1011_RequiredFieldMissingTests
{
    [Fact]
    public Task SG1011_each_missing_required_field_is_reported_on_the_type() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class {|SG1011:{|SG1011:Click|}|}
        {
            public string UserId { get; set; } = "";
        }
        """, enabled: ["SG1011"]);

    [Fact]
    public Task SG1011_not_reported_when_the_required_fields_exist_under_any_property_name() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class Click
        {
            [SchemaField("USER_ID")] public string Visitor { get; set; } = "";
            public string ItemId { get; set; } = "";
            public DateTime SentAt { get; set; }
        }
        """, enabled: ["SG1011"]);

    [Fact]
    public Task SG1011_the_required_fields_of_each_dataset_type_and_domain() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [ItemsSchema]
        public partial class {|SG1011:Product|}
        {
            [Categorical] public string? Genre { get; set; }
        }

        [ItemsSchema(Domain = PersonalizeDomain.Ecommerce)]
        public partial class {|SG1011:{|SG1011:StoreItem|}|}
        {
            public string ItemId { get; set; } = "";
            [Categorical] public string? Brand { get; set; }
        }

        [ActionInteractionsSchema]
        public partial class {|SG1011:{|SG1011:OfferEvent|}|}
        {
            public string UserId { get; set; } = "";
            public long Timestamp { get; set; }
        }

        [InteractionsSchema(Domain = PersonalizeDomain.VideoOnDemand)]
        public partial class {|SG1011:Watch|}
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
        }
        """, enabled: ["SG1011"]);

    [Fact]
    public async Task SG1011_names_the_dataset_type_its_required_fields_and_the_property_to_add()
    {
        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(TestCompilation.Create(Usings + """
            [ItemsSchema(Domain = PersonalizeDomain.Ecommerce)]
            public partial class StoreItem
            {
                public string ItemId { get; set; } = "";
                public float Price { get; set; }
            }
            """));

        var message = Assert.Single(diagnostics, diagnostic => diagnostic.Id == "SG1011").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("'StoreItem' has no CATEGORY_L1 field; every ECOMMERCE Items schema needs ITEM_ID, PRICE and CATEGORY_L1 (add a property 'CategoryL1' of type string)", message);
    }
}
