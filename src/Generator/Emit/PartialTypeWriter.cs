using System.Collections.Generic;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// Writes the generated file of a schema type: one more partial declaration of it, nested as the type is, with
/// every emitter's members, and its private helper class (<see cref="CodeNames.Helpers"/>), where generated plumbing
/// lives so that no name of it can meet a member of the user's.
/// </summary>
internal static class PartialTypeWriter
{
    /// <param name="assemblyAttribute">An assembly-level attribute to write before the namespace.</param>
    public static string Write(SchemaModel model, string baseList, IReadOnlyList<SchemaFilePart> parts, string assemblyAttribute)
    {
        var writer = new IndentedWriter(EstimatedLength(model, assemblyAttribute));
        GeneratedCodeInfo.WriteHeader(writer, model.SuppressedDiagnosticIds);
        writer.Line(assemblyAttribute);
        writer.Line();

        var hasNamespace = model.Namespace.Length > 0;
        if (hasNamespace)
        {
            writer.OpenBlock($"namespace {model.Namespace}");
        }

        foreach (var containing in model.ContainingTypes)
        {
            writer.OpenBlock($"partial {containing.Keyword} {CodeNames.Identifier(containing.Name)}");
        }

        writer.OpenBlock($"partial {model.Keyword} {CodeNames.Identifier(model.TypeName)}{baseList}");
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                writer.Line();
            }

            parts[i].Members(writer);
        }

        WriteHelpers(writer, parts);

        writer.CloseBlock();

        for (var i = 0; i < model.ContainingTypes.Count; i++)
        {
            writer.CloseBlock();
        }

        if (hasNamespace)
        {
            writer.CloseBlock();
        }

        return writer.ToStringAndRecycle();
    }

    private static void WriteHelpers(IndentedWriter writer, IReadOnlyList<SchemaFilePart> parts)
    {
        var first = true;
        foreach (var part in parts)
        {
            if (part.Helpers is null)
            {
                continue;
            }

            if (first)
            {
                writer.Line();
                writer.OpenBlock("private static class " + CodeNames.Helpers);
            }
            else
            {
                writer.Line();
            }

            first = false;
            part.Helpers(writer);
        }

        if (!first)
        {
            writer.CloseBlock();
        }
    }

    /// <summary>
    /// At least what a schema file takes, measured on the snapshots: 9,000 characters of fixed members, nesting and
    /// the Avro constant, 1,000 per field across the writers, the reader and the CSV row, and twice the assembly
    /// attribute, which carries the schema escaped when the constant cannot be named from it.
    /// </summary>
    private static int EstimatedLength(SchemaModel model, string assemblyAttribute) =>
        9000 + (1000 * model.Fields.Count) + (2 * assemblyAttribute.Length);
}
