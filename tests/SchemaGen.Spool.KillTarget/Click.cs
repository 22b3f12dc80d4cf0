using System;
using SchemaGen;

namespace SchemaGen.Spool.KillTarget;

/// <summary>What the recording process records; the spool tests compile this same file to read back what it stored.</summary>
[InteractionsSchema(EventTypes = new[] { "click" })]
public partial class Click
{
    public string UserId { get; set; } = "";
    public string ItemId { get; set; } = "";
    public DateTimeOffset Timestamp { get; set; }
}
