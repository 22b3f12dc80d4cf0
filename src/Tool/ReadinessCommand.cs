using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace SchemaGen.Tool;

/// <summary>
/// <c>schemagen readiness &lt;interactions.csv&gt;</c>: the minimum-data check of <see cref="TrainingReadiness"/> over a
/// bulk-import CSV, streamed, with a progress display on a terminal and a table of the numbers and the shortfall.
/// </summary>
internal static class ReadinessCommand
{
    public static Command Create(TextWriter output)
    {
        var csv = new Argument<FileInfo>("interactions") { Description = "The bulk-import CSV of interactions, header first." };
        var eventType = new Option<string?>("--event-type") { Description = "Count only interactions of this event type, as a solution trained with eventType does." };
        var threshold = new Option<double?>("--event-value-threshold") { Description = "Count only interactions whose EVENT_VALUE is at least this, as a solution trained with eventValueThreshold does." };
        var json = new Option<bool>("--json") { Description = "Print the numbers as JSON, for scripts." };
        var command = new Command("readiness", "Checks whether a bulk-import CSV holds enough interactions to train a solution (1,000 interactions, 25 users with two or more).")
        {
            csv,
            eventType,
            threshold,
            json,
        };
        command.SetAction(parsed => Run(parsed.GetValue(csv)!, parsed.GetValue(eventType), parsed.GetValue(threshold), parsed.GetValue(json), output));
        return command;
    }

    private static int Run(FileInfo file, string? eventType, double? threshold, bool json, TextWriter output)
    {
        if (!file.Exists)
        {
            throw new ToolException(file.FullName + " does not exist");
        }

        var report = json || Console.IsOutputRedirected || output != Console.Out
            ? Measure(file, eventType, threshold, progress: null)
            : AnsiConsole.Progress().Start(context =>
            {
                var task = context.AddTask("Reading " + file.Name, maxValue: Math.Max(1, file.Length));
                return Measure(file, eventType, threshold, new Progress<long>(read => task.Value = Math.Min(read, file.Length)));
            });

        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                interactions = report.Interactions,
                usersWithAtLeastTwoInteractions = report.UsersWithAtLeastTwoInteractions,
                ready = report.Ready,
                missingInteractions = report.MissingInteractions,
                missingUsers = report.MissingUsers,
            }));
            return 0;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var table = new Table().AddColumn("").AddColumn(new TableColumn("Counted").RightAligned()).AddColumn(new TableColumn("Needed").RightAligned()).AddColumn(new TableColumn("Missing").RightAligned());
        table.AddRow("Interactions", Format(report.Interactions), Format(TrainingReadiness.MinimumInteractions), Format(report.MissingInteractions));
        table.AddRow("Users with 2+ interactions", Format(report.UsersWithAtLeastTwoInteractions), Format(TrainingReadiness.MinimumUsersWithTwoInteractions), Format(report.MissingUsers));
        console.Write(table);
        console.WriteLine(report.Ready ? "Ready to train." : "Not enough data to train yet.");
        return 0;
    }

    /// <summary>Counts with the file's encoding detected from its byte-order mark, UTF-8 otherwise.</summary>
    private static TrainingReadinessReport Measure(FileInfo file, string? eventType, double? threshold, IProgress<long>? progress)
    {
        using var reader = new StreamReader(file.FullName, detectEncodingFromByteOrderMarks: true);
        return TrainingReadiness.Measure(reader, eventType, threshold, progress);
    }

    private static string Format(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
