using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// Emits the partial declaration added to one schema type: <c>AvroSchemaJson</c>, <c>SchemaInfo</c> and the
/// runtime interface of its dataset type (<c>global::SchemaGen.IInteractionsSchema</c>, <c>IItemsSchema</c>, …).
/// </summary>
internal static class SchemaTypeEmitter
{
    private const string AvroSchemaJsonName = "AvroSchemaJson";

    /// <summary>Every schema type implements the runtime's interface of its dataset type.</summary>
    public static string BaseList(SchemaModel model) =>
        " : " + (RecordNames.Of(model.Dataset)?.Interface ?? "global::SchemaGen.IInteractionsSchema");

    public static SchemaFilePart Part(SchemaModel model) =>
        new(writer =>
        {
            WriteAvroSchemaJson(writer, model);
            writer.Line();
            WriteSchemaInfo(writer, model);
            writer.Line();
            if (model.Dataset == DatasetType.Interactions)
            {
                writer.Line("/// <inheritdoc />");
                writer.Line("global::SchemaGen.InteractionsSchemaInfo global::SchemaGen.IInteractionsSchema.Schema => SchemaInfo;");
                writer.Line();
            }

            writer.Line("/// <inheritdoc />");
            writer.Line("global::SchemaGen.DatasetSchemaInfo global::SchemaGen.IDatasetSchema.Schema => SchemaInfo;");
        });

    /// <summary>The schema recorded in the assembly's metadata, for tools that read built assemblies (schemagen export).</summary>
    /// <remarks>
    /// The attribute names the <c>AvroSchemaJson</c> constant where the assembly can see it, rather than repeating the
    /// schema as a second, escaped literal: the file is smaller for the compiler to parse, and the metadata holds the
    /// same string either way.
    /// </remarks>
    public static string EmbeddedSchemaAttribute(SchemaModel model) =>
        "[assembly: global::SchemaGen.EmbeddedAvroSchema(" + CodeNames.Literal(model.SchemaName).ToString() + ", "
        + CodeNames.Literal(model.FullyQualifiedName.Replace("global::", string.Empty)).ToString() + ", "
        + (model.IsVisibleToAssembly ? model.FullyQualifiedName + "." + AvroSchemaJsonName : CodeNames.Literal(AvroSchemaWriter.Write(model)).ToString()) + ")]";

    private static void WriteAvroSchemaJson(IndentedWriter writer, SchemaModel model)
    {
        writer.Line("/// <summary>");
        writer.Line($"/// The Avro schema of this {DatasetName(model.Dataset)} dataset, as <c>CreateSchema</c> takes it in its <c>schema</c> member.");
        writer.Line("/// </summary>");
        writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
        // A verbatim literal keeps the schema readable in the IDE; its lines must not be indented, or the
        // indentation would become part of the string.
        writer.Line($"public const string {AvroSchemaJsonName} = {new AvroSchemaLiteralCode(model)};");
    }

    private static void WriteSchemaInfo(IndentedWriter writer, SchemaModel model)
    {
        var infoType = model.Dataset == DatasetType.Interactions ? "global::SchemaGen.InteractionsSchemaInfo" : "global::SchemaGen.DatasetSchemaInfo";
        writer.Line("/// <summary>");
        writer.Line("/// This schema's name, dataset type, domain, Avro schema JSON, field names (in CSV column order) and declared event types.");
        writer.Line("/// </summary>");
        writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
        writer.Line($"public static {infoType} SchemaInfo {{ get; }} = new {infoType}(");
        writer.Line($"    {CodeNames.Literal(model.SchemaName)},");
        writer.Line($"    typeof({model.FullyQualifiedName}),");
        if (model.Dataset != DatasetType.Interactions)
        {
            writer.Line($"    global::SchemaGen.PersonalizeDatasetType.{model.Dataset.RecordName},");
        }

        if (model.Dataset != DatasetType.Interactions || model.Kind.Domain is not null)
        {
            writer.Line($"    global::SchemaGen.PersonalizeDomain.{KnownNames.DomainMemberOf(model.Kind.Domain)},");
        }

        writer.Line("    AvroSchemaJson,");
        writer.Line($"    {new StringArrayCode<FieldModel>(model.Fields, static field => field.FieldName)},");
        writer.Line($"    {new StringArrayCode<string>(model.EventTypes, static eventType => eventType)});");
    }

    /// <summary>The dataset type as the guide writes it in prose.</summary>
    private static string DatasetName(DatasetType dataset) => dataset == DatasetType.ActionInteractions ? "Action interactions" : dataset.RecordName;
}
