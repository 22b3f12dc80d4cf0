using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1012 (<c>Parsing/Rules/SG1012_ForbiddenPropertiesKey.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1012_ForbiddenPropertiesKeyTests
{
    [Fact]
    public Task SG1012_metadata_field_with_a_forbidden_properties_key() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public partial class Click
        {
            {{RequiredFields}}
            [Categorical] public string? {|SG1012:SessionId|} { get; set; }
            [Categorical, SchemaField("IMPRESSION_")] public string? {|SG1012:Shown|} { get; set; }
            [Categorical] public string? VisitId { get; set; }
        }
        """);

    [Fact]
    public Task SG1012_reported_for_action_interactions_but_not_for_items() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [ActionInteractionsSchema]
        public partial class OfferEvent
        {
            public string UserId { get; set; } = "";
            public string ActionId { get; set; } = "";
            public long Timestamp { get; set; }
            public string EventType { get; set; } = "";
            public string? {|SG1012:SessionId|} { get; set; }
        }

        [ItemsSchema]
        public partial class Product
        {
            public string ItemId { get; set; } = "";
            [Categorical] public string? SessionId { get; set; }
        }
        """, enabled: ["SG1012"]);
}
