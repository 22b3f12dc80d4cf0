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
}
