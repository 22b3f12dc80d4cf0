using System.Collections.Generic;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// Emits the camelCase <c>properties</c> serializer: <c>WriteProperties(Utf8JsonWriter)</c>,
/// <c>ToPropertiesJson()</c>, and the enum name switches the other outputs share.
/// </summary>
internal static class PropertiesEmitter
{
    private const string S = CodeNames.Serialization;

    public static SchemaFilePart Part(SchemaModel model)
    {
        var fields = PropertiesFields.InOrder(model);
        return new SchemaFilePart(
            writer =>
            {
                WriteWriteProperties(writer, model, fields);
                writer.Line();
                WriteToPropertiesJson(writer, model, fields);
            },
            helpers =>
            {
                foreach (var field in fields)
                {
                    helpers.Line($"internal static readonly global::System.Text.Json.JsonEncodedText {CodeNames.DeclaredKeyField(field.PropertiesKey)} = global::System.Text.Json.JsonEncodedText.Encode({CodeNames.Literal(field.PropertiesKey)});");
                }

                if (fields.Count > 0 && HasEnum(model))
                {
                    helpers.Line();
                }

                EnumHelpersWriter.Write(helpers, model);
            });
    }

    private static bool HasEnum(SchemaModel model)
    {
        foreach (var field in model.Fields)
        {
            if (field.ValueKind == ValueKind.Enum)
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteWriteProperties(IndentedWriter writer, SchemaModel model, List<FieldModel> fields)
    {
        writer.Line("/// <summary>");
        writer.Line($"/// Writes this {model.Dataset.RecordNoun}'s {model.Dataset.Operation} <c>properties</c> object: the schema's metadata fields under their");
        writer.Line("/// camelCase keys, every value as a JSON string, null fields left out.");
        writer.Line("/// </summary>");
        writer.Line("/// <exception cref=\"global::SchemaGen.Serialization.InteractionFormatException\">A value cannot be sent (NaN, a null in a non-nullable field, a multi-value holding '|').</exception>");
        writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
        writer.OpenBlock("public void WriteProperties(global::System.Text.Json.Utf8JsonWriter writer)");
        writer.OpenBlock("if (writer is null)");
        writer.Line("throw new global::System.ArgumentNullException(\"writer\");");
        writer.CloseBlock();
        writer.Line();
        WriteObject(writer, model.Dataset, fields);
        writer.CloseBlock();
    }

    /// <summary>
    /// The object's statements over a local <c>writer</c>: a <c>Utf8JsonWriter</c> or a <c>PropertiesTextWriter</c>,
    /// which the runtime's <c>PropertiesWriter</c> methods both take, so both write the same text.
    /// </summary>
    private static void WriteObject(IndentedWriter writer, DatasetType dataset, List<FieldModel> fields)
    {
        writer.Line("writer.WriteStartObject();");
        foreach (var field in fields)
        {
            FieldCode.WriteProperty(writer, dataset, field);
        }

        writer.Line("writer.WriteEndObject();");
    }

    private static void WriteToPropertiesJson(IndentedWriter writer, SchemaModel model, List<FieldModel> fields)
    {
        writer.Line($"/// <summary>The {model.Dataset.Operation} <c>properties</c> string: the object <see cref=\"WriteProperties\"/> writes, as text.</summary>");
        writer.Line("/// <exception cref=\"global::SchemaGen.Serialization.InteractionFormatException\">A value cannot be sent (NaN, a null in a non-nullable field, a multi-value holding '|').</exception>");
        writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
        writer.OpenBlock("public string ToPropertiesJson()");

        // Written straight into characters: the string is the product, so a detour through UTF-8 bytes only costs.
        writer.Line(S + ".PropertiesTextWriter writer = " + S + ".PropertiesTextWriter.Acquire();");
        WriteObject(writer, model.Dataset, fields);
        writer.Line("return writer.ToStringAndRelease();");
        writer.CloseBlock();
    }
}
