using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1006 (<c>Parsing/Rules/SG1006_GenericSchemaType.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1006_GenericSchemaTypeTests
{
    [Fact]
    public Task SG1006_generic_schema_types() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class {|SG1006:Click|}<T>
        {
            public string UserId { get; set; } = "";
        }
        """);
}
