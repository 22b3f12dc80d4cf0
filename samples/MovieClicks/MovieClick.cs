using SchemaGen;

namespace MovieClicks;

/// <summary>Seed example 1: the three fields every Interactions dataset needs.</summary>
[InteractionsSchema]
public partial class MovieClick
{
    public required string UserId { get; init; }

    public required string ItemId { get; init; }

    /// <summary>Unix epoch seconds.</summary>
    public long Timestamp { get; init; }
}
