using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Analyzers.Evolution;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>
/// SG1030: a schema type differs from the schema shipped for it (<c>ShippedSchemas/&lt;schema name&gt;.avsc</c>) in a way
/// the service cannot take: one diagnostic per change, on the property it is about (the type for a removed field),
/// carrying the file's path and the schema's Avro JSON for the code fix that ships the change.
/// </summary>
internal static class ShippedSchemaChangedRule
{
    public static IEnumerable<Diagnostic> Check(INamedTypeSymbol type, SchemaModel model, string shippedPath, ShippedSchema shipped)
    {
        var changes = SchemaChanges.Refused(shipped, model);
        if (changes.Count == 0)
        {
            yield break;
        }

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticProperties.ShippedSchemaPath, shippedPath)
            .Add(DiagnosticProperties.AvroSchemaJson, AvroSchemaWriter.Write(model) + "\n");
        var consequence = SchemaChanges.Consequence(model.Dataset);
        var fileName = System.IO.Path.GetFileName(shippedPath);
        foreach (var change in changes)
        {
            yield return Diagnostic.Create(DiagnosticDescriptors.ShippedSchemaChanged, LocationOf(type, model, change.FieldName), properties, type.Name, fileName, change.Description, consequence);
        }
    }

    private static Location LocationOf(INamedTypeSymbol type, SchemaModel model, string? fieldName)
    {
        if (fieldName is not null && model.Field(fieldName) is { } field)
        {
            foreach (var member in type.GetMembers(field.PropertyName))
            {
                foreach (var location in member.Locations)
                {
                    if (location.IsInSource)
                    {
                        return location;
                    }
                }
            }
        }

        return type.Locations.Length > 0 ? type.Locations[0] : Location.None;
    }
}
