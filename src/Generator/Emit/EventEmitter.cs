using System.Collections.Generic;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// Emits <c>ToEvent(...)</c>, which turns an instance into one PutEvents event, and a nested
/// <c>PutEventsBuilder</c> that groups instances into valid requests. An event-type parameter appears only when
/// the schema cannot supply the type itself, so it cannot be forgotten.
/// </summary>
internal static class EventEmitter
{
    private const string S = CodeNames.Serialization;

    public static SchemaFilePart Part(SchemaModel model) =>
        new(
            writer =>
            {
                WriteToEvent(writer, model);
                writer.Line();
                WriteInterfaceMembers(writer, model);
                writer.Line();
                WriteBuilder(writer, model);
            },
            helpers =>
            {
                helpers.Line($"internal static readonly string[] {CodeNames.DeclaredEventTypesField} = {new StringArrayCode<string>(model.EventTypes, static eventType => eventType, initializer: true)};");
            });

    /// <summary>The local a nullable EVENT_TYPE's present value is bound to (one of the fixed generated names).</summary>
    private const string EventTypeValue = "__eventTypeValue";

    private static bool TakesEventType(SchemaModel model) => model.Field(ReservedFields.EventType) is null && model.EventTypes.Count != 1;

    // USER_ID, ITEM_ID and TIMESTAMP are always present: a schema without one is an error (SG1011) and
    // generates nothing.
    private static FieldModel Required(SchemaModel model, string fieldName) =>
        model.Field(fieldName) ?? throw new System.InvalidOperationException(fieldName + " is required by the parser.");

