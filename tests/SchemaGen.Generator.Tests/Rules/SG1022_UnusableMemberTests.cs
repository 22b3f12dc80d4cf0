using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1022 (<c>Parsing/Rules/SG1022_UnusableMember.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1022_UnusableMemberTests
{
    [Fact]
    public Task SG1022_properties_obsolete_as_an_error() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public partial class Click
        {
            {{RequiredFields}}
            [Obsolete("gone", true)] public int? {|SG1022:Visits|} { get; set; }
            public int? {|SG1022:Score|} { [Obsolete("gone", true)] get; set; }
        }
        """);

    [Fact]
    public Task SG1022_not_reported_for_plain_obsolete_experimental_or_ignored_properties() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema]
        public partial class Click
        {
            {{RequiredFields}}
            [Obsolete] public int? Visits { get; set; }
            [Obsolete("old", DiagnosticId = "OLD1")] public int? Score { get; set; }
            [System.Diagnostics.CodeAnalysis.Experimental("EXP1")] public int? Rank { get; set; }
            [SchemaIgnore, Obsolete("gone", true)] public int? Legacy { get; set; }
        }
        """);
}
