using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>
/// SG1021: schema names identify schemas in <c>CreateSchema</c> and <c>SchemaRegistry.Find</c>, so two schema types
/// of one compilation may not share one. Checked across types, so the analyzer runs it with every schema at hand.
/// </summary>
internal static class DuplicateSchemaNameRule
{
    public static Diagnostic? Check(INamedTypeSymbol type, SchemaModel model, IEnumerable<(INamedTypeSymbol Type, SchemaModel Model)> schemas)
    {
        foreach (var (other, otherModel) in schemas)
        {
            if (otherModel.SchemaName == model.SchemaName && !SymbolEqualityComparer.Default.Equals(other, type))
            {
                return Diagnostic.Create(
                    DiagnosticDescriptors.DuplicateSchemaName,
                    type.Locations.Length > 0 ? type.Locations[0] : Location.None,
                    model.SchemaName,
                    type.ToDisplayString(),
                    other.ToDisplayString());
            }
        }

        return null;
    }
}
