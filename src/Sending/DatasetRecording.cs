using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SchemaGen.Serialization;
using SchemaGen.Validation;

namespace SchemaGen;

/// <summary>
/// What <see cref="ItemRecorder{T}"/>, <see cref="UserRecorder{T}"/> and <see cref="ActionRecorder{T}"/> share: the
/// options checked (the dataset ARN must name a dataset of the recorder's type), each record checked against the
/// model's limits as a request of its own, then handed to the pipeline.
/// </summary>
internal sealed class DatasetRecording<TRecord> : IAsyncDisposable
    where TRecord : class, IDatasetRecord
{
    private readonly string _datasetArn;
    private readonly Func<string, IReadOnlyList<TRecord>, PersonalizeEventsRequest> _request;
    private readonly IRecordSink<TRecord> _pipeline;

    public DatasetRecording(
        DatasetRecordShape shape,
        Func<string, IReadOnlyList<TRecord>, PersonalizeEventsRequest> request,
        Spooling.RecordCodec<TRecord> codec,
        IPersonalizeEventsSender sender,
        DatasetRecorderOptions options)
    {
        if (sender is null)
        {
            throw new ArgumentNullException(nameof(sender));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (!string.IsNullOrEmpty(options.DatasetArn))
        {
            var errors = new List<ValidationError>();
            DatasetArnCheck.Check(errors, options.DatasetArn, shape.DatasetType, shape.Operation);
            if (errors.Count > 0)
            {
                throw new ArgumentException(nameof(DatasetRecorderOptions) + "." + nameof(DatasetRecorderOptions.DatasetArn) + " " + errors[0].Message + ".", nameof(options));
            }
        }

        _datasetArn = options.DatasetArn;
        _request = request;
        _pipeline = RecordSinks.Create(new DatasetRecordsOperation<TRecord>(shape, options.DatasetArn, request, sender, options.OnFailure), codec, options);
    }

    public ValueTask RecordAsync(TRecord record, CancellationToken cancellationToken)
    {
        _request(_datasetArn, new[] { record }).EnsureValid();
        return _pipeline.RecordAsync(record, cancellationToken);
    }

    public Task FlushAsync(CancellationToken cancellationToken) => _pipeline.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => _pipeline.DisposeAsync();
}
