using Microsoft.Extensions.Logging;

namespace SchemaGen;

/// <summary>Where a <see cref="DurableSpool"/> keeps its records and how much it may hold. Only <see cref="Directory"/> must be set.</summary>
public sealed class DurableSpoolOptions
{
    /// <summary>The spool's directory, created when missing; one recorder at a time may use it. Required.</summary>
    public string Directory { get; set; } = string.Empty;

    /// <summary>
    /// How many bytes of records the spool may hold (each record's encoded size plus a fixed 64 bytes for its row);
    /// 1 GiB unless set. When it holds that much, recording waits or throws, as the recorder's <c>FullMode</c> says.
    /// The files on disk are larger by SQLite's pages and write-ahead log.
    /// </summary>
    public long MaxSpoolBytes { get; set; } = 1L << 30;

    /// <summary>Where damaged files, lost records and failed writes are logged.</summary>
    public ILogger? Logger { get; set; }
}
