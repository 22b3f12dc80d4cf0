using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// The names of generated files. A schema type's files start with its metadata name (<c>Namespace.Outer+Type</c>),
/// unique per type but only up to case: <c>Click</c> and <c>CLICK</c> may live side by side, and their files may not.
/// </summary>
internal static class HintNames
{
    /// <summary>The stems that equal another one when case is ignored, sorted; each listed once.</summary>
    public static EquatableArray<string> CaseClashes(ImmutableArray<string> stems)
    {
        var byFolded = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var stem in stems)
        {
            byFolded[stem] = byFolded.TryGetValue(stem, out var count) ? count + 1 : 1;
        }

        var clashes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var stem in stems)
        {
            if (byFolded[stem] > 1)
            {
                clashes.Add(stem);
            }
        }

        return EquatableArray.From(new List<string>(clashes));
    }

    /// <summary>
    /// Whether a stem is taken more than once exactly: two declarations of one name that are not parts of one type
    /// (a class and a struct both called <c>Click</c>). The compiler reports that; their files cannot be told apart,
    /// so none of them is generated.
    /// </summary>
    public static EquatableArray<string> ExactDuplicates(ImmutableArray<string> stems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var stem in stems)
        {
            if (!seen.Add(stem))
            {
                duplicates.Add(stem);
            }
        }

        return EquatableArray.From(new List<string>(duplicates));
    }

    /// <summary>
    /// The stem itself, or for one that clashes, the stem with a hash of its exact spelling appended: deterministic,
    /// different for names that differ in case only, and after a '-', which no metadata name holds.
    /// </summary>
    public static string Stem(string stem, EquatableArray<string> clashes) =>
        Contains(clashes, stem) ? stem + "-" + Fnv1a(stem).ToString("x8", CultureInfo.InvariantCulture) : stem;

    public static bool Contains(EquatableArray<string> stems, string stem)
    {
        foreach (var candidate in stems)
        {
            if (string.Equals(candidate, stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var character in text)
        {
            hash = unchecked((hash ^ character) * 16777619u);
        }

        return hash;
    }
}
