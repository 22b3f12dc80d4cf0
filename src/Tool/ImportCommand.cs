using System.CommandLine;
using System.Text;
using System.Text.Json;
using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Tool;

/// <summary>
/// <c>schemagen import &lt;schema.avsc&gt;</c>: the schema class (<c>[InteractionsSchema]</c>, <c>[ItemsSchema]</c>, …, as
/// the record's name says) whose generated Avro schema is equivalent to an existing one (same fields, order, types,
/// categorical and textual flags). A schema SchemaGen cannot express is refused with the rule it breaks.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output)
    {
        var schema = new Argument<FileInfo>("schema") { Description = "The Avro schema (.avsc) of a dataset of any type." };
        var ns = new Option<string?>("--namespace") { Description = "The namespace of the class (none by default)." };
        var name = new Option<string?>("--name") { Description = "The class name (default: from the file name, such as MovieRatings for movie-ratings.avsc)." };
        var destination = new Option<FileInfo?>("--out") { Description = "The .cs file to write (default: <name>.cs in the current folder)." };
        var command = new Command("import", "Writes the schema class ([InteractionsSchema], [ItemsSchema], …) of an existing Avro schema.")
        {
            schema,
            ns,
            name,
            destination,
        };
        command.SetAction(parsed =>
        {
            var file = parsed.GetValue(schema)!;
            if (!file.Exists)
            {
                throw new ToolException(file.FullName + " does not exist");
            }

            var schemaName = Path.GetFileNameWithoutExtension(file.Name);
            var typeName = parsed.GetValue(name) ?? AvroImporter.TypeNameFor(schemaName);
            var code = AvroImporter.ToCSharp(File.ReadAllText(file.FullName), schemaName, typeName, parsed.GetValue(ns));
            var path = parsed.GetValue(destination)?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), typeName + ".cs");
            File.WriteAllText(path, code);
            output.WriteLine(file.Name + " -> " + path);
            return 0;
        });
        return command;
    }
}

