using System;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// Writes a generated file holding one more partial declaration of a schema type, nested as the type is, and
/// optionally a part of its private helper class (<see cref="CodeNames.Helpers"/>), where generated plumbing lives
/// so that no name of it can meet a member of the user's.
/// </summary>
internal static class PartialTypeWriter
{
    /// <param name="assemblyAttribute">An assembly-level attribute to write before the namespace, or null.</param>
    public static string Write(SchemaModel model, string baseList, Action<IndentedWriter> writeMembers, Action<IndentedWriter>? writeHelpers = null, string? assemblyAttribute = null)
    {
        var writer = new IndentedWriter();
        GeneratedCodeInfo.WriteHeader(writer, model.SuppressedDiagnosticIds);
        if (assemblyAttribute is not null)
        {
            writer.Line(assemblyAttribute);
            writer.Line();
        }

        var hasNamespace = model.Namespace.Length > 0;
        if (hasNamespace)
        {
            writer.OpenBlock("namespace " + model.Namespace);
        }

        foreach (var containing in model.ContainingTypes)
        {
            writer.OpenBlock("partial " + containing.Keyword + " " + CodeNames.Identifier(containing.Name));
        }

        writer.OpenBlock("partial " + model.Keyword + " " + CodeNames.Identifier(model.TypeName) + baseList);
        writeMembers(writer);
        if (writeHelpers is not null)
        {
            writer.Line();
            writer.OpenBlock("private static partial class " + CodeNames.Helpers);
            writeHelpers(writer);
            writer.CloseBlock();
        }

        writer.CloseBlock();

        for (var i = 0; i < model.ContainingTypes.Count; i++)
        {
            writer.CloseBlock();
        }

        if (hasNamespace)
        {
            writer.CloseBlock();
        }

        return writer.ToString();
    }
}
