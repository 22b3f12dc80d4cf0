using System.Diagnostics.Metrics;

namespace SchemaGen.Storage;

/// <summary>The spool's metrics (meter <c>SchemaGen.Spool</c>). No tag carries a path, an id or a record.</summary>
internal static class SpoolTelemetry
{
    public const string Name = "SchemaGen.Spool";

    private static readonly Meter Meter = new(Name, typeof(SpoolTelemetry).Assembly.GetName().Version?.ToString(3));

    public static readonly Counter<long> LostRecords = Meter.CreateCounter<long>("schemagen.spool.lost", "{record}", "Records a damaged or missing spool file took with it, or found damaged and removed: never sent.");

    public static readonly Counter<long> DamagedFiles = Meter.CreateCounter<long>("schemagen.spool.damaged_files", "{file}", "Spool databases found damaged at open and moved aside after what could be read was saved.");

    public static readonly Counter<long> WriteFailures = Meter.CreateCounter<long>("schemagen.spool.write_failures", "{commit}", "Commits the spool could not make (disk full, I/O error): their records were refused.");
}
