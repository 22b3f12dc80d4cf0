using SchemaGen.Generator.Model;
namespace SchemaGen.Generator.Emit;

/// <summary>
/// Emits conversions from SchemaGen's events and requests to the AWS SDK's, generated only when the consuming
/// compilation references AWSSDK.PersonalizeEvents (detected by the metadata name of its <c>Event</c> type).
/// </summary>
internal static class SdkInteropEmitter
{
    public const string HintName = GeneratedNames.SdkConversionsFile;

    private const string Sdk = "global::Amazon.PersonalizeEvents.Model";

    public static string Emit()
    {
        var writer = new IndentedWriter();
        GeneratedCodeInfo.WriteHeader(writer, System.Array.Empty<string>());
        writer.OpenBlock("namespace SchemaGen");
        writer.Line("/// <summary>Conversions to the AWS SDK for .NET's PersonalizeEvents model, for sending with its client.</summary>");
        writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
        writer.OpenBlock("internal static class AwsSdkConversions");
        writer.Line("/// <summary>The SDK's <c>Event</c> with the same members.</summary>");
        writer.OpenBlock("public static " + Sdk + ".Event ToSdkEvent(this global::SchemaGen.InteractionEvent @event)");
        writer.OpenBlock("if (@event is null)");
        writer.Line("throw new global::System.ArgumentNullException(\"event\");");
        writer.CloseBlock();
        writer.Line();
        writer.Line(Sdk + ".Event sdkEvent = new " + Sdk + ".Event");
        writer.Line("{");
        writer.Line("    EventId = @event.EventId,");
        writer.Line("    EventType = @event.EventType,");
        writer.Line("    ItemId = @event.ItemId,");
        writer.Line("    Properties = @event.Properties,");
        writer.Line("    SentAt = @event.SentAt.UtcDateTime,");
        writer.Line("    RecommendationId = @event.RecommendationId,");
        writer.Line("};");
        writer.OpenBlock("if (@event.EventValue is { } eventValue)");
        writer.Line("sdkEvent.EventValue = eventValue;");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("if (@event.Impression is { } impression)");
        writer.Line("sdkEvent.Impression = new global::System.Collections.Generic.List<string>(impression);");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("if (@event.MetricAttribution is { } attribution)");
        writer.Line("sdkEvent.MetricAttribution = new " + Sdk + ".MetricAttribution { EventAttributionSource = attribution.EventAttributionSource };");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return sdkEvent;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <summary>The SDK's <c>PutEventsRequest</c> with the same members, after checking every limit.</summary>");
        writer.Line("/// <exception cref=\"global::SchemaGen.Validation.PutEventsValidationException\">The request breaks a limit of the service.</exception>");
        writer.OpenBlock("public static " + Sdk + ".PutEventsRequest ToSdkRequest(this global::SchemaGen.PutEventsRequest request)");
        writer.OpenBlock("if (request is null)");
        writer.Line("throw new global::System.ArgumentNullException(\"request\");");
        writer.CloseBlock();
        writer.Line();
        writer.Line("request.EnsureValid();");
        writer.Line("global::System.Collections.Generic.List<" + Sdk + ".Event> events = new global::System.Collections.Generic.List<" + Sdk + ".Event>(request.EventList.Count);");
        writer.OpenBlock("foreach (global::SchemaGen.InteractionEvent @event in request.EventList)");
        writer.Line("events.Add(global::SchemaGen.AwsSdkConversions.ToSdkEvent(@event));");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return new " + Sdk + ".PutEventsRequest");
        writer.Line("{");
        writer.Line("    TrackingId = request.TrackingId,");
        writer.Line("    SessionId = request.SessionId,");
        writer.Line("    UserId = request.UserId,");
        writer.Line("    EventList = events,");
        writer.Line("};");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }
}
