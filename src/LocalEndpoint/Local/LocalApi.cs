using System.Globalization;
using System.Text.Json.Nodes;
using SchemaGen.LocalEndpoint.ControlPlane;
using SchemaGen.LocalEndpoint.DataPlane;
using SchemaGen.LocalEndpoint.Protocol;
using SchemaGen.LocalEndpoint.Store;
using SchemaGen.Serialization;

namespace SchemaGen.LocalEndpoint.Local;

/// <summary>
/// What the service has no API for, under <c>/local/</c>: a dataset written as bulk-import CSV, and whether a dataset
/// group's recorded events meet the minimum data to train (<see cref="TrainingReadiness"/>).
/// </summary>
internal sealed class LocalApi(ResourceCatalog catalog)
{
    /// <summary>The readiness of a group's recorded events, after the solution's event type and value threshold filter.</summary>
    public TrainingReadinessReport Readiness(string datasetGroupArn, string? eventType, double? eventValueThreshold)
    {
        var group = catalog.Group(datasetGroupArn);
        var dataset = catalog.Dataset(group, ResourceCatalog.EventInteractionsType);
        var perUser = dataset is null ? [] : catalog.Store.InteractionsPerUser(dataset.Arn, eventType, eventValueThreshold);
        return new TrainingReadinessReport(perUser.Sum(), perUser.Count(count => count >= 2));
    }

    public static JsonObject ToJson(TrainingReadinessReport report) => new()
    {
        ["interactions"] = report.Interactions,
        ["usersWithAtLeastTwoInteractions"] = report.UsersWithAtLeastTwoInteractions,
        ["ready"] = report.Ready,
        ["missingInteractions"] = report.MissingInteractions,
        ["missingUsers"] = report.MissingUsers,
    };

    /// <summary>
    /// A dataset of any type as bulk-import CSV, written by the same <see cref="CsvRowWriter"/> as generated
    /// <c>WriteCsvRow</c>: the header is the schema's field names, in schema order; events and action interactions in
    /// the order they were accepted, items, users and actions one row per id in the order the ids first arrived.
    /// </summary>
    public string ExportCsv(string datasetArn)
    {
        var dataset = catalog.Dataset(datasetArn);
        var schema = catalog.SchemaDefinition(dataset.SchemaArn);
        var csv = new StringWriter();
        csv.Write(string.Join(',', schema.Fields.Select(field => field.Name)) + "\n");
        var rows = ReplacingRecords.For(schema.Dataset) is not null
            ? catalog.Store.Records(dataset.Arn)
            : catalog.Store.Events(dataset.Arn);
        foreach (var cells in rows)
        {
            var row = new CsvRowWriter(csv);
            try
            {
                foreach (var field in schema.Fields)
                {
                    row.WriteText(cells.TryGetValue(field.Name, out var cell) && cell.Length > 0 ? cell : null, field.Name);
                }
            }
            catch (InteractionFormatException exception)
            {
                // The service takes such a value in an event; a bulk-import record cannot hold it.
                throw ServiceError.InvalidInput("The dataset cannot be written as bulk-import CSV: " + exception.Message);
            }

            row.EndRow();
        }

        return csv.ToString();
    }

    public static double? Threshold(string? text) =>
        text is null ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value
        : throw ServiceError.InvalidInput("eventValueThreshold '" + text + "' is not a number.");
}
