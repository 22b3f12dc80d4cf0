using System.Collections.Generic;
using SchemaGen.Serialization;

namespace SchemaGen;

/// <summary>
/// One PutItems call, member for member the service model's <c>PutItemsRequest</c> shape: up to 10 items of the
/// ITEMS dataset <see cref="DatasetRecordsRequest{TRecord}.DatasetArn"/> names.
/// </summary>
public sealed class PutItemsRequest : DatasetRecordsRequest<Item>
{
    /// <param name="datasetArn">The ARN of the ITEMS dataset (<c>arn:aws:personalize:…:dataset/&lt;dataset group&gt;/ITEMS</c>).</param>
    /// <param name="items">1 to 10 items.</param>
    public PutItemsRequest(string datasetArn, IReadOnlyList<Item> items)
        : base(DatasetRecordShape.Items, datasetArn, items, nameof(items))
    {
    }

    /// <summary><c>items</c>.</summary>
    public IReadOnlyList<Item> Items => Records;

    /// <summary>The requests that carry <paramref name="items"/>, in order, at most 10 each.</summary>
    public static IReadOnlyList<PutItemsRequest> Batch(string datasetArn, IReadOnlyList<Item> items) =>
        RecordBatches.Split(items, batch => new PutItemsRequest(datasetArn, batch));
}
