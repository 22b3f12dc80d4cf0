using System.Collections.Generic;
using SchemaGen.Serialization;

namespace SchemaGen;

/// <summary>
/// One PutActions call, member for member the service model's <c>PutActionsRequest</c> shape: up to 10 actions of the
/// ACTIONS dataset <see cref="DatasetRecordsRequest{TRecord}.DatasetArn"/> names.
/// </summary>
public sealed class PutActionsRequest : DatasetRecordsRequest<ActionRecord>
{
    /// <param name="datasetArn">The ARN of the ACTIONS dataset (<c>arn:aws:personalize:…:dataset/&lt;dataset group&gt;/ACTIONS</c>).</param>
    /// <param name="actions">1 to 10 actions.</param>
    public PutActionsRequest(string datasetArn, IReadOnlyList<ActionRecord> actions)
        : base(DatasetRecordShape.Actions, datasetArn, actions, nameof(actions))
    {
    }

    /// <summary><c>actions</c>.</summary>
    public IReadOnlyList<ActionRecord> Actions => Records;

    /// <summary>The requests that carry <paramref name="actions"/>, in order, at most 10 each.</summary>
    public static IReadOnlyList<PutActionsRequest> Batch(string datasetArn, IReadOnlyList<ActionRecord> actions) =>
        RecordBatches.Split(actions, batch => new PutActionsRequest(datasetArn, batch));
}
