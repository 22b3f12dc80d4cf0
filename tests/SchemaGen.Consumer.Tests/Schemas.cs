using System;
using System.Collections.Generic;

namespace SchemaGen.Consumer.Tests;

[InteractionsSchema]
public partial class MovieClick
{
    public string UserId { get; set; } = "";
    public string ItemId { get; set; } = "";
    public long Timestamp { get; set; }
}

[InteractionsSchema(EventTypes = new[] { "like", "rating" })]
public partial class MovieRating
{
    public string UserId { get; set; } = "";
    public string ItemId { get; set; } = "";
    public DateTimeOffset Timestamp { get; set; }
    public string EventType { get; set; } = "";
    public float? EventValue { get; set; }
    public int? NumRatings { get; set; }
}

/// <summary>The seed ratings schema, writing itemId and eventValue into properties as the seed's examples do.</summary>
[InteractionsSchema(EventTypes = new[] { "like", "rating" }, InlineItemAndValue = true)]
public partial class MovieRatingInline
{
    public string UserId { get; set; } = "";
    public string ItemId { get; set; } = "";
    public long Timestamp { get; set; }
    public string EventType { get; set; } = "";
    public float? EventValue { get; set; }
    public int? NumRatings { get; set; }
}

/// <summary>One declared event type and no EVENT_TYPE field: every event is a "watch".</summary>
[InteractionsSchema(EventTypes = new[] { "watch" })]
public partial class WatchEvent
{
    public string UserId { get; set; } = "";
    public string ItemId { get; set; } = "";
    public DateTime Timestamp { get; set; }
    [Categorical] public string? Device { get; set; }
}

public enum Interaction
{
    Click,
    Purchase,
    Return,
}

/// <summary>Every supported kind of field, nullable and not, for the round-trip tests.</summary>
/// <remarks>Far more fields than a real dataset takes: the limits are warned about and deliberately waived here.</remarks>
#pragma warning disable SG1013, SG1014
[InteractionsSchema]
public partial class EveryKind
{
    public string UserId { get; set; } = "";
    public string ItemId { get; set; } = "";
    public DateTimeOffset Timestamp { get; set; }
    public Interaction EventType { get; set; }
    public float? EventValue { get; set; }
    public string[]? Impression { get; set; }
    public string? RecommendationId { get; set; }
    public string? EventAttributionSource { get; set; }
    [Categorical] public string Text { get; set; } = "";
    [Categorical] public string? OptionalText { get; set; }
    public bool Flag { get; set; }
    public bool? OptionalFlag { get; set; }
    public int Count { get; set; }
    public short? SmallCount { get; set; }
    public byte Level { get; set; }
    public long Big { get; set; }
    public uint? Unsigned { get; set; }
    public float Ratio { get; set; }
    public double? Precise { get; set; }
    public Device Device { get; set; }
    public Device? OptionalDevice { get; set; }
    public DateTime Joined { get; set; }
    public DateTimeOffset? LastSeen { get; set; }
    [Categorical] public string[] Tags { get; set; } = Array.Empty<string>();
    [Categorical] public List<string>? Genres { get; set; }
    [Categorical] public IReadOnlyList<string> Labels { get; set; } = Array.Empty<string>();
}
#pragma warning restore SG1013, SG1014

/// <summary>Read back through its primary constructor.</summary>
[InteractionsSchema]
public partial record PositionalView(string UserId, string ItemId, long Timestamp, [property: Categorical] string? Location);

public enum Device
{
    Phone,
    Tablet,
}

public static partial class Catalog
{
    [InteractionsSchema(Name = "catalog-views")]
    public partial record struct CatalogView(string UserId, string ItemId, DateTime SentAt, Device? Device, [property: Categorical] IReadOnlyList<string> Genres);
}

/// <summary>IMPRESSION as one '|'-joined string and a double EVENT_VALUE, as some existing datasets hold them.</summary>
[InteractionsSchema(EventTypes = new[] { "view" })]
public partial class JoinedImpression
{
    public string UserId { get; set; } = "";
    public string ItemId { get; set; } = "";
    public long Timestamp { get; set; }
    public double EventValue { get; set; }
    public string? Impression { get; set; }
    public string RecommendationId { get; set; } = "";
}

/// <summary>Every event member non-nullable, in a struct: a null in any of them is refused on every path.</summary>
[InteractionsSchema(EventTypes = new[] { "view" })]
public partial struct RequiredMembers
{
    public string UserId { get; set; }
    public string ItemId { get; set; }
    public long Timestamp { get; set; }
    public double EventValue { get; set; }
    public string[] Impression { get; set; }
    public string RecommendationId { get; set; }
    public string EventAttributionSource { get; set; }
}

/// <summary>A non-nullable IMPRESSION list in a record: empty is sent as no impression and read back empty.</summary>
[InteractionsSchema(EventTypes = new[] { "view" })]
public partial record ListedImpression
{
    public string UserId { get; init; } = "";
    public string ItemId { get; init; } = "";
    public long Timestamp { get; init; }
    public List<string> Impression { get; init; } = new();
}

/// <summary>The identity of a view, declared once and shared by the schemas derived from it.</summary>
public class ViewBase
{
    public string UserId { get; set; } = "";
    public string ItemId { get; set; } = "";
    public DateTime Timestamp { get; set; }
}

/// <summary>A schema whose reserved fields come from its base class.</summary>
[InteractionsSchema(EventTypes = new[] { "view" })]
public partial class DerivedView : ViewBase
{
    [Categorical] public string? Channel { get; set; }
}
