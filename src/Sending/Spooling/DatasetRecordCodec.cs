using System;
using SchemaGen.Serialization;

namespace SchemaGen.Spooling;

/// <summary>An item, user or action: its id and properties.</summary>
internal sealed class DatasetRecordCodec<TRecord> : RecordCodec<TRecord>
    where TRecord : class, IDatasetRecord
{
    private readonly RecordKind _kind;
    private readonly Func<string, string?, bool, TRecord> _create;
    private readonly Func<TRecord, bool> _fromSchemaWriter;

    public DatasetRecordCodec(RecordKind kind, string noun, Func<string, string?, bool, TRecord> create, Func<TRecord, bool> fromSchemaWriter)
    {
        _kind = kind;
        Noun = noun;
        _create = create;
        _fromSchemaWriter = fromSchemaWriter;
    }

    public override string Noun { get; }

    protected override RecordKind Kind => _kind;

    protected override void Write(SpoolWriter writer, TRecord record)
    {
        writer.String(record.Id);
        writer.String(record.Properties);
        writer.Bool(_fromSchemaWriter(record));
    }

    protected override TRecord Read(ref SpoolReader reader) => _create(reader.String(), reader.NullableString(), reader.Bool());
}

/// <summary>The codec of each dataset record type.</summary>
internal static class DatasetRecordCodecs
{
    public static readonly RecordCodec<Item> Items = new DatasetRecordCodec<Item>(RecordKind.Item, "items", (id, properties, fromSchemaWriter) => new Item(id, properties) { PropertiesFromSchemaWriter = fromSchemaWriter }, item => item.PropertiesFromSchemaWriter);

    public static readonly RecordCodec<User> Users = new DatasetRecordCodec<User>(RecordKind.User, "users", (id, properties, fromSchemaWriter) => new User(id, properties) { PropertiesFromSchemaWriter = fromSchemaWriter }, user => user.PropertiesFromSchemaWriter);

    public static readonly RecordCodec<ActionRecord> Actions = new DatasetRecordCodec<ActionRecord>(RecordKind.Action, "actions", (id, properties, fromSchemaWriter) => new ActionRecord(id, properties) { PropertiesFromSchemaWriter = fromSchemaWriter }, action => action.PropertiesFromSchemaWriter);
}
