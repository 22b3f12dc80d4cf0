using System;
using System.Collections.Generic;
using SchemaGen;

namespace SchemaGen.NetStandardConsumer
{
    public enum Device
    {
        Phone,
        Tablet,
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

        public Device? Device { get; set; }

        [Categorical]
        public List<string> Genres { get; set; } = new List<string>();
    }

    [InteractionsSchema(EventTypes = new[] { "view" })]
    public partial struct View
    {
        public View(string userId, string itemId, long timestamp)
        {
            UserId = userId;
            ItemId = itemId;
            Timestamp = timestamp;
        }

        public string UserId { get; }

        public string ItemId { get; }

        public long Timestamp { get; }
    }
}
