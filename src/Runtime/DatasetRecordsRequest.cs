using System;
using System.Buffers;
using System.Collections.Generic;
using SchemaGen.Serialization;
using SchemaGen.Validation;

namespace SchemaGen;

/// <summary>
/// A PutItems, PutUsers or PutActions call: one shape in the service model but for its names — a <c>datasetArn</c> and
/// up to 10 records of that dataset, each an id and its <c>properties</c>. A record whose id the dataset holds
/// already replaces it.
/// </summary>
/// <typeparam name="TRecord">The record: <see cref="Item"/>, <see cref="User"/> or <see cref="ActionRecord"/>.</typeparam>
public abstract class DatasetRecordsRequest<TRecord> : PersonalizeEventsRequest
    where TRecord : class
{
    private readonly DatasetRecordShape _shape;
    private readonly IReadOnlyList<TRecord> _records;

    private protected DatasetRecordsRequest(DatasetRecordShape shape, string datasetArn, IReadOnlyList<TRecord> records, string recordsName)
    {
        _shape = shape;
        DatasetArn = datasetArn ?? throw new ArgumentNullException(nameof(datasetArn));
        _records = records ?? throw new ArgumentNullException(recordsName);
    }

    /// <summary><c>datasetArn</c>: the ARN of the dataset the records go to, of the call's dataset type.</summary>
    public string DatasetArn { get; }

    /// <inheritdoc />
    public override string Operation => _shape.Operation;

    internal override string RequestPath => "/" + _shape.ListName;

    /// <summary>The records, as the subclass names them (<c>Items</c>, <c>Users</c>, <c>Actions</c>).</summary>
    internal IReadOnlyList<TRecord> Records => _records;

    /// <inheritdoc />
    public override IReadOnlyList<ValidationError> Validate() =>
        DatasetRecordsValidator.Validate(_shape, DatasetArn, (IReadOnlyList<IDatasetRecord?>)_records);

    private protected override void WriteBody(IBufferWriter<byte> output) =>
        DatasetRecordsWireFormat.Write(output, _shape, DatasetArn, (IReadOnlyList<IDatasetRecord>)_records);
}
