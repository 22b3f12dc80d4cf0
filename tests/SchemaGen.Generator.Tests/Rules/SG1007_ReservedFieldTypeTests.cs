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

    [Fact]
    public Task SG1007_reserved_fields_of_the_other_dataset_types_and_of_a_domain() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [ItemsSchema(Domain = PersonalizeDomain.Ecommerce)]
        public partial class StoreItem
        {
            public string ItemId { get; set; } = "";
            public float? {|SG1007:Price|} { get; set; }
            [Categorical] public string CategoryL1 { get; set; } = "";
            public string? {|SG1007:CreationTimestamp|} { get; set; }
        }

        [ActionsSchema]
        public partial class Offer
        {
            public int {|SG1007:ActionId|} { get; set; }
            public int? {|SG1007:Value|} { get; set; }
            public DateTime? {|SG1007:RepeatFrequency|} { get; set; }
            public int? {|SG1007:ExpirationTimestamp|} { get; set; }
            [Categorical] public string? Tier { get; set; }
        }

        public enum Outcome { Viewed, Taken }

        [ActionInteractionsSchema]
        public partial class OfferEvent
        {
            public string UserId { get; set; } = "";
            public string ActionId { get; set; } = "";
            public DateTimeOffset? {|SG1007:Timestamp|} { get; set; }
            public Outcome {|SG1007:EventType|} { get; set; }
        }
        """, enabled: ["SG1007"]);

    [Fact]
    public Task SG1007_not_reported_for_names_another_dataset_type_reserves() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
            public int Value { get; set; }
            public string? CreationTimestamp { get; set; }
        }

        [ItemsSchema]
        public partial class Product
        {
            public string ItemId { get; set; } = "";
            public double Price { get; set; }
            public DateTime? CreationTimestamp { get; set; }
        }
        """, enabled: ["SG1007"]);
}
