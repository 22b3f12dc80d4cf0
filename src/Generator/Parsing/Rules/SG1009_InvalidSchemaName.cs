using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>
/// SG1009: the schema name — the attribute's <c>Name</c>, or the type name — is a valid <c>CreateSchemaRequest.name</c>:
/// 1–63 characters, pattern <c>^[a-zA-Z0-9][a-zA-Z0-9\-_]*</c>. Reading the name lives here, once.
/// </summary>
internal static class InvalidSchemaNameRule
{
    public static string Read(INamedTypeSymbol type, SchemaArguments arguments, List<DiagnosticInfo> diagnostics)
    {
        if (arguments.Name is not { } name)
        {
            return type.Name;
        }

        if (!IsValid(name))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidSchemaName,
                arguments.Location ?? LocationInfo.From(type),
                name,
                SchemaLimits.MinSchemaNameLength.ToString(CultureInfo.InvariantCulture),
                SchemaLimits.MaxSchemaNameLength.ToString(CultureInfo.InvariantCulture)));
        }

        return name;
    }

    private static bool IsValid(string name)
    {
        if (name.Length < SchemaLimits.MinSchemaNameLength || name.Length > SchemaLimits.MaxSchemaNameLength)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var character = name[i];
            var isLetterOrDigit = (character >= 'a' && character <= 'z')
                || (character >= 'A' && character <= 'Z')
                || (character >= '0' && character <= '9');
            if (!isLetterOrDigit && (i == 0 || (character != '-' && character != '_')))
            {
                return false;
            }
        }

        return true;
    }
}
