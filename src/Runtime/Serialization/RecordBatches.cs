using System;
using System.Collections.Generic;

namespace SchemaGen.Serialization;

/// <summary>Cuts records into requests of at most 10, the most any personalize-events call takes, in order.</summary>
internal static class RecordBatches
{
    public static IReadOnlyList<TRequest> Split<TRecord, TRequest>(IReadOnlyList<TRecord> records, Func<IReadOnlyList<TRecord>, TRequest> request)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        var requests = new List<TRequest>((records.Count + PersonalizeLimits.MaxRecordsPerRequest - 1) / PersonalizeLimits.MaxRecordsPerRequest);
        for (var start = 0; start < records.Count; start += PersonalizeLimits.MaxRecordsPerRequest)
        {
            var batch = new TRecord[Math.Min(PersonalizeLimits.MaxRecordsPerRequest, records.Count - start)];
            for (var i = 0; i < batch.Length; i++)
            {
                batch[i] = records[start + i];
            }

            requests.Add(request(batch));
        }

        return requests;
    }
}
