using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// SG1020 keeps the user's members from clashing with generated ones, so its list must name every member the
/// emitters add: here the list is read back from the emitted code of every snapshot scenario.
/// </summary>
public sealed class GeneratedNamesTests
{
    [Fact]
    public void The_generated_member_names_are_exactly_the_members_the_emitters_write()
    {
        var emitted = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var sources in Scenarios.All.Values)
        {
            foreach (var source in GeneratorRunner.Run(TestCompilation.Create(sources)).Result.GeneratedSources)
            {
                var suffix = GeneratedNames.SchemaFileSuffixes.SingleOrDefault(s => source.HintName.EndsWith(s, StringComparison.Ordinal));
                if (suffix is null)
                {
                    continue;
                }

                var stem = source.HintName.Substring(0, source.HintName.Length - suffix.Length);
                var typeName = stem.Split('.', '+').Last();
                var schemaType = CSharpSyntaxTree.ParseText(source.SourceText).GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>()
                    .First(type => type.Identifier.ValueText == typeName);
                emitted.UnionWith(schemaType.Members.SelectMany(MemberNames));
            }
        }

        Assert.Equal(GeneratedNames.SchemaTypeMembers.OrderBy(name => name, StringComparer.Ordinal), emitted);
    }

    private static IEnumerable<string> MemberNames(MemberDeclarationSyntax member) => member switch
    {
        // An explicit interface implementation is not reachable by name, so it cannot clash.
        PropertyDeclarationSyntax { ExplicitInterfaceSpecifier: not null } => [],
        MethodDeclarationSyntax { ExplicitInterfaceSpecifier: not null } => [],
        PropertyDeclarationSyntax property => [property.Identifier.ValueText],
        MethodDeclarationSyntax method => [method.Identifier.ValueText],
        BaseTypeDeclarationSyntax type => [type.Identifier.ValueText],
        FieldDeclarationSyntax field => field.Declaration.Variables.Select(variable => variable.Identifier.ValueText),
        _ => throw new InvalidOperationException("An emitter writes a member of a kind this test does not know: " + member.Kind()),
    };
}
