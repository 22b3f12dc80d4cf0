using System.CommandLine;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SchemaGen.Tool;

/// <summary>
/// <c>schemagen export &lt;assembly&gt; --out &lt;dir&gt;</c>: one <c>&lt;schema name&gt;.avsc</c> per schema type of a built
/// assembly, read from the <c>[assembly: EmbeddedAvroSchema]</c> records the generator adds; no user code runs.
/// <c>--shipped &lt;dir&gt;</c> writes the same files as the project's shipped schemas, which SG1030 compares each
/// schema type with: the folder must be named <c>ShippedSchemas</c>, as the analyzer looks for it.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output)
    {
        var assembly = new Argument<FileInfo>("assembly") { Description = "The built assembly (.dll) whose schemas to export." };
        var directory = new Option<DirectoryInfo?>("--out") { Description = "The folder to write <schema name>.avsc files into." };
        var shipped = new Option<DirectoryInfo?>("--shipped") { Description = "The project's ShippedSchemas folder: the schemas as deployed, which the build compares each schema type with (SG1030)." };
        var command = new Command("export", "Writes the Avro schema of every schema type (of every dataset type) of a built assembly, for CloudFormation or Terraform, or as the schemas shipped.")
        {
            assembly,
            directory,
            shipped,
        };
        command.SetAction(parsed => Run(parsed.GetValue(assembly)!, Destination(parsed.GetValue(directory), parsed.GetValue(shipped)), output));
        return command;
    }

    /// <summary>The one folder to write into: <c>--out</c>, or <c>--shipped</c>, which must be named as the analyzer looks for it.</summary>
    private static DirectoryInfo Destination(DirectoryInfo? directory, DirectoryInfo? shipped)
    {
        if (directory is not null == shipped is not null)
        {
            throw new ToolException("give either --out <dir> or --shipped <dir>");
        }

        if (shipped is not null && !string.Equals(shipped.Name, "ShippedSchemas", StringComparison.OrdinalIgnoreCase))
        {
            throw new ToolException("--shipped names the project's ShippedSchemas folder (the build reads shipped schemas from a folder of that name), not '" + shipped.Name + "'");
        }

        return (directory ?? shipped)!;
    }

    private static int Run(FileInfo assembly, DirectoryInfo directory, TextWriter output)
    {
        var schemas = EmbeddedSchemaReader.Read(assembly);
        if (schemas.Count == 0)
        {
            throw new ToolException(assembly.Name + " holds no schema types (or was built without the SchemaGen generator)");
        }

        directory.Create();
        foreach (var schema in schemas)
        {
            var path = Path.Combine(directory.FullName, schema.SchemaName + ".avsc");
            File.WriteAllText(path, schema.AvroSchemaJson + "\n");
            output.WriteLine(schema.TypeName + " -> " + path);
        }

        return 0;
    }
}

/// <summary>One schema recorded in an assembly.</summary>
internal sealed record EmbeddedSchema(string SchemaName, string TypeName, string AvroSchemaJson);

/// <summary>Reads <c>EmbeddedAvroSchemaAttribute</c>s from an assembly's metadata with System.Reflection.Metadata.</summary>
internal static class EmbeddedSchemaReader
{
    public static IReadOnlyList<EmbeddedSchema> Read(FileInfo assembly)
    {
        if (!assembly.Exists)
        {
            throw new ToolException(assembly.FullName + " does not exist");
        }

        using var stream = assembly.OpenRead();
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            throw new ToolException(assembly.Name + " is not a .NET assembly");
        }

        var metadata = pe.GetMetadataReader();
        var schemas = new List<EmbeddedSchema>();
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (!IsEmbeddedSchema(metadata, attribute))
            {
                continue;
            }

            var value = attribute.DecodeValue(new StringOnlyTypeProvider());
            if (value.FixedArguments is [{ Value: string name }, { Value: string type }, { Value: string json }])
            {
                schemas.Add(new EmbeddedSchema(name, type, json));
            }
        }

        return schemas.OrderBy(schema => schema.TypeName, StringComparer.Ordinal).ToList();
    }

    private static bool IsEmbeddedSchema(MetadataReader metadata, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return false;
        }

        var parent = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        var type = metadata.GetTypeReference((TypeReferenceHandle)parent);
        return metadata.StringComparer.Equals(type.Namespace, "SchemaGen") && metadata.StringComparer.Equals(type.Name, "EmbeddedAvroSchemaAttribute");
    }

    /// <summary>The attribute takes three strings; every other type only needs a name to be skipped.</summary>
    private sealed class StringOnlyTypeProvider : ICustomAttributeTypeProvider<string>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSystemType() => "System.Type";

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeDefinition(handle).Name);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeReference(handle).Name);

        public string GetTypeFromSerializedName(string name) => name;

        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(string type) => type == "System.Type";
    }
}
