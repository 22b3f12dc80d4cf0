using System.CommandLine;
using System.Text;
using SchemaGen.Avro;
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
        var domain = new Option<string?>("--domain") { Description = "The domain of the schema's dataset group: ECOMMERCE or VIDEO_ON_DEMAND (none by default)." };
        domain.AcceptOnlyFromAmong(SchemaDomain.All.Select(value => value.Name).ToArray());
        var command = new Command("import", "Writes the schema class ([InteractionsSchema], [ItemsSchema], …) of an existing Avro schema.")
        {
            schema,
            ns,
            name,
            destination,
            domain,
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
            var schemaDomain = parsed.GetValue(domain) is { } domainName ? SchemaDomain.All.First(value => value.Name == domainName) : null;
            var code = AvroImporter.ToCSharp(File.ReadAllText(file.FullName), schemaName, typeName, parsed.GetValue(ns), schemaDomain);
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

    public static string ToCSharp(string avroJson, string schemaName, string typeName, string? ns, SchemaDomain? domain = null)
    {
        AvroSchema schema;
        try
        {
            schema = AvroSchemaReader.Read(avroJson, domain);
        }
        catch (AvroSchemaException exception)
        {
            // The generator's rule id, where one refuses the same declaration, so the message reads as the build's would.
            throw new ToolException((exception.RuleId is null ? string.Empty : exception.RuleId + ": ") + exception.Reason);
        }

        return Write(ns, schemaName, typeName, schema, schema.Fields.Select(Property).ToList());
    }

    private static string Property(AvroField field)
    {
        var clrType = field.Type switch
        {
            "boolean" => "bool",
            _ => field.Type,
        };

        var propertyName = PascalCase(field.Name.Split('_', StringSplitOptions.RemoveEmptyEntries));
        var attributes = new StringBuilder();
        if (field.Categorical)
        {
            attributes.Append("[Categorical] ");
        }

        if (field.Textual)
        {
            attributes.Append("[Textual] ");
        }

        // The generator names the field after the property; where that gives another name, the field says so.
        if (FieldNaming.ToFieldName(propertyName) != field.Name)
        {
            attributes.Append("[SchemaField(\"").Append(field.Name).Append("\")] ");
        }

        var type = clrType + (field.Nullable ? "?" : string.Empty);
        var initializer = clrType == "string" && !field.Nullable ? " = \"\";" : string.Empty;
        return attributes + "public " + type + " " + propertyName + " { get; set; }" + initializer;
    }

    private static string Write(string? ns, string schemaName, string typeName, AvroSchema schema, List<string> properties)
    {
        var code = new StringBuilder();
        code.Append("// Imported by schemagen from the Avro schema '").Append(schemaName).Append("'.\n");
        code.Append("using SchemaGen;\n\n");
        if (!string.IsNullOrEmpty(ns))
        {
            code.Append("namespace ").Append(ns).Append(";\n\n");
        }

        var arguments = new List<string>();
        if (typeName != schemaName)
        {
            arguments.Add("Name = \"" + schemaName + "\"");
        }

        if (schema.Domain is not null)
        {
            arguments.Add("Domain = PersonalizeDomain." + DomainMember(schema.Domain));
        }

        var attribute = schema.Dataset.RecordName + "Schema";
        code.Append('[').Append(attribute).Append(arguments.Count == 0 ? string.Empty : "(" + string.Join(", ", arguments) + ")").Append("]\n");
        code.Append("public partial class ").Append(typeName).Append('\n').Append("{\n");
        foreach (var property in properties)
        {
            code.Append("    ").Append(property).Append('\n');
        }

        return code.Append("}\n").ToString();
    }

    /// <summary>The <c>PersonalizeDomain</c> member of a domain: <c>VIDEO_ON_DEMAND</c> → <c>VideoOnDemand</c>.</summary>
    private static string DomainMember(SchemaDomain domain) => PascalCase(domain.Name.Split('_'));

    private static string PascalCase(IEnumerable<string> words)
    {
        var name = new StringBuilder();
        foreach (var word in words)
        {
            name.Append(char.ToUpperInvariant(word[0])).Append(word.Substring(1).ToLowerInvariant());
        }

        return name.ToString();
    }
}
