using System;
using SchemaGen;

namespace MovieClicks;

/// <summary>
/// What SchemaGen's analyzers say, live in the editor, about the mistakes Personalize would otherwise reject
/// later or silently accept. Uncomment a line to see its diagnostic.
/// </summary>
internal static class CommonMistakes
{
    internal static void Examples()
    {
        // SG2001 (warning): a threshold with no event type trains every event type against it.
        // _ = new SolutionTrainingConfig(MovieRating.SchemaInfo) { EventValueThreshold = "3" };

        // SG2004 (warning): "raitng" is not one of MovieRating's event types; the fix offers "rating".
        // _ = new SolutionTrainingConfig(MovieRating.SchemaInfo) { EventType = "raitng" };

        // SG2002 (error): the threshold must be a number.
        // _ = new SolutionTrainingConfig(MovieRating.SchemaInfo) { EventType = "rating", EventValueThreshold = "high" };

        // SG3001 (warning): an interaction without TIMESTAMP would be sent as 1970-01-01.
        // _ = new MovieRating { UserId = "user555", ItemId = "movie_ten", EventType = "like" };

        // SG3004 (warning): sentAt and TIMESTAMP are epoch seconds; the fix calls ToUnixTimeSeconds().
        // _ = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
    }
}

// SG1011 (error): every Interactions schema needs USER_ID, ITEM_ID and TIMESTAMP; the fix adds the property.
// [InteractionsSchema] public partial class NoTimestamp { public string UserId { get; set; } = ""; public string ItemId { get; set; } = ""; }

// SG1001 (error): SchemaGen adds members to the type, so it must be partial; the fix adds the keyword.
// [InteractionsSchema] public class NotPartial { public string UserId { get; set; } = ""; public string ItemId { get; set; } = ""; public long Timestamp { get; set; } }

// SG1012 (error): SESSION_ID would be sent as the properties key "sessionId", which PutEvents forbids.
// [InteractionsSchema] public partial class WithSession { public string UserId { get; set; } = ""; public string ItemId { get; set; } = ""; public long Timestamp { get; set; } [Categorical] public string? SessionId { get; set; } }
