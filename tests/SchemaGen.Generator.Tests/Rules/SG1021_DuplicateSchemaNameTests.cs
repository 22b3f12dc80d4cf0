using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1021 (<c>Parsing/Rules/SG1021_DuplicateSchemaName.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1021_DuplicateSchemaNameTests
{
    [Fact]
    public Task SG1021_two_schemas_with_one_name() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        namespace Web
        {
            [InteractionsSchema]
            public partial class {|SG1021:Click|}
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
            }
        }

        namespace App
        {
            [InteractionsSchema]
            public partial class {|SG1021:Click|}
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
            }

            [InteractionsSchema(Name = "app-click")]
            public partial class Tap
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
            }
        }
        """);
}
