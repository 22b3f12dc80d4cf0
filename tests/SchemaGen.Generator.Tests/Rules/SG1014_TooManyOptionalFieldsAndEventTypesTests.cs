using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1014 (<c>Parsing/Rules/SG1014_TooManyOptionalFieldsAndEventTypes.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1014_TooManyOptionalFieldsAndEventTypesTests
{
    [Fact]
    public Task SG1014_optional_fields_plus_event_types_over_ten() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema(EventTypes = new[] { "view", "click", "like", "share", "rate", "buy" })]
        public partial class {|SG1014:Click|}
        {
            {{RequiredFields}}
            public string EventType { get; set; } = "";
            public float EventValue { get; set; }
            public int A { get; set; }
            public int B { get; set; }
            public int C { get; set; }
        }
        """);

    [Fact]
    public Task SG1014_ten_in_all_is_fine() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema(EventTypes = new[] { "view", "click", "like", "share", "rate" })]
        public partial class Click
        {
            {{RequiredFields}}
            public string EventType { get; set; } = "";
            public float EventValue { get; set; }
            public int A { get; set; }
            public int B { get; set; }
            public int C { get; set; }
        }
        """);
}
