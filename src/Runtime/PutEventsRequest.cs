using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using SchemaGen.Serialization;
using SchemaGen.Validation;

namespace SchemaGen;

/// <summary>
/// One PutEvents call, member for member the service model's <c>PutEventsRequest</c> shape: up to 10 events of
/// one session. <see cref="WriteTo(Utf8JsonWriter)"/> writes the exact rest-json body after checking every limit.
/// </summary>
public sealed class PutEventsRequest
{
    /// <param name="trackingId">The event tracker's tracking id (from CreateEventTracker).</param>
    /// <param name="sessionId">The session the events belong to.</param>
    /// <param name="eventList">1 to 10 events.</param>
    public PutEventsRequest(string trackingId, string sessionId, IReadOnlyList<InteractionEvent> eventList)
    {
        TrackingId = trackingId ?? throw new ArgumentNullException(nameof(trackingId));
        SessionId = sessionId ?? throw new ArgumentNullException(nameof(sessionId));
        EventList = eventList ?? throw new ArgumentNullException(nameof(eventList));
    }

    /// <summary><c>trackingId</c>.</summary>
    public string TrackingId { get; }

    /// <summary><c>userId</c>: the user; null for an anonymous user, who is known by the session only.</summary>
    public string? UserId { get; init; }

    /// <summary><c>sessionId</c>.</summary>
    public string SessionId { get; }

    /// <summary><c>eventList</c>.</summary>
    public IReadOnlyList<InteractionEvent> EventList { get; }

    /// <summary>Every limit of the service model this request breaks; empty when it can be sent.</summary>
    public IReadOnlyList<ValidationError> Validate() => PutEventsValidator.Validate(this);

    /// <summary>Throws <see cref="PutEventsValidationException"/> naming every broken limit.</summary>
    public void EnsureValid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new PutEventsValidationException(errors);
        }
    }

    /// <summary>
    /// Writes the request body, as the service expects it, after <see cref="EnsureValid"/>, as the next value of
    /// <paramref name="writer"/>. The body is SchemaGen's wire text whatever the writer's options: compact, and
    /// escaped only where JSON requires, so what the service receives is what was counted against its limits.
    /// </summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        EnsureValid();
        using var body = new PooledBufferWriter();
        PutEventsWireFormat.Write(body, this);
        writer.WriteRawValue(body.WrittenSpan, skipInputValidation: true);
        writer.Flush();
    }

    /// <summary>Writes the UTF-8 request body into <paramref name="output"/>, after <see cref="EnsureValid"/>.</summary>
    public void WriteTo(IBufferWriter<byte> output)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        EnsureValid();
        PutEventsWireFormat.Write(output, this);
    }

    /// <summary>The request body as a string, after <see cref="EnsureValid"/>.</summary>
    public string ToJson()
    {
        using var buffer = new PooledBufferWriter();
        WriteTo(buffer);
        return buffer.ToUtf8String();
    }
}
