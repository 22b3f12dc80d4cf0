using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1002 (<c>Parsing/Rules/SG1002_UnsupportedPropertyType.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1002_UnsupportedPropertyTypeTests
{
    [Fact]
    public Task SG1002_unmappable_property_types() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        public sealed class Address { public string City { get; set; } = ""; }

        [InteractionsSchema]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            public Dictionary<string, string> {|SG1002:Tags|} { get; set; } = new();
            public Address? {|SG1002:ShipTo|} { get; set; }
            public int[] {|SG1002:Scores|} { get; set; } = Array.Empty<int>();
            public decimal {|SG1002:Price|} { get; set; }
            public object? {|SG1002:Extra|} { get; set; }
        }
        """);

    [Fact]
    public Task SG1002_not_reported_for_ignored_properties() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public partial class Click
        {
            {{RequiredFields}}
            [SchemaIgnore] public Dictionary<string, string> Tags { get; set; } = new();
        }
        """);
}
