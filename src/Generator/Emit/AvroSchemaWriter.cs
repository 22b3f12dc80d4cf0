using System.Text;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emit;

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
        var json = new IndentedWriter("  ");
        json.Line("{");
        json.Line("  \"type\": \"record\",");
        json.Line("  \"name\": " + Quote(RecordName) + ",");
        json.Line("  \"namespace\": " + Quote(RecordNamespace) + ",");
        if (model.Fields.Count == 0)
        {
            json.Line("  \"fields\": [],");
        }
        else
        {
            json.Line("  \"fields\": [");
            for (var i = 0; i < model.Fields.Count; i++)
            {
                WriteField(json, model.Fields[i], isLast: i == model.Fields.Count - 1);
            }

            json.Line("  ],");
        }

        json.Line("  \"version\": " + Quote(SchemaVersion));
        json.Raw("}");
        return json.ToString();
    }

    private static void WriteField(IndentedWriter json, FieldModel field, bool isLast)
    {
        var type = Quote(AvroTypeName(field.AvroType));
        json.Line("    {");
        json.Line("      \"name\": " + Quote(field.FieldName) + ",");
        var trailing = field.IsCategorical || field.IsNullable ? "," : string.Empty;
        // A nullable field is a union whose first branch is "null", so its default can be null (Avro spec).
        json.Line("      \"type\": " + (field.IsNullable ? "[\"null\", " + type + "]" : type) + trailing);
        if (field.IsCategorical)
        {
            json.Line("      \"categorical\": true" + (field.IsNullable ? "," : string.Empty));
        }

        if (field.IsNullable)
        {
            json.Line("      \"default\": null");
        }

        json.Line(isLast ? "    }" : "    },");
    }

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