    private static void WriteToEvent(IndentedWriter writer, SchemaModel model)
    {
        writer.Line("/// <summary>");
        writer.Line("/// This interaction as one PutEvents event: ITEM_ID, TIMESTAMP, EVENT_TYPE, EVENT_VALUE, IMPRESSION,");
        writer.Line("/// RECOMMENDATION_ID and EVENT_ATTRIBUTION_SOURCE become the event's own members, the other fields its");
        writer.Line("/// <c>properties</c>. USER_ID belongs to the request (see <see cref=\"PutEventsBuilder\"/>).");
        writer.Line("/// </summary>");
        if (TakesEventType(model))
        {
            writer.Line("/// <param name=\"eventType\">The event type: the schema has no EVENT_TYPE field, and PutEvents requires one.</param>");
        }

        writer.Line("/// <param name=\"eventId\">The event's id; the service generates one when null.</param>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">The event type is not one of the schema's declared <c>EventTypes</c>.</exception>");
        writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
        writer.OpenBlock($"public global::SchemaGen.InteractionEvent ToEvent({(TakesEventType(model) ? "string eventType, " : string.Empty)}string? eventId = null)");
        writer.Line($"string __eventType = {S}.EventMembers.EnsureDeclared({EventTypeExpression(model)}, {CodeNames.DeclaredEventTypes}, {CodeNames.Literal(model.SchemaName)});");
        writer.Line("return " + S + ".EventMembers.SchemaEvent(");
        writer.Line("    eventType: __eventType,");
        writer.Line($"    sentAt: {SentAtExpression(model)},");
        writer.Line("    eventId: eventId,");
        WriteMemberArguments(writer, model);
        writer.CloseBlock();
    }

    /// <summary>
    /// The <c>IInteractionsSchema</c> members a generic sender needs, implemented explicitly so they add no name
    /// to the user's type: the request's user id, and <c>ToEvent</c> with the event type as an argument that only
    /// a schema which cannot supply its own takes.
    /// </summary>
    private static void WriteInterfaceMembers(IndentedWriter writer, SchemaModel model)
    {
        var schemaName = CodeNames.Literal(model.SchemaName);
        writer.Line("/// <inheritdoc />");
        writer.Line($"string global::SchemaGen.IInteractionsSchema.UserId => {UserIdExpression(model, "this")};");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.OpenBlock("global::SchemaGen.InteractionEvent global::SchemaGen.IInteractionsSchema.ToEvent(string? eventType, string? eventId)");
        if (TakesEventType(model))
        {
            writer.Line($"return this.ToEvent({S}.EventMembers.RequiredEventType(eventType, {schemaName}), eventId);");
        }
        else
        {
            writer.Line($"{S}.EventMembers.EnsureNoEventType(eventType, {schemaName});");
            writer.Line("return this.ToEvent(eventId);");
        }

        writer.CloseBlock();
    }

    /// <summary>The USER_ID of <paramref name="instance"/> as the request's <c>userId</c>; a null is refused naming the member.</summary>
    private static string UserIdExpression(SchemaModel model, string instance) =>
        $"{instance}.{CodeNames.Identifier(Required(model, ReservedFields.UserId).PropertyName).ToString()} ?? throw {S}.FieldFormat.NullValue({CodeNames.Literal(ReservedFields.EventMember(ReservedFields.UserId)).ToString()})";

    private static string EventTypeExpression(SchemaModel model)
    {
        var field = model.Field(ReservedFields.EventType);
        if (field is null)
        {
            return model.EventTypes.Count == 1 ? CodeNames.Literal(model.EventTypes[0]).ToString() : "eventType";
        }

        var member = ReservedFields.EventMember(ReservedFields.EventType);
        var value = new NameCode(EventTypeValue);
        return field.IsNullable
            ? $"({CodeNames.Member(field).ToString()} is {{ }} {value.ToString()} ? {FieldCode.AsText(field, value, member)} : throw {S}.FieldFormat.NullValue({CodeNames.Literal(member).ToString()}))"
            : FieldCode.AsText(field, FieldCode.NonNull(field, member), member);
    }

    private static string SentAtExpression(SchemaModel model) => FieldCode.Instant(Required(model, ReservedFields.Timestamp));

    /// <summary>A field's value as an event member: a null in a non-nullable field is refused naming the member.</summary>
    private static string MemberValue(FieldModel field) =>
        field.IsNullable ? CodeNames.Member(field).ToString() : FieldCode.NonNull(field, ReservedFields.EventMember(field.FieldName)).ToString();

    /// <summary>The constructor arguments for the event members, named; <c>null</c> for a field the schema lacks.</summary>
    private static void WriteMemberArguments(IndentedWriter writer, SchemaModel model)
    {
        var eventValue = model.Field(ReservedFields.EventValue);
        var recommendationId = model.Field(ReservedFields.RecommendationId);
        var impression = model.Field(ReservedFields.Impression);
        var source = model.Field(ReservedFields.EventAttributionSource);
        writer.Line($"    itemId: {MemberValue(Required(model, ReservedFields.ItemId))},");
        _ = eventValue switch
        {
            null => writer.Line("    eventValue: null,"),
            { ValueKind: ValueKind.Double } => writer.Line($"    eventValue: {S}.EventMembers.EventValue({CodeNames.Member(eventValue)}),"),
            _ => writer.Line($"    eventValue: {CodeNames.Member(eventValue)},"),
        };
        writer.Line(PropertiesFields.InOrder(model).Count > 0 ? "    properties: " + S + ".EventMembers.PropertiesOrNull(this.ToPropertiesJson())," : "    properties: null,");
        writer.Line(recommendationId is null ? "    recommendationId: null," : $"    recommendationId: {MemberValue(recommendationId)},");
        writer.Line(impression is null ? "    impression: null," : $"    impression: {S}.EventMembers.Impression({MemberValue(impression)}),");
        writer.Line(source is null ? "    metricAttribution: null);" : $"    metricAttribution: {S}.EventMembers.Attribution({MemberValue(source)}));");
    }

    private static void WriteBuilder(IndentedWriter writer, SchemaModel model)
    {
        var takesEventType = TakesEventType(model);
        writer.Line("/// <summary>");
        writer.Line($"/// Collects {CodeNames.Identifier(model.TypeName)} interactions and cuts them into PutEvents requests: one per session and");
        writer.Line("/// user, at most 10 events each, in the order they were added.");
        writer.Line("/// </summary>");
        writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
        writer.OpenBlock("public sealed class PutEventsBuilder");
        writer.Line("private readonly global::SchemaGen.PutEventsBatcher _batcher;");
        writer.Line();
        writer.Line("/// <param name=\"trackingId\">The event tracker's tracking id (from CreateEventTracker).</param>");
        writer.Line("public PutEventsBuilder(string trackingId) => _batcher = new global::SchemaGen.PutEventsBatcher(trackingId);");
        writer.Line();
        writer.Line("/// <summary>How many interactions were added.</summary>");
        writer.Line("public int Count => _batcher.Count;");
        writer.Line();
        writer.Line("/// <summary>Adds one interaction of <paramref name=\"sessionId\"/>.</summary>");
        writer.OpenBlock($"public PutEventsBuilder Add(string sessionId, {model.FullyQualifiedName} interaction, {(takesEventType ? "string eventType, " : string.Empty)}string? eventId = null)");
        if (!model.IsValueType)
        {
            writer.OpenBlock("if (interaction is null)");
            writer.Line("throw new global::System.ArgumentNullException(\"interaction\");");
            writer.CloseBlock();
            writer.Line();
        }

        writer.Line($"_batcher.Add(sessionId, {UserIdExpression(model, "interaction")}, interaction.ToEvent({(takesEventType ? "eventType, " : string.Empty)}eventId));");
        writer.Line("return this;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <summary>The requests: grouped by session and user, at most 10 events each.</summary>");
        writer.Line("public global::System.Collections.Generic.IReadOnlyList<global::SchemaGen.PutEventsRequest> Build() => _batcher.Build();");
        writer.CloseBlock();
    }
}
