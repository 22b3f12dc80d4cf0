using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SchemaGen.LocalEndpoint.ControlPlane;
using SchemaGen.LocalEndpoint.Protocol;
using SchemaGen.LocalEndpoint.Schemas;
using SchemaGen.LocalEndpoint.Store;

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

    /// <summary>A dataset's events as bulk-import CSV: the header is the schema's field names, in schema order.</summary>
    public string ExportCsv(string datasetArn)
    {
        var dataset = controlPlane.Dataset(datasetArn);
        var schema = InteractionsSchemaDefinition.Parse(controlPlane.Schema(dataset.SchemaArn).Schema);
        var csv = new StringBuilder();
        csv.AppendJoin(',', schema.Fields.Select(field => field.Name)).Append('\n');
        foreach (var cells in store.Events(dataset.Arn))
        {
            csv.AppendJoin(',', schema.Fields.Select(field => Quoted(cells.TryGetValue(field.Name, out var cell) ? cell : string.Empty))).Append('\n');
        }

        return csv.ToString();
    }

    public static double? Threshold(string? text) =>
        text is null ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value
        : throw ServiceError.InvalidInput("eventValueThreshold '" + text + "' is not a number.");

    // RFC 4180: a cell holding a comma, quote or line break is quoted, with its quotes doubled.
    private static string Quoted(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";
}
