using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1026 (<c>Parsing/Rules/SG1026_InvalidActionEventType.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1026_InvalidActionEventTypeTests
{
    private const string Fields = """
        {
            public string UserId { get; set; } = "";
            public string ActionId { get; set; } = "";
            public long Timestamp { get; set; }
            public string EventType { get; set; } = "";
        }
        """;

    [Fact]
    public Task SG1026_an_event_type_action_interactions_do_not_have() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [{|SG1026:ActionInteractionsSchema(EventTypes = new[] { "Viewed", "Clicked" })|}]
        public partial class ActionEvent
        """ + Fields, enabled: ["SG1026"]);

    [Fact]
    public Task SG1026_not_reported_for_the_three_service_event_types_in_either_spelling() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [ActionInteractionsSchema(EventTypes = new[] { "Viewed", "Taken", "Not taken", "Not Taken" })]
        public partial class ActionEvent
        """ + Fields, enabled: ["SG1026"]);

    [Fact]
    public Task SG1026_not_reported_for_an_interactions_schema_with_its_own_event_types() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(
        Usings + "[InteractionsSchema(EventTypes = new[] { \"Clicked\" })]\npublic partial class Click\n{\n    " + RequiredFields + "\n}\n",
        enabled: ["SG1026"]);
}
