using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// Everything a reader found in a schema type's body that the rules decide on: the candidate field properties in
/// field order, the names of the type's own members (for SG1020), the diagnostic ids using them raises, and how
/// an instance could be created. <see cref="SchemaParser"/> builds the model from this alone, whichever reader
/// filled it, so both readers answer to one set of rules.
/// </summary>
internal sealed class SchemaMembers
{
    public List<PropertyInput> Properties { get; } = new();

    public List<MemberName> MemberNames { get; } = new();

    public SortedSet<string> SuppressedIds { get; } = new(System.StringComparer.Ordinal);

    public ConstructionInput Construction { get; set; } = null!;
}

/// <summary>A member's name, with the symbol that tells where it is declared when the symbol reader found it.</summary>
internal readonly record struct MemberName(string Name, ISymbol? Symbol);
