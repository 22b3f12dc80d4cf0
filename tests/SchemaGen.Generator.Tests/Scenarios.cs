namespace SchemaGen.Generator.Tests;

/// <summary>Consumer sources used by the snapshot, Avro, incremental and robustness tests.</summary>
internal static class Scenarios
{
    /// <summary>Seed example 1: the three required fields.</summary>
    public const string SeedMinimal = """
        using System;
        using SchemaGen;

        namespace MovieClicks;

        [InteractionsSchema]
        public partial class MovieClick
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
        }
        """;

    /// <summary>Seed example 2: event types, an event value and one metadata field.</summary>
    public const string SeedRatings = """
        using System;
        using SchemaGen;

        namespace MovieClicks;

        [InteractionsSchema(EventTypes = new[] { "like", "rating" })]
        public partial class MovieRating
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public DateTimeOffset Timestamp { get; set; }
            public string EventType { get; set; } = "";
            public float? EventValue { get; set; }
            public int NumRatings { get; set; }
        }
        """;

    /// <summary>Every supported CLR type, nullability, categorical fields, renames and ignored members.</summary>
    public const string AllTypes = """
        using System;
        using System.Collections.Generic;
        using SchemaGen;

        namespace Shop.Events;

        public enum DeviceKind { Phone, Tablet, Desktop }

        [InteractionsSchema(Name = "shop-interactions-v2")]
        public partial record ShopInteraction
        {
            public required string UserId { get; init; }
            public required string ItemId { get; init; }
            public DateTime SentAt { get; init; }
            public DeviceKind EventType { get; init; }
            public double EventValue { get; init; }
            public IReadOnlyList<string>? Impression { get; init; }
            public string? RecommendationId { get; init; }
            public string? EventAttributionSource { get; init; }
            [Categorical] public string? Location { get; init; }
            public DeviceKind? Device { get; init; }
            [Categorical] public string[] GenreL2 { get; init; } = Array.Empty<string>();
            public short Quantity { get; init; }
            public long? SessionLength { get; init; }
            public float Price { get; init; }
            public double? Discount { get; init; }
            public bool IsReturn { get; init; }
            public string DeviceOS { get; init; } = "";
            [SchemaField("SHIP_TO_REGION")] public string? Region { get; init; }
            [SchemaIgnore] public Dictionary<string, string> Debug { get; init; } = new();
            public static int Counter { get; set; }
            internal string Internal { get; set; } = "";
            public string this[int index] => "";
            public string WriteOnly { set { } }
        }
        """;

    /// <summary>
    /// A record struct nested in partial types, a private nested schema, a positional record, a derived class and a
    /// struct in the global namespace.
    /// </summary>
    public const string Shapes = """
        using System;
        using SchemaGen;

        namespace Shapes
        {
            public static partial class Outer
            {
                public partial class Middle
                {
                    [InteractionsSchema(EventTypes = new[] { "view" })]
                    public partial record struct NestedClick(string UserId, string ItemId, long Timestamp);
                }

                // Generated, but left out of the registry: no other type of the assembly can name it.
                [InteractionsSchema]
                private partial class HiddenClick
                {
                    public string UserId { get; set; } = "";
                    public string ItemId { get; set; } = "";
                    public long Timestamp { get; set; }
                }
            }

            [InteractionsSchema]
            public partial record PositionalRating(string UserId, string ItemId, DateTimeOffset Timestamp, float EventValue);

            public abstract class InteractionBase
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
            }

            [InteractionsSchema]
            public partial class DerivedWatch : InteractionBase
            {
                public int? WatchSeconds { get; set; }
            }
        }

        [InteractionsSchema]
        public partial struct GlobalClick
        {
            public string UserId { get; set; }
            public string ItemId { get; set; }
            public long Timestamp { get; set; }
        }
        """;

    /// <summary>Mistakes the generator reports instead of emitting broken code.</summary>
    public const string Mistakes = """
        using System;
        using System.Collections.Generic;
        using SchemaGen;

        namespace Mistakes;

        [InteractionsSchema]
        public class NotPartial
        {
            public string UserId { get; set; } = "";
        }

        [InteractionsSchema]
        public partial class Unmappable
        {
            public string UserId { get; set; } = "";
            public Dictionary<string, int> Counts { get; set; } = new();
            public decimal Price { get; set; }
            public Unmappable? Parent { get; set; }
        }

        [InteractionsSchema(Name = "bad name", EventTypes = new[] { "" })]
        public partial class BadNames
        {
            [SchemaField("ITEM-ID")] public string ItemId { get; set; } = "";
            [SchemaField("GENRES_FIELD_1")] public string? GenresA { get; set; }
            [SchemaField("GENRESFIELD1")] public string? GenresB { get; set; }
        }

        [InteractionsSchema]
        public partial class WrongReservedTypes
        {
            public string? UserId { get; set; }
            public int Timestamp { get; set; }
            public decimal EventValue { get; set; }
            [Categorical] public string EventType { get; set; } = "";
            [Categorical] public double Score { get; set; }
        }

        [InteractionsSchema]
        public partial class Generic<T>
        {
            public string UserId { get; set; } = "";
        }
        """;

