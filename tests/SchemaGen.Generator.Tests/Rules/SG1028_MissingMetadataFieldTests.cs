using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1028 (<c>Parsing/Rules/SG1028_MissingMetadataField.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1028_MissingMetadataFieldTests
{
    [Fact]
    public Task SG1028_items_users_and_actions_with_reserved_fields_only() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [ItemsSchema]
        public partial class {|SG1028:Product|}
        {
            public string ItemId { get; set; } = "";
            public long CreationTimestamp { get; set; }
        }

        [UsersSchema]
        public partial class {|SG1028:Shopper|}
        {
            public string UserId { get; set; } = "";
        }

        [ActionsSchema]
        public partial class {|SG1028:Offer|}
        {
            public string ActionId { get; set; } = "";
            public long? Value { get; set; }
        }
        """, enabled: ["SG1028"]);

    [Fact]
    public Task SG1028_not_reported_with_one_metadata_field_nor_for_interactions() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [UsersSchema]
        public partial class Shopper
        {
            public string UserId { get; set; } = "";
            public int Age { get; set; }
        }

        [InteractionsSchema]
        public partial class Click
        {
        """ + "    " + RequiredFields + """

        }
        """, enabled: ["SG1028"]);
}
