using SchemaGen.Spooling;

namespace SchemaGen;

/// <summary>Builds a recorder's sink: the in-memory pipeline, behind the options' spool when one is set.</summary>
internal static class RecordSinks
{
    public static IRecordSink<TRecord> Create<TRecord, TKey>(RecordOperation<TRecord, TKey> operation, RecordCodec<TRecord> codec, RecorderOptions options)
        where TKey : notnull =>
        options.Spool is { } spool
            ? new SpooledRecording<TRecord, TKey>(operation, codec, spool, options)
            : new RecordPipeline<TRecord, TKey>(operation, options);
}
