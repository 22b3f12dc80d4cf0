using System;
using System.Collections.Generic;
using System.Globalization;
using SchemaGen.Serialization;

namespace SchemaGen;

/// <summary>
/// PutItems, PutUsers or PutActions: every record of the recorder goes to one dataset, and a record replaces the one
/// of its id, so only the latest value of an id is worth sending.
/// </summary>
internal sealed class DatasetRecordsOperation<TRecord> : RecordsSenderOperation<TRecord>
    where TRecord : class, IDatasetRecord
{
    private readonly DatasetRecordShape _shape;
    private readonly string _datasetArn;
    private readonly Func<string, IReadOnlyList<TRecord>, PersonalizeEventsRequest> _request;

    public DatasetRecordsOperation(
        DatasetRecordShape shape,
        string datasetArn,
        Func<string, IReadOnlyList<TRecord>, PersonalizeEventsRequest> request,
        IPersonalizeEventsSender sender,
        Action<RecordsFailure>? onFailure)
        : base(sender, onFailure)
    {
        _shape = shape;
        _datasetArn = datasetArn;
        _request = request;
        DestinationForLogs = "dataset " + datasetArn;
    }

    public override string Name => _shape.Operation;

    public override string RecordNoun => _shape.ListName;

    public override string DestinationForLogs { get; }

    public override string BatchKey(TRecord record) => _datasetArn;

    public override string? ReplaceKey(TRecord record) => record.Id;

    public override PersonalizeEventsRequest CreateRequest(string key, IReadOnlyList<TRecord> records) =>
        _request(key, records);

    public override string Describe(PersonalizeEventsRequest request)
    {
        var records = ((DatasetRecordsRequest<TRecord>)request).Records;
        return records.Count.ToString(CultureInfo.InvariantCulture) + " " + _shape.ListName + " (first " + _shape.IdName + " " + records[0].Id + ")";
    }
}
