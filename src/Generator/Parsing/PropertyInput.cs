using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// One public instance property as either reader found it (from symbols, or from syntax with its type bound): the
/// facts the field rules in <see cref="FieldReader"/> decide on, whichever reader read them.
/// </summary>
/// <param name="Type">The property's type; for a reference type, without its top-level annotation (see <paramref name="Annotation"/>).</param>
/// <param name="IsSettable">Whether generated code in the schema type can assign it (a setter or <c>init</c> it can use).</param>
/// <param name="IsObsoleteError">Whether the property or its getter is <c>[Obsolete]</c> as an error, which generated code cannot use.</param>
/// <param name="Location">Where diagnostics about it go; null from the syntax reader, whose diagnostics are never reported.</param>
internal sealed record PropertyInput(
    string Name,
    ITypeSymbol Type,
    NullableAnnotation Annotation,
    PropertyAttributes Attributes,
    bool IsSettable,
    bool IsObsoleteError,
    LocationInfo? Location);
