using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1020: no member of the type, nor the type itself, may be named like a member SchemaGen generates in it.</summary>
internal static class GeneratedMemberConflictRule
{
    /// <param name="memberNames">The type's own members, as a reader found them: never the implicitly declared ones.</param>
    public static void Check(INamedTypeSymbol type, IReadOnlyList<MemberName> memberNames, List<DiagnosticInfo> diagnostics)
    {
        // The type's own name clashes too: C# does not allow a member named like its type.
        if (GeneratedNames.SchemaTypeMembers.Contains(type.Name))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.GeneratedMemberConflict, LocationInfo.From(type), "Schema type", type.Name, " (C# does not allow a member named like its type)"));
        }

        foreach (var member in memberNames)
        {
            if (!Concerns(member.Name) || (member.Symbol is { } symbol && IsGenerated(symbol)))
            {
                continue;
            }

            var location = member.Symbol is { } declared ? LocationInfo.From(declared) : null;
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.GeneratedMemberConflict, location ?? LocationInfo.From(type), "Member of '" + type.Name + "'", member.Name, string.Empty));
        }
    }

    /// <summary>Whether a member of this name could clash: a reader may leave out every other name.</summary>
    public static bool Concerns(string memberName) => GeneratedNames.SchemaTypeMembers.Contains(memberName);

    /// <summary>
    /// Analyzers see the compilation with the generator's output in it, so the generated members themselves must
    /// not count as clashes; they live in files whose names end with the generator's suffixes.
    /// </summary>
    private static bool IsGenerated(ISymbol member)
    {
        foreach (var location in member.Locations)
        {
            var path = location.SourceTree?.FilePath ?? string.Empty;
            if (Array.FindIndex(GeneratedNames.SchemaFileSuffixes, suffix => path.EndsWith(suffix, StringComparison.Ordinal)) < 0)
            {
                return false;
            }
        }

        return member.Locations.Length > 0;
    }
}
