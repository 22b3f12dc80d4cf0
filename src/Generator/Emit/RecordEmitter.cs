using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// Emits the data-plane record of an Items, Users, Actions or Action interactions schema: <c>ToItem()</c> (…), the
/// runtime interface's member, and a nested builder that cuts instances into valid requests of at most 10 records.
/// The record's id travels as its own member; every other field is in <c>properties</c>, but for an action
/// interaction, whose reserved fields are all members.
/// </summary>
internal static class RecordEmitter
{
    private const string S = CodeNames.Serialization;

    public static SchemaFilePart Part(SchemaModel model, RecordNames names) =>
        new(
            writer =>
            {
                if (model.Dataset == DatasetType.ActionInteractions)
                {
                    WriteToActionInteraction(writer, model, names);
                }
                else
                {
                    WriteToRecord(writer, model, names);
                }

                writer.Line();
                WriteBuilder(writer, model, names);
            },
            model.Dataset == DatasetType.ActionInteractions
                ? helpers => helpers.Line($"internal static readonly string[] {CodeNames.DeclaredEventTypesField} = {new StringArrayCode<string>(model.EventTypes, static eventType => eventType, initializer: true)};")
                : null);

    private static FieldModel Required(SchemaModel model, string fieldName) =>
        model.Field(fieldName) ?? throw new System.InvalidOperationException(fieldName + " is required by the parser.");

    /// <summary><c>ToItem()</c>, <c>ToUser()</c>, <c>ToAction()</c>: the id and the <c>properties</c> string.</summary>
    private static void WriteToRecord(IndentedWriter writer, SchemaModel model, RecordNames names)
    {
        var id = Required(model, model.Dataset.RequiredFields[0]);
        var noun = model.Dataset.RecordNoun;
        writer.Line("/// <summary>");
        writer.Line($"/// This {noun} as one record of a {model.Dataset.Operation} call: {id.FieldName} as its <c>{id.PropertiesKey}</c>, every other field in");
        writer.Line("/// its <c>properties</c>.");
        writer.Line("/// </summary>");
        writer.Line("/// <exception cref=\"global::SchemaGen.Serialization.InteractionFormatException\">A value cannot be sent (a null id, NaN, milliseconds in an epoch-seconds field, …).</exception>");
        writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
        writer.Line($"public {names.RecordType} {names.ToMethod}() => {names.Factory}({FieldCode.NonNull(id, id.PropertiesKey)}, {S}.EventMembers.PropertiesOrNull(this.ToPropertiesJson()));");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line($"{names.RecordType} {names.Interface}.{names.ToMethod}() => this.{names.ToMethod}();");
    }

