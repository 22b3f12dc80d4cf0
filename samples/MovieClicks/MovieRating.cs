using System;
using SchemaGen;

namespace MovieClicks;

/// <summary>
/// Seed example 2: likes and ratings, with the rating as the event value and one metadata field (a like has no
/// rating count, so it is nullable).
/// </summary>
[InteractionsSchema(EventTypes = new[] { "like", "rating" })]
public partial class MovieRating
{
    public required string UserId { get; init; }

    public required string ItemId { get; init; }

    public DateTimeOffset Timestamp { get; init; }

    public required string EventType { get; init; }

    public float? EventValue { get; init; }

    public int? NumRatings { get; init; }
}
