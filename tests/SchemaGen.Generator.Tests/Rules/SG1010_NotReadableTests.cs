using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1010 (<c>Parsing/Rules/SG1010_NotReadable.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1010_NotReadableTests
{
    [Fact]
    public Task SG1010_get_only_property_without_a_constructor_parameter() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class {|SG1010:Click|}
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; } = "";
            public long Timestamp { get; set; }
        }
        """);

    [Fact]
    public Task SG1010_required_member_that_is_not_a_field() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public partial class {|SG1010:Click|}
        {
            {{RequiredFields}}
            [SchemaIgnore] public required string Secret { get; init; }
        }
        """);

    [Fact]
    public Task SG1010_abstract_type() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public abstract partial class {|SG1010:Click|}
        {
            {{RequiredFields}}
        }
        """);

    [Fact]
    public Task Required_members_and_constructors_are_readable() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class Click
        {
            public Click(string userId) => UserId = userId;
            public string UserId { get; }
            public required string ItemId { get; init; }
            public long Timestamp { get; private set; }
        }
        """);
}