    /// <summary><c>ToActionInteraction(sessionId, eventId)</c>: the reserved fields as members, the metadata in <c>properties</c>.</summary>
    private static void WriteToActionInteraction(IndentedWriter writer, SchemaModel model, RecordNames names)
    {
        var schemaName = CodeNames.Literal(model.SchemaName);
        var eventType = Required(model, ReservedFields.EventType);
        var recommendationId = model.Field(ReservedFields.RecommendationId);
        var impression = model.Field(ReservedFields.Impression);
        writer.Line("/// <summary>");
        writer.Line("/// This action interaction as one event of a PutActionInteractions call: USER_ID, ACTION_ID, TIMESTAMP, EVENT_TYPE,");
        writer.Line("/// RECOMMENDATION_ID and IMPRESSION become its own members, the other fields its <c>properties</c>.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"sessionId\">The session the interaction belongs to.</param>");
        writer.Line("/// <param name=\"eventId\">The event's id; the service generates one when null.</param>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">The event type is not one of the schema's declared <c>EventTypes</c>.</exception>");
        writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
        writer.OpenBlock($"public {names.RecordType} {names.ToMethod}(string sessionId, string? eventId = null)");
        writer.Line($"string __eventType = {S}.EventMembers.EnsureDeclared({FieldCode.NonNull(eventType, eventType.PropertiesKey)}, {CodeNames.DeclaredEventTypes}, {schemaName});");
        writer.Line($"return {names.Factory}(");
        writer.Line($"    actionId: {MemberValue(Required(model, ReservedFields.ActionId))},");
        writer.Line($"    userId: {MemberValue(Required(model, ReservedFields.UserId))},");
        writer.Line("    sessionId: sessionId,");
        writer.Line($"    timestamp: {FieldCode.Instant(Required(model, ReservedFields.Timestamp))},");
        writer.Line("    eventType: __eventType,");
        writer.Line("    eventId: eventId,");
        writer.Line(recommendationId is null ? "    recommendationId: null," : $"    recommendationId: {MemberValue(recommendationId)},");
        writer.Line(impression is null ? "    impression: null," : $"    impression: {S}.EventMembers.Impression({MemberValue(impression)}),");
        writer.Line(PropertiesFields.InOrder(model).Count > 0 ? $"    properties: {S}.EventMembers.PropertiesOrNull(this.ToPropertiesJson()));" : "    properties: null);");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line($"{names.RecordType} {names.Interface}.{names.ToMethod}(string sessionId, string? eventId) => this.{names.ToMethod}(sessionId, eventId);");
    }

    /// <summary>A field's value as a record member: a null in a non-nullable field is refused naming the member.</summary>
    private static string MemberValue(FieldModel field) =>
        field.IsNullable ? CodeNames.Member(field).ToString() : FieldCode.NonNull(field, field.PropertiesKey).ToString();

    private static void WriteBuilder(IndentedWriter writer, SchemaModel model, RecordNames names)
    {
        var isInteraction = model.Dataset == DatasetType.ActionInteractions;
        var target = isInteraction ? "trackingId" : "datasetArn";
        var noun = model.Dataset.RecordNoun;
        writer.Line("/// <summary>");
        writer.Line($"/// Collects {CodeNames.Identifier(model.TypeName)} {noun}s and cuts them into {model.Dataset.Operation} requests of at most 10, in the");
        writer.Line("/// order they were added.");
        writer.Line("/// </summary>");
        writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
        writer.OpenBlock($"public sealed class {names.Builder}");
        writer.Line($"private readonly string _{target};");
        writer.Line($"private readonly global::System.Collections.Generic.List<{names.RecordType}> _records = new global::System.Collections.Generic.List<{names.RecordType}>();");
        writer.Line();
        writer.Line(isInteraction
            ? "/// <param name=\"trackingId\">The action interaction event tracker's id (created with the Action interactions dataset).</param>"
            : $"/// <param name=\"datasetArn\">The ARN of the {model.Dataset.RecordName} dataset (<c>…:dataset/&lt;dataset group&gt;/{model.Dataset.RecordName.ToUpperInvariant()}</c>).</param>");
        writer.Line($"public {names.Builder}(string {target}) => _{target} = {target} ?? throw new global::System.ArgumentNullException(\"{target}\");");
        writer.Line();
        writer.Line($"/// <summary>How many {noun}s were added.</summary>");
        writer.Line("public int Count => _records.Count;");
        writer.Line();
        if (isInteraction)
        {
            writer.Line("/// <summary>Adds one action interaction of <paramref name=\"sessionId\"/>.</summary>");
            writer.OpenBlock($"public {names.Builder} Add(string sessionId, {model.FullyQualifiedName} {names.Parameter}, string? eventId = null)");
        }
        else
        {
            writer.Line($"/// <summary>Adds one {noun}.</summary>");
            writer.OpenBlock($"public {names.Builder} Add({model.FullyQualifiedName} {names.Parameter})");
        }

        if (!model.IsValueType)
        {
            writer.OpenBlock($"if ({names.Parameter} is null)");
            writer.Line($"throw new global::System.ArgumentNullException(\"{names.Parameter}\");");
            writer.CloseBlock();
            writer.Line();
        }

        writer.Line(isInteraction ? $"_records.Add({names.Parameter}.{names.ToMethod}(sessionId, eventId));" : $"_records.Add({names.Parameter}.{names.ToMethod}());");
        writer.Line("return this;");
        writer.CloseBlock();
        writer.Line();
        writer.Line($"/// <summary>The requests: at most 10 {noun}s each, in the order they were added.</summary>");
        writer.Line($"public global::System.Collections.Generic.IReadOnlyList<{names.Request}> Build() => {names.Request}.Batch(_{target}, _records);");
        writer.CloseBlock();
    }
}
