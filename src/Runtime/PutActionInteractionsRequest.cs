using System;
using System.Buffers;
using System.Collections.Generic;
using SchemaGen.Serialization;
using SchemaGen.Validation;

namespace SchemaGen;

/// <summary>
/// One PutActionInteractions call, member for member the service model's <c>PutActionInteractionsRequest</c> shape:
/// up to 10 action interactions, each of its own session and user, for the tracker <see cref="TrackingId"/> names.
/// </summary>
public sealed class PutActionInteractionsRequest : PersonalizeEventsRequest
{
    /// <param name="trackingId">The action interaction event tracker's id (created with the Action interactions dataset).</param>
    /// <param name="actionInteractions">1 to 10 action interactions.</param>
    public PutActionInteractionsRequest(string trackingId, IReadOnlyList<ActionInteraction> actionInteractions)
    {
        TrackingId = trackingId ?? throw new ArgumentNullException(nameof(trackingId));
        ActionInteractions = actionInteractions ?? throw new ArgumentNullException(nameof(actionInteractions));
    }

    /// <summary><c>trackingId</c>.</summary>
    public string TrackingId { get; }

    /// <summary><c>actionInteractions</c>.</summary>
    public IReadOnlyList<ActionInteraction> ActionInteractions { get; }

    /// <inheritdoc />
    public override string Operation => "PutActionInteractions";

    internal override string RequestPath => "/action-interactions";

    internal override string MaskedInMessages => TrackingId;

    /// <summary>The requests that carry <paramref name="actionInteractions"/>, in order, at most 10 each.</summary>
    public static IReadOnlyList<PutActionInteractionsRequest> Batch(string trackingId, IReadOnlyList<ActionInteraction> actionInteractions) =>
        RecordBatches.Split(actionInteractions, batch => new PutActionInteractionsRequest(trackingId, batch));

    /// <inheritdoc />
    public override IReadOnlyList<ValidationError> Validate() => ActionInteractionsValidator.Validate(this);

    private protected override void WriteBody(IBufferWriter<byte> output) => DatasetRecordsWireFormat.Write(output, this);
}
