using System.Globalization;
using System.Text.Json.Nodes;
using SchemaGen.LocalEndpoint.ControlPlane;
using SchemaGen.LocalEndpoint.Protocol;
using SchemaGen.LocalEndpoint.Schemas;
using SchemaGen.LocalEndpoint.Store;
using SchemaGen.Serialization;

namespace SchemaGen.LocalEndpoint.Local;

/// <summary>
/// What the service has no API for, under <c>/local/</c>: a dataset written as bulk-import CSV, and whether a dataset
/// group's recorded events meet the minimum data to train (<see cref="TrainingReadiness"/>).
/// </summary>
internal sealed class LocalApi(ControlPlaneApi controlPlane, LocalStore store)
{
    /// <summary>The readiness of a group's recorded events, after the solution's event type and value threshold filter.</summary>
    public TrainingReadinessReport Readiness(string datasetGroupArn, string? eventType, double? eventValueThreshold)
    {
        var group = controlPlane.Group(datasetGroupArn);
        var dataset = controlPlane.Dataset(group, ControlPlaneApi.EventInteractionsType);
        var perUser = dataset is null ? [] : store.InteractionsPerUser(dataset.Arn, eventType, eventValueThreshold);
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
    /// A dataset's events as bulk-import CSV, written by the same <see cref="CsvRowWriter"/> as generated
    /// <c>WriteCsvRow</c>: the header is the schema's field names, in schema order.
    /// </summary>
    public string ExportCsv(string datasetArn)
    {
        var dataset = controlPlane.Dataset(datasetArn);
        var schema = controlPlane.SchemaDefinition(dataset.SchemaArn);
        var csv = new StringWriter();
        csv.Write(string.Join(',', schema.Fields.Select(field => field.Name)) + "\n");
        foreach (var cells in store.Events(dataset.Arn))
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
