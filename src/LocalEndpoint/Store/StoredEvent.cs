namespace SchemaGen.LocalEndpoint.Store;

/// <summary>
/// One accepted event as the dataset keeps it: the columns readiness filters on, and every schema field's value as
/// the text its bulk-import CSV cell holds (empty when the event has none), quoted only when written out.
/// </summary>
internal sealed record StoredEvent(string EventId, string UserId, string EventType, double? EventValue, IReadOnlyDictionary<string, string> Fields);

/// <summary>
/// One item, user or action as its dataset keeps it: its id and every schema field's value as the text its bulk-import
/// CSV cell holds (empty when the record has none).
/// </summary>
internal sealed record StoredRecord(string Id, IReadOnlyDictionary<string, string> Fields);
