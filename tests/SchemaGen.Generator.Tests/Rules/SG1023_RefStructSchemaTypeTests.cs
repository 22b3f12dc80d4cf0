using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1023 (<c>Parsing/Rules/SG1023_RefStructSchemaType.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1023_RefStructSchemaTypeTests
{
    [Fact]
    public Task SG1023_ref_struct_schema_types() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public ref partial struct {|SG1023:Click|}
        {
            public string UserId { get; set; }
            public string ItemId { get; set; }
            public long Timestamp { get; set; }
        }
        """);

    [Fact]
    public Task SG1023_not_reported_for_readonly_or_record_structs() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public readonly partial struct Click
        {
            public string UserId { get; init; }
            public string ItemId { get; init; }
            public long Timestamp { get; init; }
        }

        [InteractionsSchema]
        public partial record struct View(string UserId, string ItemId, long Timestamp);
        """);
}
