using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1013 (<c>Parsing/Rules/SG1013_TooManyMetadataFields.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1013_TooManyMetadataFieldsTests
{
    [Fact]
    public Task SG1013_more_than_five_metadata_fields() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public partial class {|SG1013:Click|}
        {
            {{RequiredFields}}
            public int A { get; set; }
            public int B { get; set; }
            public int C { get; set; }
            public int D { get; set; }
            public int E { get; set; }
            public int F { get; set; }
        }
        """, disabled: ["SG1014"]);

    [Fact]
    public Task SG1013_five_metadata_fields_and_reserved_ones_are_fine() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public partial class Click
        {
            {{RequiredFields}}
            public string? RecommendationId { get; set; }
            public string[]? Impression { get; set; }
            public int A { get; set; }
            public int B { get; set; }
            public int C { get; set; }
            public int D { get; set; }
            public int E { get; set; }
        }
        """);

    [Fact]
    public Task SG1013_the_limit_of_each_dataset_type() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [UsersSchema]
        public partial class {|SG1013:Shopper|}
        {
            public string UserId { get; set; } = "";
        """ + Metadata(26) + """
        }

        [UsersSchema]
        public partial class Member
        {
            public string UserId { get; set; } = "";
        """ + Metadata(25) + """
        }

        [ItemsSchema]
        public partial class Product
        {
            public string ItemId { get; set; } = "";
        """ + Metadata(100) + """
        }

        [ActionsSchema]
        public partial class {|SG1013:Offer|}
        {
            public string ActionId { get; set; } = "";
            public long? Value { get; set; }
        """ + Metadata(11) + """
        }
        """, enabled: ["SG1013"]);

    private static string Metadata(int count) => string.Concat(Enumerable.Range(0, count).Select(i => $"    public int M{i} {{ get; set; }}\n"));
}
