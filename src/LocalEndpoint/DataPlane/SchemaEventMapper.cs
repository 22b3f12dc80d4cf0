using SchemaGen.Generator.Personalize;
using System.Globalization;
using System.Text.Json;
using SchemaGen.LocalEndpoint.Protocol;
using SchemaGen.Avro;
using SchemaGen.LocalEndpoint.Store;

namespace SchemaGen.LocalEndpoint.DataPlane;

/// <summary>
/// Checks an event against its dataset's schema and turns it into the record the dataset keeps: each reserved
/// field from its PutEvents member, each metadata field from its camelCase <c>properties</c> key (the guide's older
/// form, with <c>itemId</c> and <c>eventValue</c> inside <c>properties</c>, is accepted too). Keys the schema does
/// not have, values that do not fit their field's type, and missing values of non-nullable fields are refused.
/// </summary>
internal static class SchemaEventMapper
{
    public static StoredEvent Map(WireEvent wire, int index, string? userId, string sessionId, AvroSchema schema)
    {
        var prefix = "eventList[" + index + "].";
        var unclaimed = new Dictionary<string, JsonElement>(wire.Properties, StringComparer.Ordinal);
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in schema.Fields)
        {
            var cell = field.Name switch
            {
                ReservedFields.UserId => userId ?? sessionId,
                ReservedFields.ItemId => Either(wire.ItemId, FieldValues.Claim(unclaimed, field, prefix), "itemId", prefix),
                ReservedFields.Timestamp => Math.Floor(wire.SentAt).ToString("0", CultureInfo.InvariantCulture),
                ReservedFields.EventType => wire.EventType,
                ReservedFields.EventValue => Either(wire.EventValue?.ToString("R", CultureInfo.InvariantCulture), FieldValues.Claim(unclaimed, field, prefix), "eventValue", prefix),
                ReservedFields.Impression => wire.Impression is null ? null : string.Join("|", wire.Impression),
                ReservedFields.RecommendationId => wire.RecommendationId,
                ReservedFields.EventAttributionSource => wire.EventAttributionSource,
                _ => FieldValues.Claim(unclaimed, field, prefix),
            };

            if (cell is null && !field.Nullable)
            {
                throw ServiceError.InvalidInput(prefix.TrimEnd('.') + " has no " + Source(field) + ", but the schema's field " + field.Name + " is not nullable.");
            }

            FieldValues.CheckLength(cell, field, prefix + Source(field));

            cells[field.Name] = cell ?? string.Empty;
        }

        FieldValues.RefuseUnclaimed(unclaimed, prefix, schema.Fields.Where(field => !DatasetType.Interactions.IsReserved(field.Name) || field.Name is ReservedFields.ItemId or ReservedFields.EventValue)
                .Select(field => field.PropertiesKey));

        var eventValue = wire.EventValue ?? (cells.TryGetValue(ReservedFields.EventValue, out var value) && value.Length > 0 ? double.Parse(value, CultureInfo.InvariantCulture) : null);
        return new StoredEvent(wire.EventId ?? Guid.NewGuid().ToString(), cells[ReservedFields.UserId], wire.EventType, eventValue, cells);
    }

    private static string Source(AvroField field) =>
        DatasetType.Interactions.IsReserved(field.Name) ? ReservedFields.EventMember(field.Name) : "properties." + field.PropertiesKey;

    private static string? Either(string? member, string? fromProperties, string name, string prefix) =>
        member is not null && fromProperties is not null && member != fromProperties
            ? throw ServiceError.InvalidInput(prefix + name + " is '" + member + "' but properties." + name + " is '" + fromProperties + "'; give it once.")
            : member ?? fromProperties;
}
