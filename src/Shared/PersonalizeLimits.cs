// One file, compiled into the runtime (public, namespace SchemaGen) and into the generator (internal), so the
// limits both enforce — at compile time and before a request is sent — are written down once.
#if SCHEMAGEN_GENERATOR
namespace SchemaGen.Generator.Personalize;
#else
namespace SchemaGen;
#endif

/// <summary>
/// The limits of the Amazon Personalize Events API that SchemaGen enforces before a request leaves the process.
/// Each comes from the service model <c>personalize-events</c> 2018-03-22 (shape and member named beside it).
/// </summary>
#if SCHEMAGEN_GENERATOR
internal
#else
public
#endif
static class PersonalizeLimits
{
    /// <summary>
    /// <c>StringType</c> (trackingId, sessionId, eventId, eventType): at least 1 character. The training members
    /// of <c>CreateSolution</c> (<c>eventType</c>, <c>eventValueThreshold</c>) share the 256 limit below.
    /// </summary>
    public const int MinIdLength = 1;

    /// <summary><c>StringType</c>, <c>UserId</c>, <c>ItemId</c>: at most 256 characters.</summary>
    public const int MaxIdLength = 256;

    /// <summary><c>RecommendationId</c>: 1 to 40 characters.</summary>
    public const int MaxRecommendationIdLength = 40;

    /// <summary><c>EventList</c>: 1 to 10 events per PutEvents call.</summary>
    public const int MaxEventsPerRequest = 10;

    /// <summary><c>Impression</c>: 1 to 25 item ids.</summary>
    public const int MaxImpressionItems = 25;

    /// <summary><c>EventPropertiesJSON</c>: 1 to 1024 characters.</summary>
    public const int MaxPropertiesLength = 1024;

    /// <summary><c>ItemProperties</c> (PutItems): 1 to 32,000 characters.</summary>
    public const int MaxItemPropertiesLength = 32000;

    /// <summary><c>UserProperties</c> (PutUsers): 1 to 24,000 characters.</summary>
    public const int MaxUserPropertiesLength = 24000;

    /// <summary><c>ActionProperties</c> (PutActions): 1 to 32,000 characters.</summary>
    public const int MaxActionPropertiesLength = 32000;

    /// <summary><c>ActionInteractionProperties</c> (PutActionInteractions): 1 to 1024 characters.</summary>
    public const int MaxActionInteractionPropertiesLength = 1024;

    /// <summary><c>ItemList</c>, <c>UserList</c>, <c>ActionList</c>, <c>ActionInteractionsList</c>: 1 to 10 records per call.</summary>
    public const int MaxRecordsPerRequest = 10;

    /// <summary><c>Arn</c> (<c>datasetArn</c>): at most 256 characters.</summary>
    public const int MaxArnLength = 256;

    /// <summary><c>EventAttributionSource</c>: at most 1024 characters, printable ASCII with one non-space.</summary>
    public const int MaxEventAttributionSourceLength = 1024;

    /// <summary>
    /// Keys the service rejects inside <c>properties</c>, compared case-insensitively: their values have
    /// first-class members of their own.
    /// </summary>
    public static readonly System.Collections.Generic.IReadOnlyList<string> ForbiddenPropertiesKeys =
        new[] { "userId", "sessionId", "eventType", "timestamp", "recommendationId", "impression" };
}
