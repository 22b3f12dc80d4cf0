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
        // Sized once from the counted length: a builder grown chunk by chunk leaves its chunks behind, for every schema.
        var json = new AvroText(new StringBuilder(Length(model)), asVerbatimLiteral: false);
        WriteTo(json, model);
        return json.ToString();
    }

    /// <summary>
    /// Appends the text as a C# verbatim string literal (<c>@"…"</c>, every quote doubled), written straight into the
    /// generated file: no string of the schema and no second pass to escape it, in every schema's file on every run.
    /// </summary>
    public static void AppendVerbatimLiteral(StringBuilder builder, SchemaModel model)
    {
        builder.Append("@\"");
        WriteTo(new AvroText(builder, asVerbatimLiteral: true), model);
        builder.Append('"');
    }

    /// <summary>
    /// The length of <see cref="Write"/>'s text, counted by the same code without building it: the parser checks it
    /// against CreateSchema's limit for every schema on every edit.
    /// </summary>
    public static int Length(SchemaModel model)
    {
        var json = new AvroText(null, asVerbatimLiteral: false);
        WriteTo(json, model);
        return json.Length;
    }

    private static void WriteTo(AvroText json, SchemaModel model)
    {
        json.Line("{");
        json.Line("  \"type\": \"record\",");
        json.Append("  \"name\": ").Quoted(RecordName).Line(",");
        json.Append("  \"namespace\": ").Quoted(RecordNamespace).Line(",");
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

        json.Append("  \"version\": ").Quoted(SchemaVersion).Line(string.Empty);
        json.Append("}");
    }

    private static void WriteField(AvroText json, FieldModel field, bool isLast)
    {
        var type = AvroTypeName(field.AvroType);
        json.Line("    {");
        json.Append("      \"name\": ").Quoted(field.FieldName).Line(",");
        var trailing = field.IsCategorical || field.IsNullable ? "," : string.Empty;
        // A nullable field is a union whose first branch is "null", so its default can be null (Avro spec).
        json.Append("      \"type\": ");
        if (field.IsNullable)
        {
            json.Append("[\"null\", ").Quoted(type).Append("]");
        }
        else
        {
            json.Quoted(type);
        }

        json.Line(trailing);
        if (field.IsCategorical)
        {
            json.Line(field.IsNullable ? "      \"categorical\": true," : "      \"categorical\": true");
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

    /// <summary>
    /// Where the schema text goes: a builder, as JSON or as the body of a verbatim literal, or nowhere but a count of
    /// the JSON. Lines end with <c>\n</c> on every platform, so the output is deterministic. Field names are validated
    /// identifiers; escaping keeps any input well-formed.
    /// </summary>
    private sealed class AvroText
    {
        private readonly StringBuilder? _builder;
        private readonly bool _asVerbatimLiteral;

        public AvroText(StringBuilder? builder, bool asVerbatimLiteral)
        {
            _builder = builder;
            _asVerbatimLiteral = asVerbatimLiteral;
        }

        /// <summary>The length of the JSON written, whatever the builder holds.</summary>
        public int Length { get; private set; }

        public AvroText Append(string text)
        {
            Length += text.Length;
            Put(text);
            return this;
        }

        public void Line(string text)
        {
            Append(text);
            Length++;
            _builder?.Append('\n');
        }

        public AvroText Quoted(string value)
        {
            Length += 2;
            if (!NeedsEscaping(value))
            {
                // Field, type and record names: nothing to escape, so they are copied whole.
                Length += value.Length;
                Put("\"");
                Put(value);
                Put("\"");
                return this;
            }

            Put("\"");
            foreach (var character in value)
            {
                switch (character)
                {
                    case '"':
                        Escaped("\\\"");
                        break;
                    case '\\':
                        Escaped("\\\\");
                        break;
                    case < ' ':
                        Escaped("\\u" + ((int)character).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                        break;
                    default:
                        Length++;
                        Put(character);
                        break;
                }
            }

            Put("\"");
            return this;
        }

        public override string ToString() => _builder?.ToString() ?? string.Empty;

        private static bool NeedsEscaping(string value)
        {
            foreach (var character in value)
            {
                if (character is < ' ' or '"' or '\\')
                {
                    return true;
                }
            }

            return false;
        }

        private void Escaped(string escape)
        {
            Length += escape.Length;
            Put(escape);
        }

        private void Put(char character)
        {
            _builder?.Append(character);
            if (character == '"' && _asVerbatimLiteral)
            {
                _builder?.Append('"');
            }
        }

        /// <summary>Appends JSON text; in a verbatim literal, a quote is written twice.</summary>
        private void Put(string text)
        {
            if (_builder is null)
            {
                return;
            }

            if (!_asVerbatimLiteral)
            {
                _builder.Append(text);
                return;
            }

            var start = 0;
            for (var quote = text.IndexOf('"'); quote >= 0; quote = text.IndexOf('"', start))
            {
                _builder.Append(text, start, quote + 1 - start).Append('"');
                start = quote + 1;
            }

            _builder.Append(text, start, text.Length - start);
        }
    }
}
