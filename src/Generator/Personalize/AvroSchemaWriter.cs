using System.Text;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Personalize;

/// <summary>
/// Writes the Avro schema JSON that <c>CreateSchema</c> takes, from the model alone. Output is pretty-printed
/// with a two-space indent, <c>\n</c> line ends and no trailing spaces, so it is identical on every machine.
/// </summary>
internal static class AvroSchemaWriter
{
    /// <summary>The record name must match the dataset type.</summary>
    public const string RecordName = "Interactions";
    public const string RecordNamespace = "com.amazonaws.personalize.schema";
    public const string SchemaVersion = "1.0";

    public static string Write(SchemaModel model)
    {
        var json = new StringBuilder();
        Line(json, "{");
        Line(json, "  \"type\": \"record\",");
        Line(json, "  \"name\": " + Quote(RecordName) + ",");
        Line(json, "  \"namespace\": " + Quote(RecordNamespace) + ",");
        if (model.Fields.Count == 0)
        {
            Line(json, "  \"fields\": [],");
        }
        else
        {
            Line(json, "  \"fields\": [");
            for (var i = 0; i < model.Fields.Count; i++)
            {
                WriteField(json, model.Fields[i], isLast: i == model.Fields.Count - 1);
            }

            Line(json, "  ],");
        }

        Line(json, "  \"version\": " + Quote(SchemaVersion));
        json.Append('}');
        return json.ToString();
    }

    private static void WriteField(StringBuilder json, FieldModel field, bool isLast)
    {
        var type = Quote(AvroTypeName(field.AvroType));
        Line(json, "    {");
        Line(json, "      \"name\": " + Quote(field.FieldName) + ",");
        var trailing = field.IsCategorical || field.IsNullable ? "," : string.Empty;
        // A nullable field is a union whose first branch is "null", so its default can be null (Avro spec).
        Line(json, "      \"type\": " + (field.IsNullable ? "[\"null\", " + type + "]" : type) + trailing);
        if (field.IsCategorical)
        {
            Line(json, "      \"categorical\": true" + (field.IsNullable ? "," : string.Empty));
        }

        if (field.IsNullable)
        {
            Line(json, "      \"default\": null");
        }

        Line(json, isLast ? "    }" : "    },");
    }

    /// <summary>One line with a <c>\n</c> line end on every platform, so the output is deterministic.</summary>
    private static void Line(StringBuilder json, string text) => json.Append(text).Append('\n');

    public static string AvroTypeName(AvroType type) => type switch
    {
        AvroType.Int => "int",
        AvroType.Long => "long",
        AvroType.Float => "float",
        AvroType.Double => "double",
        AvroType.Boolean => "boolean",
        _ => "string",
    };

    /// <summary>A JSON string literal. Field names are validated identifiers; escaping keeps any input well-formed.</summary>
    private static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var character in value)
        {
            switch (character)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    if (character < ' ')
                    {
                        builder.Append("\\u").Append(((int)character).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(character);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
