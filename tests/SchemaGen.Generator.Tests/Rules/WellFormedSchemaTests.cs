using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>Across the rules: a well-formed schema raises none of them, with every rule enabled.</summary>
public sealed class WellFormedSchemaTests
{
    [Fact]
    public Task A_well_formed_schema_raises_no_rule_at_all() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        public enum Device { Phone, Tablet }

        [InteractionsSchema(EventTypes = new[] { "like", "rating" }, Name = "movie-ratings")]
        public partial record Rating(string UserId, string ItemId, DateTimeOffset Timestamp)
        {
            public string EventType { get; init; } = "like";
            public float? EventValue { get; init; }
            public string[]? Impression { get; init; }
            public string? RecommendationId { get; init; }
            [Categorical] public string? Location { get; init; }
            [Categorical] public string[] Genres { get; init; } = Array.Empty<string>();
            public Device? Device { get; init; }
            public int NumRatings { get; init; }
        }
        """, enabled: ["SG1011", "SG1015", "SG1016"]);
}
