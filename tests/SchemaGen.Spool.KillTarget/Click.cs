using System;
using SchemaGen;

namespace SchemaGen.Spool.KillTarget;

[InteractionsSchema(EventTypes = new[] { "click" })]
public partial class Click
{
    public string UserId { get; set; } = "";
    public string ItemId { get; set; } = "";
    public DateTimeOffset Timestamp { get; set; }
}
