using System.Text;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Personalize;

/// <summary>
/// Writes the Avro schema JSON that <c>CreateSchema</c> takes, from the model alone. Output is pretty-printed
/// with a two-space indent, <c>\n</c> line ends and no trailing spaces, so it is identical on every machine.
/// </summary>
internal static class AvroSchemaWriter
{
    /// <summary>The schema's <c>version</c> member.</summary>
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
        json.Fixed(Header(model.Dataset));
        if (model.Fields.Count == 0)
        {
            json.Fixed(NoFields);
        }
        else
        {
            json.Fixed(FieldsOpen);
            for (var i = 0; i < model.Fields.Count; i++)
            {
                var field = model.Fields[i];
                json.Fixed(FieldOpen);
                json.Escaped(field.FieldName);
                json.Fixed(FieldRest(field.AvroType, field.IsNullable, field.IsCategorical, field.IsTextual, isLast: i == model.Fields.Count - 1));
            }

            json.Fixed(FieldsClose);
        }

        json.Fixed(Footer);
    }

    // The schema's text, but for the field names, is made of these pieces; each is kept as JSON and as the body of a
    // verbatim literal, so a schema is written in a few appends per field rather than a dozen.
    private static readonly FixedText[] Headers = CreateHeaders();

    /// <summary>The record's opening, named after its dataset type.</summary>
    private static FixedText Header(DatasetType dataset) => Headers[dataset.Ordinal];

    private static FixedText[] CreateHeaders()
    {
        var headers = new FixedText[DatasetType.All.Count];
        for (var i = 0; i < headers.Length; i++)
        {
            headers[i] = new FixedText("{\n  \"type\": \"record\",\n  \"name\": \"" + DatasetType.All[i].RecordName + "\",\n  \"namespace\": \"" + DatasetType.RecordNamespace + "\",\n");
        }

        return headers;
    }

    private static readonly FixedText NoFields = new("  \"fields\": [],\n");
    private static readonly FixedText FieldsOpen = new("  \"fields\": [\n");
    private static readonly FixedText FieldsClose = new("  ],\n");
    private static readonly FixedText Footer = new("  \"version\": \"" + SchemaVersion + "\"\n}");

    /// <summary>A field up to its name's text, inside the name's quotes.</summary>
    private static readonly FixedText FieldOpen = new("    {\n      \"name\": \"");

    /// <summary>Every field's text after its name: one per type, nullability, categorical and textual flags and place in the list.</summary>
    private static readonly FixedText[] FieldRests = CreateFieldRests();

    private const int Variants = 16;

    private static FixedText FieldRest(AvroType type, bool isNullable, bool isCategorical, bool isTextual, bool isLast) =>
        FieldRests[((int)type * Variants) + (isTextual ? 8 : 0) + (isNullable ? 4 : 0) + (isCategorical ? 2 : 0) + (isLast ? 1 : 0)];

    private static FixedText[] CreateFieldRests()
    {
        var types = (AvroType[])System.Enum.GetValues(typeof(AvroType));
        var rests = new FixedText[types.Length * Variants];
        foreach (var type in types)
        {
            for (var variant = 0; variant < Variants; variant++)
            {
                rests[((int)type * Variants) + variant] = new FixedText(FieldRestText(
                    AvroTypeName(type),
                    isNullable: (variant & 4) != 0,
                    isCategorical: (variant & 2) != 0,
                    isTextual: (variant & 8) != 0,
                    isLast: (variant & 1) != 0));
            }
        }

        return rests;
    }

    private static string FieldRestText(string type, bool isNullable, bool isCategorical, bool isTextual, bool isLast)
    {
        var text = new StringBuilder("\",\n      \"type\": ");

        // A nullable field is a union whose first branch is "null", so its default can be null (Avro spec).
        text.Append(isNullable ? "[\"null\", \"" + type + "\"]" : "\"" + type + "\"");
        text.Append(isCategorical || isTextual || isNullable ? ",\n" : "\n");
        if (isCategorical)
        {
            text.Append(isNullable || isTextual ? "      \"categorical\": true,\n" : "      \"categorical\": true\n");
        }

        if (isTextual)
        {
            text.Append(isNullable ? "      \"textual\": true,\n" : "      \"textual\": true\n");
        }

        if (isNullable)
        {
            text.Append("      \"default\": null\n");
        }

        return text.Append(isLast ? "    }\n" : "    },\n").ToString();
    }

    /// <summary>A piece of the schema's text, as JSON and with every quote doubled for a verbatim literal.</summary>
    private sealed class FixedText
    {
        public FixedText(string json)
        {
            Json = json;
            Verbatim = json.Replace("\"", "\"\"");
        }

        public string Json { get; }

        public string Verbatim { get; }
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

        public void Fixed(FixedText text)
        {
            Length += text.Json.Length;
            _builder?.Append(_asVerbatimLiteral ? text.Verbatim : text.Json);
        }

        /// <summary>A name's text inside its quotes, escaped as JSON needs; names with nothing to escape are copied whole.</summary>
        public void Escaped(string value)
        {
            if (!NeedsEscaping(value))
            {
                Length += value.Length;
                _builder?.Append(value);
                return;
            }

            foreach (var character in value)
            {
                switch (character)
                {
                    case '"':
                        Put("\\\"");
                        break;
                    case '\\':
                        Put("\\\\");
                        break;
                    case < ' ':
                        Put("\\u" + ((int)character).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                        break;
                    default:
                        Put(character.ToString());
                        break;
                }
            }
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

        /// <summary>Appends JSON text; in a verbatim literal, a quote is written twice.</summary>
        private void Put(string text)
        {
            Length += text.Length;
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