    /// <summary>
    /// The public shape of AWSSDK.PersonalizeEvents 4.x's model types (names and member types, from the service
    /// model), standing in for the package, which these tests do not reference.
    /// </summary>
    public const string AwsSdkShape = """
        using System;
        using System.Collections.Generic;

        namespace Amazon.PersonalizeEvents.Model
        {
            public class MetricAttribution
            {
                public string? EventAttributionSource { get; set; }
            }

            public class Event
            {
                public string? EventId { get; set; }
                public string? EventType { get; set; }
                public float? EventValue { get; set; }
                public List<string>? Impression { get; set; }
                public string? ItemId { get; set; }
                public MetricAttribution? MetricAttribution { get; set; }
                public string? Properties { get; set; }
                public string? RecommendationId { get; set; }
                public DateTime? SentAt { get; set; }
            }

            public class PutEventsRequest
            {
                public List<Event>? EventList { get; set; }
                public string? SessionId { get; set; }
                public string? TrackingId { get; set; }
                public string? UserId { get; set; }
            }

            public class PutEventsResponse
            {
            }

            public class Item
            {
                public string? ItemId { get; set; }
                public string? Properties { get; set; }
            }

            public class PutItemsRequest
            {
                public string? DatasetArn { get; set; }
                public List<Item>? Items { get; set; }
            }

            public class User
            {
                public string? Properties { get; set; }
                public string? UserId { get; set; }
            }

            public class PutUsersRequest
            {
                public string? DatasetArn { get; set; }
                public List<User>? Users { get; set; }
            }

            public class Action
            {
                public string? ActionId { get; set; }
                public string? Properties { get; set; }
            }

            public class PutActionsRequest
            {
                public List<Action>? Actions { get; set; }
                public string? DatasetArn { get; set; }
            }

            public class ActionInteraction
            {
                public string? ActionId { get; set; }
                public string? EventId { get; set; }
                public string? EventType { get; set; }
                public List<string>? Impression { get; set; }
                public string? Properties { get; set; }
                public string? RecommendationId { get; set; }
                public string? SessionId { get; set; }
                public DateTime? Timestamp { get; set; }
                public string? UserId { get; set; }
            }

            public class PutActionInteractionsRequest
            {
                public List<ActionInteraction>? ActionInteractions { get; set; }
                public string? TrackingId { get; set; }
            }

            public class AmazonPersonalizeEventsException : Amazon.Runtime.AmazonServiceException
            {
                public AmazonPersonalizeEventsException(string message, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
                    : base(message, errorType, errorCode, requestId, statusCode)
                {
                }
            }

            public class InvalidInputException : AmazonPersonalizeEventsException
            {
                public InvalidInputException(string message, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
                    : base(message, errorType, errorCode, requestId, statusCode)
                {
                }
            }
        }

        namespace Amazon.PersonalizeEvents
        {
            public interface IAmazonPersonalizeEvents : IDisposable
            {
                System.Threading.Tasks.Task<Model.PutEventsResponse> PutEventsAsync(Model.PutEventsRequest request, System.Threading.CancellationToken cancellationToken = default);
            }
        }
        """;

    /// <summary>
    /// The public shape of AWSSDK.Personalize 4.x's CreateSolution model types (names and member types, from the
    /// service model), standing in for the package.
    /// </summary>
    public const string PersonalizeSdkShape = """
        namespace Amazon.Personalize.Model
        {
            public class SolutionConfig
            {
                public string? EventValueThreshold { get; set; }
            }

            public class CreateSolutionRequest
            {
                public string? Name { get; set; }
                public string? DatasetGroupArn { get; set; }
                public string? RecipeArn { get; set; }
                public string? EventType { get; set; }
                public SolutionConfig? SolutionConfig { get; set; }
            }
        }
        """;

    /// <summary>Types that can be described but not created from their fields (SG1010), and a struct with none.</summary>
    public const string Unreadable = """
        using System;
        using SchemaGen;

        namespace Unreadable;

        [InteractionsSchema(EventTypes = new[] { "view" })]
        public partial class GetOnly
        {
            public GetOnly(string userId) => UserId = userId;
            public string UserId { get; }
            public string ItemId { get; } = "";
            public long Timestamp { get; set; }
        }

        [InteractionsSchema]
        public partial struct NoTimestamp
        {
            public string UserId { get; set; }
            public string ItemId { get; set; }
            public string? Note { get; set; }
        }
        """;

    /// <summary>Obsolete members stay in the schema, and reading them in generated code raises no warning.</summary>
    public const string Obsolete = """
        using System;
        using SchemaGen;

        namespace Legacy;

        public enum Channel
        {
            Web,
            [Obsolete("Use Web.")] Desktop,
        }

        [InteractionsSchema]
        public partial class Visit
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
            public Channel Channel { get; set; }
            [Obsolete("Kept for old imports.")] [Categorical] public string? Referrer { get; set; }
        }
        """;

