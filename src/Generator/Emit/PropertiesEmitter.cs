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
    public static SchemaFilePart Part(SchemaModel model)
    {
        var fields = PropertiesFields.InOrder(model);
        return new SchemaFilePart(
            writer =>
            {
                WriteWriteProperties(writer, fields);
                writer.Line();
                WriteToPropertiesJson(writer);
            },
            helpers =>
            {
                foreach (var field in fields)
                {
                    helpers.Line("internal static readonly global::System.Text.Json.JsonEncodedText " + CodeNames.HelperMemberName(CodeNames.KeyField(field.PropertiesKey))
                        + " = global::System.Text.Json.JsonEncodedText.Encode(" + CodeNames.Literal(field.PropertiesKey) + ");");
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

    private static void WriteWriteProperties(IndentedWriter writer, List<FieldModel> fields)
    {
        writer.Line("/// <summary>");
        writer.Line("/// Writes this interaction's PutEvents <c>properties</c> object: the schema's metadata fields under their");
        writer.Line("/// camelCase keys, every value as a JSON string, null fields left out.");
        writer.Line("/// </summary>");
        writer.Line("/// <exception cref=\"global::SchemaGen.Serialization.InteractionFormatException\">A value cannot be sent (NaN, a null in a non-nullable field, a multi-value holding '|').</exception>");
        writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
        writer.OpenBlock("public void WriteProperties(global::System.Text.Json.Utf8JsonWriter writer)");
        writer.OpenBlock("if (writer is null)");
        writer.Line("throw new global::System.ArgumentNullException(\"writer\");");
        writer.CloseBlock();
        writer.Line();
        writer.Line("writer.WriteStartObject();");
        foreach (var field in fields)
        {
            FieldCode.WithValue(writer, field, field.PropertiesKey, value => FieldCode.WriteProperty(field, field.PropertiesKey, value));
        }

        writer.Line("writer.WriteEndObject();");
        writer.CloseBlock();
    }

    private static void WriteToPropertiesJson(IndentedWriter writer)
    {
        writer.Line("/// <summary>The PutEvents <c>properties</c> string: the object <see cref=\"WriteProperties\"/> writes, as text.</summary>");
        writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
        writer.OpenBlock("public string ToPropertiesJson()");
        writer.OpenBlock("using (" + CodeNames.Serialization + ".PooledBufferWriter buffer = new " + CodeNames.Serialization + ".PooledBufferWriter(256))");
        writer.OpenBlock("using (global::System.Text.Json.Utf8JsonWriter writer = " + CodeNames.Serialization + ".PropertiesWriter.CreateJsonWriter(buffer))");
        writer.Line("this.WriteProperties(writer);");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return buffer.ToUtf8String();");
        writer.CloseBlock();
        writer.CloseBlock();
    }
}
