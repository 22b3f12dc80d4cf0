using System.Text.Json;
using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Personalize;
using SchemaGen.LocalEndpoint.Protocol;

namespace SchemaGen.LocalEndpoint.Schemas;

/// <summary>
/// An Interactions schema as <c>CreateSchema</c> accepts it: Avro JSON of a flat record named <c>Interactions</c>
/// whose fields follow the Developer Guide's rules. Each refusal is an <c>InvalidInputException</c> naming the
/// field and the rule.
/// </summary>
internal sealed class InteractionsSchemaDefinition
{
    private static readonly string[] AllowedTypes = ["string", "int", "long", "float", "double", "boolean"];

    private InteractionsSchemaDefinition(IReadOnlyList<SchemaField> fields) => Fields = fields;

    /// <summary>The fields in schema order, which is the bulk-import CSV's column order.</summary>
    public IReadOnlyList<SchemaField> Fields { get; }

    public SchemaField? Field(string name) => Fields.FirstOrDefault(field => field.Name == name);

    public static InteractionsSchemaDefinition Parse(string avroJson)
    {
        if (avroJson.Length > SchemaLimits.MaxAvroSchemaLength)
        {
            throw Invalid($"the schema is {avroJson.Length} characters; the limit is {SchemaLimits.MaxAvroSchemaLength}");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(avroJson);
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw Invalid("the schema is not valid JSON: " + exception.Message);
        }

        if (root.ValueKind != JsonValueKind.Object || Text(root, "type") != "record")
        {
            throw Invalid("the schema must be an Avro record (\"type\": \"record\")");
        }

        if (Text(root, "name") != DatasetType.Interactions.RecordName)
        {
            throw Invalid("the record of an Interactions schema is named " + DatasetType.Interactions.RecordName + ", not '" + Text(root, "name") + "'");
        }

        if (!root.TryGetProperty("fields", out var fieldsElement) || fieldsElement.ValueKind != JsonValueKind.Array || fieldsElement.GetArrayLength() == 0)
        {
            throw Invalid("the record needs a non-empty fields array");
        }

        var fields = new List<SchemaField>();
        var seen = new Dictionary<string, string>(FieldNaming.Collisions);
        foreach (var element in fieldsElement.EnumerateArray())
        {
            var field = Field(element);
            if (seen.TryGetValue(field.Name, out var other))
            {
                throw Invalid($"fields {other} and {field.Name} have the same name once underscores and case are ignored; field names must be unique");
            }

            seen.Add(field.Name, field.Name);
            fields.Add(field);
        }

        foreach (var required in DatasetType.Interactions.RequiredFields)
        {
            if (!seen.ContainsValue(required))
            {
                throw Invalid($"the schema has no {required} field, which every Interactions schema needs");
            }
        }

        var metadata = fields.Count(field => !DatasetType.Interactions.IsReserved(field.Name));
        if (metadata > DatasetType.Interactions.MaxMetadataFields)
        {
            throw Invalid($"the schema has {metadata} metadata fields; an Interactions schema has at most {DatasetType.Interactions.MaxMetadataFields}, reserved fields not counted");
        }

        return new InteractionsSchemaDefinition(fields);
    }

    private static SchemaField Field(JsonElement element)
    {
        var name = element.ValueKind == JsonValueKind.Object ? Text(element, "name") : null;
        if (name is null)
        {
            throw Invalid("every field is an object with a name");
        }

        if (!FieldNaming.IsValidFieldName(name))
        {
            throw Invalid($"field name '{name}' is invalid: a field name matches [A-Za-z_][A-Za-z0-9_]* and has at most {SchemaLimits.MaxFieldNameLength} characters");
        }

        var (type, nullable) = Type(element, name);
        var categorical = Flag(element, "categorical", name);
        if (Flag(element, "textual", name))
        {
            throw Invalid($"field {name} is textual; textual fields belong to Items schemas only");
        }

        if (categorical && (type != "string" || DatasetType.Interactions.IsReserved(name)))
        {
            throw Invalid(DatasetType.Interactions.IsReserved(name)
                ? $"field {name} is categorical; the reserved field {name} must not be"
                : $"field {name} is categorical but of type {type}; only string fields can be categorical");
        }

        if (DatasetType.Interactions.IsReserved(name) && ReservedFields.RequiredAvroType(name) is { } required && type != required)
        {
            throw Invalid($"field {name} has type {type}; the reserved field {name} has type {required}");
        }

        if (nullable && DatasetType.Interactions.IsRequired(name))
        {
            throw Invalid($"field {name} is nullable; the required field {name} holds a value in every record");
        }

        return new SchemaField(name, type, nullable, categorical);
    }

    private static (string Type, bool Nullable) Type(JsonElement field, string name)
    {
        if (!field.TryGetProperty("type", out var type))
        {
            throw Invalid($"field {name} has no type");
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return (Allowed(type.GetString()!, name), false);
        }

        if (type.ValueKind == JsonValueKind.Array && type.GetArrayLength() == 2
            && type[0].ValueKind == JsonValueKind.String && type[1].ValueKind == JsonValueKind.String)
        {
            var first = type[0].GetString()!;
            var second = type[1].GetString()!;
            if (first == "null" ^ second == "null")
            {
                return (Allowed(first == "null" ? second : first, name), true);
            }
        }

        throw Invalid($"field {name} has type {type.GetRawText()}; the schema is flat: a field is one of {string.Join(", ", AllowedTypes)}, or a union of one of them with null");
    }

    private static string Allowed(string type, string name) =>
        Array.IndexOf(AllowedTypes, type) >= 0
            ? type
            : throw Invalid($"field {name} has type {type}; allowed types are {string.Join(", ", AllowedTypes)} (or a union of one with null)");

    private static bool Flag(JsonElement field, string flag, string name)
    {
        if (!field.TryGetProperty(flag, out var value))
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Invalid($"field {name} has \"{flag}\": {value.GetRawText()}; it is true or false"),
        };
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ServiceError Invalid(string reason) => ServiceError.InvalidInput("Invalid schema: " + reason + ".");
}
