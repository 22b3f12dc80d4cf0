using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// Emits conversions from SchemaGen's records and requests to the AWS SDK's — events and PutEvents, items, users,
/// actions and action interactions and their requests — and a sender over the SDK's client, each only when the
/// consuming compilation has every SDK type it names (<see cref="SdkInterop"/>).
/// </summary>
internal static class SdkInteropEmitter
{
    public const string HintName = GeneratedNames.SdkConversionsFile;

    private const string SdkEvent = "global::" + KnownNames.SdkEventType;
    private const string SdkMetricAttribution = "global::" + KnownNames.SdkMetricAttributionType;
    private const string SdkPutEventsRequest = "global::" + KnownNames.SdkPutEventsRequestType;
    private const string SdkClient = "global::" + KnownNames.SdkClientType;
    private const string SdkServiceException = "global::" + KnownNames.SdkServiceExceptionType;
    private const string Conversions = "global::SchemaGen." + GeneratedNames.SdkConversionsClass;

    public static string Emit(SdkInterop interop)
    {
        var writer = new IndentedWriter();
        GeneratedCodeInfo.WriteHeader(writer, System.Array.Empty<string>());
        writer.OpenBlock("namespace SchemaGen");
        writer.Line("/// <summary>Conversions to the AWS SDK for .NET's PersonalizeEvents model, for sending with its client.</summary>");
        writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
        writer.OpenBlock("internal static class " + GeneratedNames.SdkConversionsClass);
        var first = true;
        if ((interop & SdkInterop.Events) != 0)
        {
            WriteEventConversions(writer);
            first = false;
        }

        foreach (var records in SdkRecordConversions.All)
        {
            if ((interop & records.Interop) != 0)
            {
                if (!first)
                {
                    writer.Line();
                }

                records.Write(writer);
                first = false;
            }
        }

        writer.CloseBlock();
        if ((interop & SdkInterop.Sender) != 0)
        {
            writer.Line();
            WriteSender(writer);
        }

        writer.CloseBlock();
        return writer.ToString();
    }

    private static void WriteEventConversions(IndentedWriter writer)
    {
        writer.Line("/// <summary>The SDK's <c>Event</c> with the same members.</summary>");
        writer.OpenBlock("public static " + SdkEvent + " ToSdkEvent(this global::SchemaGen.InteractionEvent @event)");
        writer.OpenBlock("if (@event is null)");
        writer.Line("throw new global::System.ArgumentNullException(\"event\");");
        writer.CloseBlock();
        writer.Line();
        writer.Line(SdkEvent + " sdkEvent = new " + SdkEvent);
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
        writer.Line("sdkEvent.MetricAttribution = new " + SdkMetricAttribution + " { EventAttributionSource = attribution.EventAttributionSource };");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return sdkEvent;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <summary>The SDK's <c>PutEventsRequest</c> with the same members, after checking every limit.</summary>");
        writer.Line("/// <exception cref=\"global::SchemaGen.Validation.PutEventsValidationException\">The request breaks a limit of the service.</exception>");
        writer.OpenBlock("public static " + SdkPutEventsRequest + " ToSdkRequest(this global::SchemaGen.PutEventsRequest request)");
        writer.OpenBlock("if (request is null)");
        writer.Line("throw new global::System.ArgumentNullException(\"request\");");
        writer.CloseBlock();
        writer.Line();
        writer.Line("request.EnsureValid();");
        writer.Line("global::System.Collections.Generic.List<" + SdkEvent + "> events = new global::System.Collections.Generic.List<" + SdkEvent + ">(request.EventList.Count);");
        writer.OpenBlock("foreach (global::SchemaGen.InteractionEvent @event in request.EventList)");
        writer.Line("events.Add(" + Conversions + ".ToSdkEvent(@event));");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return new " + SdkPutEventsRequest);
        writer.Line("{");
        writer.Line("    TrackingId = request.TrackingId,");
        writer.Line("    SessionId = request.SessionId,");
        writer.Line("    UserId = request.UserId,");
        writer.Line("    EventList = events,");
        writer.Line("};");
        writer.CloseBlock();
    }

    /// <summary>
    /// An <c>IPutEventsSender</c> over the SDK's own client, so an <c>EventRecorder</c> can send through it: the SDK's
    /// errors become SchemaGen's typed exceptions, which the recorder retries or hands to <c>OnFailure</c>.
    /// </summary>
    private static void WriteSender(IndentedWriter writer)
    {
        const string Errors = "global::SchemaGen.PutEventsErrors";
        writer.Line("/// <summary>");
        writer.Line("/// Sends PutEvents through the AWS SDK's <c>IAmazonPersonalizeEvents</c> client, for an <c>EventRecorder</c>: the SDK's");
        writer.Line("/// errors become SchemaGen's typed exceptions, so the recorder retries what may succeed and hands the rest to OnFailure.");
        writer.Line("/// </summary>");
        writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
        writer.OpenBlock("internal sealed class " + GeneratedNames.SdkSenderClass + " : global::SchemaGen.IPutEventsSender");
        writer.Line("private readonly " + SdkClient + " _client;");
        writer.Line();
        writer.Line("/// <param name=\"client\">The SDK's client; the caller keeps owning it.</param>");
        writer.OpenBlock("public " + GeneratedNames.SdkSenderClass + "(" + SdkClient + " client)");
        writer.Line("_client = client ?? throw new global::System.ArgumentNullException(\"client\");");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.OpenBlock("public async global::System.Threading.Tasks.Task PutEventsAsync(global::SchemaGen.PutEventsRequest request, global::System.Threading.CancellationToken cancellationToken = default)");
        writer.Line(SdkPutEventsRequest + " sdkRequest = " + Conversions + ".ToSdkRequest(request);");
        writer.OpenBlock("try");
        writer.Line("await _client.PutEventsAsync(sdkRequest, cancellationToken).ConfigureAwait(false);");
        writer.CloseBlock();
        writer.OpenBlock("catch (" + SdkServiceException + " exception) when (exception.StatusCode != 0)");
        writer.Line("throw " + Errors + ".FromService((int)exception.StatusCode, exception.ErrorCode, exception.Message, request.TrackingId, exception);");
        writer.CloseBlock();
        writer.OpenBlock("catch (global::System.Exception exception) when (" + Errors + ".IsNetworkFailure(exception, cancellationToken))");
        writer.Line("throw " + Errors + ".FromNetwork(exception);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
    }
}
