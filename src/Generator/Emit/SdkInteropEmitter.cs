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
        writer.Line();
        WriteSender(writer);
        writer.CloseBlock();
        return writer.ToString();
    }

    /// <summary>
    /// An <c>IPutEventsSender</c> over the SDK's own client, so an <c>EventRecorder</c> can send through it: the SDK's
    /// errors become SchemaGen's typed exceptions, which the recorder retries or hands to <c>OnFailure</c>.
    /// </summary>
    private static void WriteSender(IndentedWriter writer)
    {
        const string Errors = "global::SchemaGen.Serialization.PutEventsErrors";
        writer.Line("/// <summary>");
        writer.Line("/// Sends PutEvents through the AWS SDK's <c>IAmazonPersonalizeEvents</c> client, for an <c>EventRecorder</c>: the SDK's");
        writer.Line("/// errors become SchemaGen's typed exceptions, so the recorder retries what may succeed and hands the rest to OnFailure.");
        writer.Line("/// </summary>");
        writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
        writer.OpenBlock("internal sealed class AwsSdkPutEventsSender : global::SchemaGen.IPutEventsSender");
        writer.Line("private readonly global::Amazon.PersonalizeEvents.IAmazonPersonalizeEvents _client;");
        writer.Line();
        writer.Line("/// <param name=\"client\">The SDK's client; the caller keeps owning it.</param>");
        writer.OpenBlock("public AwsSdkPutEventsSender(global::Amazon.PersonalizeEvents.IAmazonPersonalizeEvents client)");
        writer.Line("_client = client ?? throw new global::System.ArgumentNullException(\"client\");");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.OpenBlock("public async global::System.Threading.Tasks.Task PutEventsAsync(global::SchemaGen.PutEventsRequest request, global::System.Threading.CancellationToken cancellationToken = default)");
        writer.Line(Sdk + ".PutEventsRequest sdkRequest = global::SchemaGen.AwsSdkConversions.ToSdkRequest(request);");
        writer.OpenBlock("try");
        writer.Line("await _client.PutEventsAsync(sdkRequest, cancellationToken).ConfigureAwait(false);");
        writer.CloseBlock();
        writer.OpenBlock("catch (global::Amazon.Runtime.AmazonServiceException exception) when (exception.StatusCode != 0)");
        writer.Line("throw " + Errors + ".FromService((int)exception.StatusCode, exception.ErrorCode, exception.Message, request.TrackingId, exception);");
        writer.CloseBlock();
        writer.OpenBlock("catch (global::System.Exception exception) when (" + Errors + ".IsNetworkFailure(exception, cancellationToken))");
        writer.Line("throw " + Errors + ".FromNetwork(exception);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
    }
}
