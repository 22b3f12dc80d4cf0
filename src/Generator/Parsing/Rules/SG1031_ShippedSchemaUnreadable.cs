using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>
/// SG1031: the shipped schema of a schema type cannot be read (not JSON, not a record of a dataset type, a field
/// without a primitive type): the type is not compared with it, and the file is named so it can be mended or
/// written again with <c>schemagen export --shipped</c>.
/// </summary>
internal static class ShippedSchemaUnreadableRule
{
    public static Diagnostic Create(INamedTypeSymbol type, string shippedPath, string problem) =>
        Diagnostic.Create(
            DiagnosticDescriptors.ShippedSchemaUnreadable,
            type.Locations.Length > 0 ? type.Locations[0] : Location.None,
            System.IO.Path.GetFileName(shippedPath),
            type.Name,
            problem);
}
