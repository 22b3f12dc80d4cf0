using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// What <see cref="ConstructionPlanner"/> needs of a schema type, as either reader found it: whether it is abstract,
/// the names of its required members, and its instance constructors in declaration order, the ones the compiler
/// declares implicitly included.
/// </summary>
internal sealed record ConstructionInput(bool IsAbstract, HashSet<string> RequiredMemberNames, List<ConstructorInput> Constructors);

/// <param name="IsCopyConstructor">A record's copy constructor, which takes the record itself.</param>
/// <param name="DiagnosticIds">The ids a call raises (see <see cref="UsageRestrictions"/>).</param>
internal sealed record ConstructorInput(
    List<ParameterInput> Parameters,
    bool IsObsoleteError,
    bool SetsRequiredMembers,
    bool IsCopyConstructor,
    IReadOnlyCollection<string> DiagnosticIds);

/// <param name="TakesNull">Whether the parameter's type is written with <c>?</c>, so a nullable field's value may be passed to it.</param>
internal sealed record ParameterInput(string Name, ITypeSymbol Type, bool ByReference, bool TakesNull);
