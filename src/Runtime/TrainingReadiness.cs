using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using SchemaGen.Serialization;

namespace SchemaGen;

/// <summary>
/// Whether interactions are enough to train a solution: Amazon Personalize needs at least 1,000 interactions and 25
/// users with two or more, counted after the solution's <c>eventType</c> and <c>eventValueThreshold</c> filter
/// (Developer Guide, minimum data requirements).
/// </summary>
public static class TrainingReadiness
{
    /// <summary>Interactions needed, after filtering.</summary>
    public const int MinimumInteractions = 1000;

    /// <summary>Users with at least two interactions needed, after filtering.</summary>
    public const int MinimumUsersWithTwoInteractions = 25;

    /// <summary>
    /// Measures a bulk-import CSV (header first, as <c>WriteCsvHeader</c> writes it), streamed: memory grows with the
    /// number of users, not the size of the file.
    /// </summary>
    /// <param name="csv">The CSV text.</param>
    /// <param name="eventType">Count only interactions of this type (the solution's <c>eventType</c>).</param>
    /// <param name="eventValueThreshold">Count only interactions whose EVENT_VALUE is at least this.</param>
    /// <param name="progress">Told the number of characters read, every 64 Ki characters.</param>
    /// <exception cref="InteractionFormatException">The header lacks a column the measurement needs, or a value is malformed.</exception>
    public static TrainingReadinessReport Measure(TextReader csv, string? eventType = null, double? eventValueThreshold = null, IProgress<long>? progress = null)
    {
        if (csv is null)
        {
            throw new ArgumentNullException(nameof(csv));
        }

        var reader = new CsvRecordReader(csv);
        var cells = new List<string>();
        if (!reader.TryRead(cells))
        {
            throw new InteractionFormatException("csv", "is empty; a bulk-import file starts with its header");
        }

        var userColumn = Column(cells, "USER_ID", required: true);
        var typeColumn = Column(cells, "EVENT_TYPE", required: eventType is not null);
        var valueColumn = Column(cells, "EVENT_VALUE", required: eventValueThreshold is not null);

        var interactionsPerUser = new Dictionary<string, int>(StringComparer.Ordinal);
        long interactions = 0;
        long record = 1;
        var nextReport = 1L << 16;
        while (reader.TryRead(cells))
        {
            record++;
            if (cells.Count == 1 && cells[0].Length == 0)
            {
                continue;
            }

            if (eventType is not null && Cell(cells, typeColumn, record) != eventType)
            {
                continue;
            }

            if (eventValueThreshold is { } threshold && !(EventValue(Cell(cells, valueColumn, record), record) >= threshold))
            {
                continue;
            }

            interactions++;
            var user = Cell(cells, userColumn, record);
            interactionsPerUser[user] = interactionsPerUser.TryGetValue(user, out var count) ? count + 1 : 1;
            if (progress is not null && reader.CharactersRead >= nextReport)
            {
                progress.Report(reader.CharactersRead);
                nextReport = reader.CharactersRead + (1L << 16);
            }
        }

        progress?.Report(reader.CharactersRead);
        var usersWithTwo = 0;
        foreach (var count in interactionsPerUser.Values)
        {
            if (count >= 2)
            {
                usersWithTwo++;
            }
        }

        return new TrainingReadinessReport(interactions, usersWithTwo);
    }

    private static int Column(List<string> header, string name, bool required)
    {
        var index = header.IndexOf(name);
        if (index < 0 && required)
        {
            throw new InteractionFormatException(name, "is not a column of the header (" + string.Join(",", header) + ")");
        }

        return index;
    }

    private static string Cell(List<string> cells, int column, long record) =>
        column < cells.Count
            ? cells[column]
            : throw new InteractionFormatException("csv", "record " + record.ToString(CultureInfo.InvariantCulture) + " has " + cells.Count.ToString(CultureInfo.InvariantCulture) + " cells, fewer than the header");

    private static double? EventValue(string text, long record) =>
        text.Length == 0 ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : throw new InteractionFormatException("EVENT_VALUE", "'" + text + "' in record " + record.ToString(CultureInfo.InvariantCulture) + " is not a number");
}

/// <summary>The numbers of <see cref="TrainingReadiness.Measure"/>, and what is missing.</summary>
public sealed class TrainingReadinessReport
{
    /// <param name="interactions">Interactions left after the filter.</param>
    /// <param name="usersWithAtLeastTwoInteractions">Users with two or more of those interactions.</param>
    public TrainingReadinessReport(long interactions, long usersWithAtLeastTwoInteractions)
    {
        Interactions = interactions;
        UsersWithAtLeastTwoInteractions = usersWithAtLeastTwoInteractions;
    }

    /// <summary>Interactions left after the filter.</summary>
    public long Interactions { get; }

    /// <summary>Users with two or more of those interactions.</summary>
    public long UsersWithAtLeastTwoInteractions { get; }

    /// <summary>Whether both minimums are met.</summary>
    public bool Ready => MissingInteractions == 0 && MissingUsers == 0;

    /// <summary>Interactions still needed; 0 when there are enough.</summary>
    public long MissingInteractions => Math.Max(0, TrainingReadiness.MinimumInteractions - Interactions);

    /// <summary>Users with two or more interactions still needed; 0 when there are enough.</summary>
    public long MissingUsers => Math.Max(0, TrainingReadiness.MinimumUsersWithTwoInteractions - UsersWithAtLeastTwoInteractions);
}
