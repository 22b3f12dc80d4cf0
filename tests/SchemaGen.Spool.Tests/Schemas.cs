using System;

namespace SchemaGen.Spool.Tests;

/// <summary>The same schema the recording process records, so what it stored reads back here.</summary>
[InteractionsSchema(EventTypes = new[] { "click" })]
public partial class Click
{
    public string UserId { get; set; } = "";
    public string ItemId { get; set; } = "";
    public DateTimeOffset Timestamp { get; set; }
}

[ItemsSchema]
public partial class Product
{
    public string ItemId { get; set; } = "";
    [Categorical] public string Genre { get; set; } = "";
    public int Version { get; set; }
}
