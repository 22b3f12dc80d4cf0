using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>The catalog, its documentation pages and the release-tracking files agree.</summary>
public sealed class DiagnosticCatalogTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in AllDescriptors())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_links_to_its_documentation_page(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);

        Assert.Equal(DiagnosticDescriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        var page = Path.Combine(RepositoryPaths.RepositoryRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"Missing documentation page docs/rules/{id}.md");
        Assert.StartsWith($"# {id}: {descriptor.Title}", File.ReadAllText(page), StringComparison.Ordinal);
    }

    /// <summary>A schema rule is found from its id or its descriptor's name in one hop: one file, and one test file, each.</summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_schema_rule_has_one_file_and_one_test_file_named_after_it(string id)
    {
        if (!id.StartsWith("SG1", StringComparison.Ordinal))
        {
            return;
        }

        var name = typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .First(field => ((DiagnosticDescriptor)field.GetValue(null)!).Id == id).Name;
        var rule = Path.Combine(RepositoryPaths.RepositoryRoot, "src", "Generator", "Parsing", "Rules", id + "_" + name + ".cs");
        var tests = Path.Combine(RepositoryPaths.TestProjectDirectory, "Rules", id + "_" + name + "Tests.cs");

        Assert.True(File.Exists(rule), "Missing rule file " + rule);
        Assert.True(File.Exists(tests), "Missing rule test file " + tests);
        Assert.Contains("class " + name + "Rule", File.ReadAllText(rule), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_is_tracked_in_the_release_files(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        var generator = Path.Combine(RepositoryPaths.RepositoryRoot, "src", "Generator");
        var tracked = File.ReadAllText(Path.Combine(generator, "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(Path.Combine(generator, "AnalyzerReleases.Unshipped.md"));

        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", tracked, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_are_unique_and_each_family_has_its_category()
    {
        var ids = AllDescriptors().Select(d => d.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(AllDescriptors(), d => Assert.Equal(
            d.Id[..3] switch { "SG1" => DiagnosticCategories.SchemaDefinition, "SG2" => DiagnosticCategories.Training, _ => DiagnosticCategories.Events },
            d.Category));
    }

    [Fact]
    public void Every_rule_is_supported_by_exactly_one_analyzer()
    {
        var supported = AnalyzerRunner.All.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(d => d.Id).ToList();

        Assert.Equal(AllDescriptors().Select(d => d.Id).Order(), supported.Order());
    }

    [Fact]
    public void Readme_rules_table_lists_every_rule_with_its_severity_and_title()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "README.md"));

        foreach (var descriptor in AllDescriptors())
        {
            Assert.Contains($"| [{descriptor.Id}](docs/rules/{descriptor.Id}.md) | {descriptor.DefaultSeverity} | {descriptor.Title} |", readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_documentation_page_belongs_to_a_rule()
    {
        var pages = Directory.GetFiles(Path.Combine(RepositoryPaths.RepositoryRoot, "docs", "rules"), "*.md")
            .Select(Path.GetFileNameWithoutExtension);

        Assert.Equal(AllDescriptors().Select(d => d.Id).Order(), pages.Order());
    }

    private static DiagnosticDescriptor[] AllDescriptors() =>
        typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .ToArray();
}
