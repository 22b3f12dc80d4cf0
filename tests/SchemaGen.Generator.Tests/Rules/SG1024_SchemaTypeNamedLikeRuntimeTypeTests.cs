using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1024 (<c>Parsing/Rules/SG1024_SchemaTypeNamedLikeRuntimeType.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1024_SchemaTypeNamedLikeRuntimeTypeTests
{
    [Fact]
    public Task SG1024_schema_types_with_a_runtime_type_s_full_name() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync("""
        namespace SchemaGen.Serialization
        {
            [global::SchemaGen.InteractionsSchema]
            public partial class {|SG1024:FieldFormat|}
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
            }
        }

        namespace SchemaGen
        {
            [InteractionsSchema]
            public partial record {|SG1024:InteractionEvent|}
            {
                public string UserId { get; init; } = "";
                public string ItemId { get; init; } = "";
                public long Timestamp { get; init; }
            }

            [InteractionsSchema]
            public partial struct {|SG1024:SchemaRegistry|}
            {
                public string UserId { get; set; }
                public string ItemId { get; set; }
                public long Timestamp { get; set; }
            }
        }
        """);

    [Fact]
    public Task SG1024_not_reported_for_other_names_or_namespaces() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync("""
        namespace SchemaGen.Serialization
        {
            [global::SchemaGen.InteractionsSchema]
            public partial class Click
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
            }
        }

        namespace Shop.SchemaGen.Serialization
        {
            [global::SchemaGen.InteractionsSchema]
            public partial class FieldFormat
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
            }
        }

        namespace Shop
        {
            public partial class Outer
            {
                [global::SchemaGen.InteractionsSchema]
                public partial class InteractionEvent
                {
                    public string UserId { get; set; } = "";
                    public string ItemId { get; set; } = "";
                    public long Timestamp { get; set; }
                }
            }
        }
        """);
}
