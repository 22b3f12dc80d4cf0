using System;
using System.Buffers;
using System.Collections.Generic;
using SchemaGen.Serialization;
using SchemaGen.Validation;

namespace SchemaGen;

/// <summary>
/// One PutEvents call, member for member the service model's <c>PutEventsRequest</c> shape: up to 10 events of
/// one session. <see cref="PersonalizeEventsRequest.WriteTo(System.Text.Json.Utf8JsonWriter)"/> writes the exact rest-json body after checking every limit.
/// </summary>
public sealed class PutEventsRequest : PersonalizeEventsRequest
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

    /// <inheritdoc />
    public override string Operation => "PutEvents";

    internal override string RequestPath => "/events";

    internal override string MaskedInMessages => TrackingId;

    /// <inheritdoc />
    public override IReadOnlyList<ValidationError> Validate() => PutEventsValidator.Validate(this);

    private protected override RequestValidationException CreateException(IReadOnlyList<ValidationError> errors) => new PutEventsValidationException(errors);

    private protected override void WriteBody(IBufferWriter<byte> output) => PutEventsWireFormat.Write(output, this);
}