    /// <summary>An Items schema of a custom dataset group: categorical and textual metadata, a creation time, a number.</summary>
    public const string Catalog = """
        using System;
        using System.Collections.Generic;
        using SchemaGen;

        namespace Shop.Catalog;

        public enum Availability { InStock, Backorder, Discontinued }

        [ItemsSchema(Name = "shop-items")]
        public partial class Product
        {
            public required string ItemId { get; init; }
            public DateTimeOffset CreationTimestamp { get; init; }
            [Categorical] public IReadOnlyList<string> Genres { get; init; } = Array.Empty<string>();
            public Availability Availability { get; init; }
            public double? Price { get; init; }
            [Textual] public string? Description { get; init; }
        }
        """;

    /// <summary>The domain dataset types: ECOMMERCE Items, Interactions and Users, VIDEO_ON_DEMAND Items and Users.</summary>
    public const string Domains = """
        using System;
        using SchemaGen;

        namespace Shop.Domains;

        [ItemsSchema(Domain = PersonalizeDomain.Ecommerce)]
        public partial class StoreItem
        {
            public string ItemId { get; set; } = "";
            public float Price { get; set; }
            [Categorical] public string CategoryL1 { get; set; } = "";
            [Categorical] public string? CategoryL2 { get; set; }
            [Textual] public string? ProductDescription { get; set; }
        }

        [InteractionsSchema(Domain = PersonalizeDomain.Ecommerce, EventTypes = new[] { "View", "Purchase" })]
        public partial class StoreVisit
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
            public string EventType { get; set; } = "";
        }

        [UsersSchema(Domain = PersonalizeDomain.Ecommerce)]
        public partial class Shopper
        {
            public string UserId { get; set; } = "";
            [Categorical] public string? Membership { get; set; }
        }

        [ItemsSchema(Domain = PersonalizeDomain.VideoOnDemand)]
        public partial class Film
        {
            public string ItemId { get; set; } = "";
            public long CreationTimestamp { get; set; }
            [Categorical] public string Genres { get; set; } = "";
            public double? AverageRating { get; set; }
        }

        [UsersSchema(Domain = PersonalizeDomain.VideoOnDemand)]
        public partial class Viewer
        {
            public string UserId { get; set; } = "";
            [Categorical] public string? SubscriptionModel { get; set; }
        }
        """;

    /// <summary>A Users schema: an age and a categorical membership level.</summary>
    public const string Members = """
        using SchemaGen;

        namespace Club;

        [UsersSchema]
        public partial record struct Member
        {
            public string UserId { get; init; }
            public int Age { get; init; }
            [Categorical] public string? MembershipLevel { get; init; }
        }
        """;

    /// <summary>An Actions schema with every reserved field, and the Action interactions schema that records them.</summary>
    public const string Actions = """
        using System;
        using SchemaGen;

        namespace Club.Actions;

        [ActionsSchema]
        public partial class MemberAction
        {
            public string ActionId { get; set; } = "";
            public long? Value { get; set; }
            public DateTimeOffset? CreationTimestamp { get; set; }
            public long? RepeatFrequency { get; set; }
            public DateTime? ActionExpirationTimestamp { get; set; }
            public string? Type { get; set; }
            [Categorical] public string? MembershipLevel { get; set; }
        }

        [ActionInteractionsSchema(EventTypes = new[] { "Viewed", "Taken", "Not taken" })]
        public partial class MemberActionEvent
        {
            public string UserId { get; set; } = "";
            public string ActionId { get; set; } = "";
            public DateTimeOffset Timestamp { get; set; }
            public string EventType { get; set; } = "";
            public string? RecommendationId { get; set; }
            public string? Impression { get; set; }
            public int? Attempts { get; set; }
        }
        """;

    /// <summary>Every scenario by name: the sources of one compilation.</summary>
    public static readonly System.Collections.Generic.IReadOnlyDictionary<string, string[]> All = new System.Collections.Generic.Dictionary<string, string[]>
    {
        [nameof(SeedMinimal)] = [SeedMinimal],
        [nameof(SeedRatings)] = [SeedRatings],
        [nameof(AllTypes)] = [AllTypes],
        [nameof(Shapes)] = [Shapes],
        [nameof(Mistakes)] = [Mistakes],
        [nameof(Unreadable)] = [Unreadable],
        [nameof(Obsolete)] = [Obsolete],
        ["SeedRatingsWithAwsSdk"] = [SeedRatings, AwsSdkShape],
        ["ActionsWithAwsSdk"] = [Actions, AwsSdkShape],
        [nameof(Catalog)] = [Catalog],
        [nameof(Domains)] = [Domains],
        [nameof(Members)] = [Members],
        [nameof(Actions)] = [Actions],
    };
}
