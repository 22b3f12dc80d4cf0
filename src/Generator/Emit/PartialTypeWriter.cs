using System;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emit;

/// <summary>Writes a generated file holding one more partial declaration of a schema type, nested as the type is.</summary>
internal static class PartialTypeWriter
{
    public static string Write(SchemaModel model, string baseList, Action<IndentedWriter> writeMembers)
    {
        var writer = new IndentedWriter();
        GeneratedCodeInfo.WriteHeader(writer);

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