/// <summary>Turns Avro schema JSON into the C# declaration the generator turns back into it.</summary>
internal static class AvroImporter
{
    /// <summary>A PascalCase type name for a schema name: <c>movie-ratings</c> → <c>MovieRatings</c>.</summary>
    public static string TypeNameFor(string schemaName)
    {
        var name = string.Concat(schemaName.Split(['-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + word.Substring(1)));
        return name.Length == 0 || char.IsDigit(name[0]) ? "Interactions" + name : name;
    }

    public static string ToCSharp(string avroJson, string schemaName, string typeName, string? ns)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(avroJson).RootElement;
        }
        catch (JsonException exception)
        {
            throw new ToolException("the schema is not valid JSON: " + exception.Message);
        }

        var recordName = root.ValueKind == JsonValueKind.Object && Text(root, "type") == "record" ? Text(root, "name") : null;
        var dataset = DatasetType.All.FirstOrDefault(type => type.RecordName == recordName)
            ?? throw new ToolException("a Personalize schema is an Avro record named after its dataset type: " + string.Join(", ", DatasetType.All.Select(type => type.RecordName)));

        if (!root.TryGetProperty("fields", out var fields) || fields.ValueKind != JsonValueKind.Array)
        {
            throw new ToolException("the record has no fields array");
        }

        var properties = new List<string>();
        var names = new List<string>();
        foreach (var field in fields.EnumerateArray())
        {
            var (declaration, fieldName) = Property(field, dataset);
            properties.Add(declaration);
            names.Add(fieldName);
        }

        foreach (var required in dataset.RequiredFields)
        {
            if (!names.Contains(required))
            {
                throw new ToolException("SG1011: the schema has no " + required + " field, which every " + dataset.RecordName + " schema needs");
            }
        }

        return Write(ns, schemaName, typeName, dataset, properties);
    }

    private static (string Declaration, string FieldName) Property(JsonElement field, DatasetType dataset)
    {
        var fieldName = Text(field, "name") ?? throw new ToolException("a field has no name");
        if (!FieldNaming.IsValidFieldName(fieldName))
        {
            throw new ToolException("SG1004: field name '" + fieldName + "' is invalid: a field name matches [A-Za-z_][A-Za-z0-9_]*");
        }

        var (avroType, nullable) = AvroType(field, fieldName);
        var clrType = avroType switch
        {
            "string" => "string",
            "int" => "int",
            "long" => "long",
            "float" => "float",
            "double" => "double",
            "boolean" => "bool",
            _ => throw new ToolException("SG1002: field " + fieldName + " has Avro type " + avroType + ", which no flat C# property maps to"),
        };

        if (nullable && dataset.IsRequired(fieldName))
        {
            throw new ToolException("SG1007: field " + fieldName + " is nullable, but every record must hold it");
        }

        if (dataset.IsReserved(fieldName) && ReservedFields.RequiredAvroType(fieldName) is { } reservedType && reservedType != avroType)
        {
            throw new ToolException("SG1007: field " + fieldName + " has Avro type " + avroType + ", but in " + dataset.RecordName + " schemas this reserved field is " + reservedType);
        }

        var textual = field.TryGetProperty("textual", out var textualFlag) && textualFlag.ValueKind == JsonValueKind.True;
        if (textual && (!dataset.AllowsTextual || avroType != "string"))
        {
            throw new ToolException("SG1029: field " + fieldName + " is textual, but only a string field of an Items schema can be");
        }

        var categorical = field.TryGetProperty("categorical", out var flag) && flag.ValueKind == JsonValueKind.True;
        if (categorical && avroType != "string")
        {
            throw new ToolException("SG1003: field " + fieldName + " is categorical but of Avro type " + avroType + "; only strings can be categorical");
        }

        var propertyName = PascalCase(fieldName.Split('_', StringSplitOptions.RemoveEmptyEntries));
        var attributes = new StringBuilder();
        if (categorical)
        {
            attributes.Append("[Categorical] ");
        }

        if (textual)
        {
            attributes.Append("[Textual] ");
        }

        // The generator names the field after the property; where that gives another name, the field says so.
        if (FieldNaming.ToFieldName(propertyName) != fieldName)
        {
            attributes.Append("[SchemaField(\"").Append(fieldName).Append("\")] ");
        }

        var type = clrType + (nullable ? "?" : string.Empty);
        var initializer = clrType == "string" && !nullable ? " = \"\";" : string.Empty;
        return (attributes + "public " + type + " " + propertyName + " { get; set; }" + initializer, fieldName);
    }

    private static (string Type, bool Nullable) AvroType(JsonElement field, string fieldName)
    {
        if (!field.TryGetProperty("type", out var type))
        {
            throw new ToolException("field " + fieldName + " has no type");
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return (type.GetString()!, false);
        }

        if (type.ValueKind == JsonValueKind.Array && type.GetArrayLength() == 2 && type[0].ValueKind == JsonValueKind.String && type[0].GetString() == "null"
            && type[1].ValueKind == JsonValueKind.String)
        {
            return (type[1].GetString()!, true);
        }

        throw new ToolException("SG1002: field " + fieldName + " has Avro type " + type.GetRawText() + "; only a primitive or [\"null\", primitive] maps to a property");
    }

    private static string Write(string? ns, string schemaName, string typeName, DatasetType dataset, List<string> properties)
    {
        var code = new StringBuilder();
        code.Append("// Imported by schemagen from the Avro schema '").Append(schemaName).Append("'.\n");
        code.Append("using SchemaGen;\n\n");
        if (!string.IsNullOrEmpty(ns))
        {
            code.Append("namespace ").Append(ns).Append(";\n\n");
        }

        var attribute = dataset.RecordName + "Schema";
        code.Append(typeName == schemaName ? "[" + attribute + "]\n" : "[" + attribute + "(Name = \"" + schemaName + "\")]\n");
        code.Append("public partial class ").Append(typeName).Append('\n').Append("{\n");
        foreach (var property in properties)
        {
            code.Append("    ").Append(property).Append('\n');
        }

        return code.Append("}\n").ToString();
    }

    private static string PascalCase(IEnumerable<string> words)
    {
        var name = new StringBuilder();
        foreach (var word in words)
        {
            name.Append(char.ToUpperInvariant(word[0])).Append(word.Substring(1).ToLowerInvariant());
        }

        return name.ToString();
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
