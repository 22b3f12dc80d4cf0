using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// A domain dataset group holds Interactions, Items and Users datasets only: the Actions and Action interactions
/// attributes have no <c>Domain</c>, so the compiler refuses one there, and the generator neither throws nor reports
/// anything of its own about it.
/// </summary>
public sealed class DomainTests
{
    [Theory]
    [InlineData("ActionsSchema")]
    [InlineData("ActionInteractionsSchema")]
    public void A_domain_on_a_dataset_type_no_domain_group_holds_is_a_compile_error(string attribute)
    {
        var source = """
            using SchemaGen;

            [ATTRIBUTE(Domain = PersonalizeDomain.Ecommerce)]
            public partial class Offer
            {
                public string UserId { get; set; } = "";
                public string ActionId { get; set; } = "";
                public long Timestamp { get; set; }
                public string EventType { get; set; } = "";
                [Categorical] public string? Tier { get; set; }
            }
            """.Replace("ATTRIBUTE", attribute, System.StringComparison.Ordinal);

        var run = GeneratorRunner.Run(TestCompilation.Create(source));

        Assert.Empty(run.Result.Diagnostics);
        Assert.Contains(
            run.Output.GetDiagnostics(),
            diagnostic => diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("Domain", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_info_names_each_domain_as_the_runtime_enum_does()
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(Scenarios.Domains));

        var store = run.GeneratedSource("Shop.Domains.StoreItem.ItemsSchema.g.cs");
        var visit = run.GeneratedSource("Shop.Domains.StoreVisit.InteractionsSchema.g.cs");
        var viewer = run.GeneratedSource("Shop.Domains.Viewer.UsersSchema.g.cs");
        Assert.Contains("global::SchemaGen.PersonalizeDomain.Ecommerce,", store, System.StringComparison.Ordinal);
        Assert.Contains("global::SchemaGen.PersonalizeDomain.Ecommerce,", visit, System.StringComparison.Ordinal);
        Assert.Contains("global::SchemaGen.PersonalizeDomain.VideoOnDemand,", viewer, System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems());
    }

    public static TheoryData<SchemaGen.PersonalizeDomain> RuntimeDomains() => new(System.Enum.GetValues<SchemaGen.PersonalizeDomain>());

    /// <summary>The generator reads a <c>PersonalizeDomain</c> argument by its value: each value names the domain of the same name.</summary>
    [Theory]
    [MemberData(nameof(RuntimeDomains))]
    public void Each_runtime_domain_value_is_the_domain_of_its_name(SchemaGen.PersonalizeDomain value)
    {
        // ECOMMERCE for Ecommerce, VIDEO_ON_DEMAND for VideoOnDemand: the service's spelling of the member's name.
        var domain = value == SchemaGen.PersonalizeDomain.None ? null : SchemaGen.Generator.Parsing.FieldNaming.ToFieldName(value.ToString());
        Assert.Equal(domain, SchemaGen.Generator.Parsing.KnownNames.DomainOfValue((int)value)?.Name);
        Assert.True(SchemaGen.Generator.Parsing.KnownNames.TryDomainOfMember(value.ToString(), out var byName));
        Assert.Equal(domain, byName?.Name);
        Assert.Equal(value.ToString(), SchemaGen.Generator.Parsing.KnownNames.DomainMemberOf(byName));
    }
}
