using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SchemaGen.Benchmarks;

/// <summary>
/// Processor time per 1,000 events, all threads of the benchmark process (client and in-process server together),
/// over every invocation of a sender benchmark. The benchmark process writes it; the host reads it into the table.
/// </summary>
internal sealed class CpuPerThousandEventsColumn : IColumn
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "schemagen-benchmarks-cpu");

    public string Id => nameof(CpuPerThousandEventsColumn);

    public string ColumnName => "CPU/1k events";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Processor time of the whole benchmark process (client and loopback server) per 1,000 events";

    /// <summary>Measures <paramref name="run"/> and adds its processor time and event count to the totals.</summary>
    public static async System.Threading.Tasks.Task MeasureAsync(CpuTotals totals, int events, Func<System.Threading.Tasks.Task> run)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        await run();
        totals.Add(Process.GetCurrentProcess().TotalProcessorTime - before, events);
    }

    /// <summary>
    /// Writes the totals of one benchmark case, from its process, for the host to read: the method, and its
    /// parameters as <c>Name=value</c> joined by commas when it has any.
    /// </summary>
    public static void Save(string method, CpuTotals totals, string parameters = "")
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(FileOf(method, parameters), totals.MillisecondsPerThousand().ToString("0.00", CultureInfo.InvariantCulture));
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var parameters = string.Join(",", benchmarkCase.Parameters.Items.Select(parameter => parameter.Name + "=" + parameter.Value));
        var file = FileOf(benchmarkCase.Descriptor.WorkloadMethod.Name, parameters);
        return File.Exists(file) ? File.ReadAllText(file) + " ms" : "?";
    }

    private static string FileOf(string method, string parameters) =>
        Path.Combine(Folder, method + (parameters.Length == 0 ? string.Empty : "(" + parameters + ")") + ".txt");

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;

    /// <summary>The configuration a sender benchmark names to show the column.</summary>
    internal sealed class Config : BenchmarkDotNet.Configs.ManualConfig
    {
        public Config() => AddColumn(new CpuPerThousandEventsColumn());
    }

    /// <summary>Processor time and events, summed over invocations.</summary>
    internal sealed class CpuTotals
    {
        private TimeSpan _cpu;
        private long _events;

        public void Add(TimeSpan cpu, long events)
        {
            _cpu += cpu;
            _events += events;
        }

        public double MillisecondsPerThousand() => _events == 0 ? double.NaN : _cpu.TotalMilliseconds * 1000 / _events;
    }
}
