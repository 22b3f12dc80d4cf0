using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Avro;

/// <summary>
/// Reads the Avro JSON of a Personalize schema of any dataset type — a flat record named after its dataset type — and
/// checks it against the rules of that type and of the domain it is read for (Developer Guide: custom datasets and
/// schemas, domain datasets, limits). The one reader of the local endpoint's CreateSchema and the tool's importer:
/// each refusal names the field and the rule, with the id of the generator's rule that refuses the same declaration.
/// </summary>
internal static class AvroSchemaReader
{
    /// <summary>The Avro primitive types a Personalize schema field may have.</summary>
    public static IReadOnlyList<string> PrimitiveTypes { get; } = new[] { "string", "int", "long", "float", "double", "boolean" };

    /// <exception cref="AvroSchemaException">The schema breaks a rule.</exception>
    public static AvroSchema Read(string avroJson, SchemaDomain? domain)
    {
        if (avroJson.Length > SchemaLimits.MaxAvroSchemaLength)
        {
            throw new AvroSchemaException("SG1017", $"the schema is {avroJson.Length} characters; the limit is {SchemaLimits.MaxAvroSchemaLength}");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(avroJson);
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new AvroSchemaException(null, "the schema is not valid JSON: " + exception.Message);
        }

        if (root.ValueKind != JsonValueKind.Object || Text(root, "type") != "record")
        {
            throw new AvroSchemaException(null, "the schema must be an Avro record (\"type\": \"record\")");
        }

        var recordName = Text(root, "name");
        var dataset = DatasetType.All.FirstOrDefault(type => type.RecordName == recordName)
            ?? throw new AvroSchemaException(null, "the record is named '" + recordName + "'; a Personalize schema's record is named after its dataset type: " + string.Join(", ", DatasetType.All.Select(type => type.RecordName)));

        if (domain is not null && !dataset.AllowsDomain)
        {
            throw new AvroSchemaException(null, "a " + dataset.RecordName + " schema belongs to a custom dataset group only; it has no domain (" + domain.Name + ")");
        }

        if (!root.TryGetProperty("fields", out var fieldsElement) || fieldsElement.ValueKind != JsonValueKind.Array || fieldsElement.GetArrayLength() == 0)
        {
            throw new AvroSchemaException(null, "the record needs a non-empty fields array");
        }

        var rules = new FieldRules(dataset, domain);
        var fields = new List<AvroField>();
        var seen = new Dictionary<string, string>(FieldNaming.Collisions);
        foreach (var element in fieldsElement.EnumerateArray())
        {
            var field = rules.Read(element);
            if (seen.TryGetValue(field.Name, out var other))
            {
                throw new AvroSchemaException("SG1005", $"fields {other} and {field.Name} have the same name once underscores and case are ignored; field names must be unique");
            }

            seen.Add(field.Name, field.Name);
            fields.Add(field);
        }

        rules.CheckSchema(fields);
        return new AvroSchema(dataset, domain, fields);
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>What the dataset type and domain make of each field, as the generator's schema kind does.</summary>
    private sealed class FieldRules(DatasetType dataset, SchemaDomain? domain)
    {
        private string Kind => domain is null ? dataset.RecordName : domain.Name + " " + dataset.RecordName;

        public AvroField Read(JsonElement element)
        {
            var name = element.ValueKind == JsonValueKind.Object ? Text(element, "name") : null;
            if (name is null)
            {
                throw new AvroSchemaException(null, "every field is an object with a name");
            }

            if (!FieldNaming.IsValidFieldName(name))
            {
                throw new AvroSchemaException("SG1004", $"field name '{name}' is invalid: a field name matches [A-Za-z_][A-Za-z0-9_]* and has at most {SchemaLimits.MaxFieldNameLength} characters");
            }

            var (type, nullable) = TypeOf(element, name);
            var categorical = Flag(element, "categorical", name);
            var textual = Flag(element, "textual", name);
            var domainField = domain?.Field(dataset, name);
            var fixedType = domainField?.AvroType ?? (dataset.IsReserved(name) ? ReservedFields.RequiredAvroType(name) : null);
            var marking = domainField?.Marking ?? FieldMarking.None;

            if (fixedType is not null && type != fixedType)
            {
                throw new AvroSchemaException("SG1007", $"field {name} has type {type}; in {Kind} schemas the field {name} has type {fixedType}");
            }

            if (nullable && IsRequired(name))
            {
                throw new AvroSchemaException("SG1007", $"field {name} is nullable; the required field {name} holds a value in every {dataset.RecordNoun}");
            }

            if (textual && (!dataset.AllowsTextual || type != "string"))
            {
                throw new AvroSchemaException("SG1029", dataset.AllowsTextual
                    ? $"field {name} is textual but of type {type}; only string fields can be textual"
                    : $"field {name} is textual; textual fields belong to Items schemas only");
            }

            if (categorical && type != "string")
            {
                throw new AvroSchemaException("SG1003", $"field {name} is categorical but of type {type}; only string fields can be categorical");
            }

            if (categorical && fixedType is not null && marking != FieldMarking.Categorical)
            {
                throw new AvroSchemaException("SG1003", $"field {name} is categorical; the field {name} of {Kind} schemas must not be");
            }

            if (marking == FieldMarking.Categorical && !categorical || marking == FieldMarking.Textual && !textual)
            {
                var mark = marking == FieldMarking.Categorical ? "categorical" : "textual";
                throw new AvroSchemaException("SG1027", $"field {name} is not marked \"{mark}\": true, which the {domain!.Name} domain requires of it");
            }

            return new AvroField(name, type, nullable, categorical, textual);
        }

        public void CheckSchema(List<AvroField> fields)
        {
            foreach (var required in RequiredFields())
            {
                if (!fields.Any(field => field.Name == required))
                {
                    throw new AvroSchemaException("SG1011", $"the schema has no {required} field, which every {Kind} schema needs");
                }
            }

            var metadata = fields.Count(field => !dataset.IsReserved(field.Name));
            if (metadata > dataset.MaxMetadataFields)
            {
                throw new AvroSchemaException("SG1013", $"the schema has {metadata} metadata fields; a {dataset.RecordName} schema has at most {dataset.MaxMetadataFields}, reserved fields not counted");
            }

            if (metadata == 0 && dataset.NeedsMetadataField)
            {
                throw new AvroSchemaException("SG1028", $"the schema has no metadata field; a {dataset.RecordName} schema needs at least one besides its reserved fields ({string.Join(", ", dataset.RequiredFields.Concat(dataset.OptionalReservedFields))})");
            }

            var textual = fields.Where(field => field.Textual).Select(field => field.Name).ToArray();
            if (textual.Length > 1)
            {
                throw new AvroSchemaException("SG1029", $"fields {string.Join(" and ", textual)} are textual; an Items schema has at most one textual field");
            }
        }

        private bool IsRequired(string name) => dataset.IsRequired(name) || domain?.Field(dataset, name) is { IsRequired: true };

        private IEnumerable<string> RequiredFields() =>
            dataset.RequiredFields.Concat((domain?.FieldsOf(dataset) ?? Array.Empty<DomainField>()).Where(field => field.IsRequired).Select(field => field.Name)).Distinct();

        private static (string Type, bool Nullable) TypeOf(JsonElement field, string name)
        {
            if (!field.TryGetProperty("type", out var type))
            {
                throw new AvroSchemaException("SG1002", $"field {name} has no type");
            }

            if (type.ValueKind == JsonValueKind.String)
            {
                return (Primitive(type.GetString()!, name), false);
            }

            // Either order: Avro's unions are unordered for a field without a default.
            if (type.ValueKind == JsonValueKind.Array && type.GetArrayLength() == 2
                && type[0].ValueKind == JsonValueKind.String && type[1].ValueKind == JsonValueKind.String)
            {
                var first = type[0].GetString()!;
                var second = type[1].GetString()!;
                if (first == "null" ^ second == "null")
                {
                    return (Primitive(first == "null" ? second : first, name), true);
                }
            }

            throw new AvroSchemaException("SG1002", $"field {name} has type {type.GetRawText()}; the schema is flat: a field is one of {string.Join(", ", PrimitiveTypes)}, or a union of one of them with null");
        }

        private static string Primitive(string type, string name) =>
            PrimitiveTypes.Contains(type)
                ? type
                : throw new AvroSchemaException("SG1002", $"field {name} has type {type}; allowed types are {string.Join(", ", PrimitiveTypes)} (or a union of one with null)");

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
                _ => throw new AvroSchemaException(null, $"field {name} has \"{flag}\": {value.GetRawText()}; it is true or false"),
            };
        }
    }
}
