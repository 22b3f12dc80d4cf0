using System.Collections.Generic;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// Emits the partial declaration added to one schema type: <c>AvroSchemaJson</c>, <c>SchemaInfo</c> and the
/// <c>global::SchemaGen.IInteractionsSchema</c> implementation.
/// </summary>
internal static class SchemaTypeEmitter
{
    /// <summary>Every schema type implements the runtime's interface.</summary>
    public const string BaseList = " : global::SchemaGen.IInteractionsSchema";

    private const string AvroSchemaJsonName = "AvroSchemaJson";

    /// <param name="avroSchemaJson">The schema's Avro JSON, written once per file for both places that hold it.</param>
    public static SchemaFilePart Part(SchemaModel model, string avroSchemaJson) =>
        new(writer =>
        {
            WriteAvroSchemaJson(writer, avroSchemaJson);
            writer.Line();
            WriteSchemaInfo(writer, model);
            writer.Line();
            writer.Line("/// <inheritdoc />");
            writer.Line("global::SchemaGen.InteractionsSchemaInfo global::SchemaGen.IInteractionsSchema.Schema => SchemaInfo;");
        });

    /// <summary>The schema recorded in the assembly's metadata, for tools that read built assemblies (schemagen export).</summary>
    /// <remarks>
    /// The attribute names the <c>AvroSchemaJson</c> constant where the assembly can see it, rather than repeating the
    /// schema as a second, escaped literal: the file is smaller for the compiler to parse, and the metadata holds the
    /// same string either way.
    /// </remarks>
    public static string EmbeddedSchemaAttribute(SchemaModel model, string avroSchemaJson) =>
        "[assembly: global::SchemaGen.EmbeddedAvroSchema(" + Literal(model.SchemaName) + ", "
        + Literal(model.FullyQualifiedName.Replace("global::", string.Empty)) + ", "
        + (model.IsVisibleToAssembly ? model.FullyQualifiedName + "." + AvroSchemaJsonName : Literal(avroSchemaJson)) + ")]";

    private static void WriteAvroSchemaJson(IndentedWriter writer, string avroSchemaJson)
    {
        writer.Line("/// <summary>");
        writer.Line("/// The Avro schema of this Interactions dataset, as <c>CreateSchema</c> takes it in its <c>schema</c> member.");
        writer.Line("/// </summary>");
        writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
        // A verbatim literal keeps the schema readable in the IDE; its lines must not be indented, or the
        // indentation would become part of the string.
        var json = avroSchemaJson.Replace("\"", "\"\"");
        writer.Line("public const string " + AvroSchemaJsonName + " = @\"" + FirstLine(json, out var rest));
        writer.Raw(rest + "\";\n");
    }

    private static void WriteSchemaInfo(IndentedWriter writer, SchemaModel model)
    {
        writer.Line("/// <summary>");
        writer.Line("/// This schema's name, Avro schema JSON, field names (in CSV column order) and declared event types.");
        writer.Line("/// </summary>");
        writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
        writer.Line("public static global::SchemaGen.InteractionsSchemaInfo SchemaInfo { get; } = new global::SchemaGen.InteractionsSchemaInfo(");
        writer.Line("    " + Literal(model.SchemaName) + ",");
        writer.Line("    typeof(" + model.FullyQualifiedName + "),");
        writer.Line("    AvroSchemaJson,");
        writer.Line("    " + StringArray(FieldNames(model)) + ",");
        writer.Line("    " + StringArray(model.EventTypes) + ");");
    }

    private static IEnumerable<string> FieldNames(SchemaModel model)
    {
        foreach (var field in model.Fields)
        {
            yield return field.FieldName;
        }
    }

    private static string StringArray(IEnumerable<string> values)
    {
        var items = new List<string>();
        foreach (var value in values)
        {
            items.Add(Literal(value));
        }

        return items.Count == 0
            ? "global::System.Array.Empty<string>()"
            : "new string[] { " + string.Join(", ", items) + " }";
    }

    private static string Literal(string value) => CodeNames.Literal(value);

    private static string FirstLine(string text, out string rest)
    {
        var newline = text.IndexOf('\n');
        if (newline < 0)
        {
            rest = string.Empty;
            return text;
        }

        rest = text.Substring(newline + 1);
        return text.Substring(0, newline);
    }
}
