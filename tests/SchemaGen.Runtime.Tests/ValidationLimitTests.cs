using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Validation;
using Xunit;

namespace SchemaGen.Runtime.Tests;

/// <summary>
/// One case per limit of the personalize-events service model, each at the limit (accepted) and one past it
/// (rejected with a message naming the member, the value's size and the limit).
/// </summary>
public sealed class ValidationLimitTests
{
    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(1553631760);

    private sealed record LimitCase(PutEventsRequest Request, string? Member = null, string? Message = null);

    private static readonly Dictionary<string, LimitCase> Cases = new()
    {
        ["trackingId at 256"] = new(Request(trackingId: Text(256))),
        ["trackingId at 257"] = new(Request(trackingId: Text(257)), "trackingId", "is 257 characters long; the limit is 1 to 256 characters"),
        ["trackingId at 1"] = new(Request(trackingId: Text(1))),
        ["trackingId empty"] = new(Request(trackingId: ""), "trackingId", "is 0 characters long; the limit is 1 to 256 characters"),
        ["sessionId at 256"] = new(Request(sessionId: Text(256))),
        ["sessionId at 257"] = new(Request(sessionId: Text(257)), "sessionId", "is 257 characters long; the limit is 1 to 256 characters"),
        ["sessionId empty"] = new(Request(sessionId: ""), "sessionId", "is 0 characters long; the limit is 1 to 256 characters"),
        ["userId at 256"] = new(Request(userId: Text(256))),
        ["userId at 257"] = new(Request(userId: Text(257)), "userId", "is 257 characters long; the limit is 1 to 256 characters"),
        ["userId empty"] = new(Request(userId: ""), "userId", "is 0 characters long; the limit is 1 to 256 characters"),
        ["userId absent (anonymous)"] = new(Request(userId: null)),
        ["eventList at 10"] = new(Request(events: Events(10))),
        ["eventList at 11"] = new(Request(events: Events(11)), "eventList", "holds 11 events; the limit is 1 to 10"),
        ["eventList at 1"] = new(Request(events: Events(1))),
        ["eventList empty"] = new(Request(events: Events(0)), "eventList", "holds 0 events; the limit is 1 to 10"),
        ["eventId at 256"] = new(Request(Event() with { EventId = Text(256) })),
        ["eventId at 257"] = new(Request(Event() with { EventId = Text(257) }), "eventList[0].eventId", "is 257 characters long; the limit is 1 to 256 characters"),
        ["eventId empty"] = new(Request(Event() with { EventId = "" }), "eventList[0].eventId", "is 0 characters long; the limit is 1 to 256 characters"),
        ["eventType at 256"] = new(Request(Event() with { EventType = Text(256) })),
        ["eventType at 257"] = new(Request(Event() with { EventType = Text(257) }), "eventList[0].eventType", "is 257 characters long; the limit is 1 to 256 characters"),
        ["eventType empty"] = new(Request(Event() with { EventType = "" }), "eventList[0].eventType", "is 0 characters long; the limit is 1 to 256 characters"),
        ["itemId at 256"] = new(Request(Event() with { ItemId = Text(256) })),
        ["itemId at 257"] = new(Request(Event() with { ItemId = Text(257) }), "eventList[0].itemId", "is 257 characters long; the limit is 1 to 256 characters"),
        ["itemId empty"] = new(Request(Event() with { ItemId = "" }), "eventList[0].itemId", "is 0 characters long; the limit is 1 to 256 characters"),
        ["recommendationId at 40"] = new(Request(Event() with { RecommendationId = Text(40) })),
        ["recommendationId at 41"] = new(Request(Event() with { RecommendationId = Text(41) }), "eventList[0].recommendationId", "is 41 characters long; the limit is 1 to 40 characters"),
        ["recommendationId empty"] = new(Request(Event() with { RecommendationId = "" }), "eventList[0].recommendationId", "is 0 characters long; the limit is 1 to 40 characters"),
        ["impression at 25 items"] = new(Request(Event() with { Impression = Items(25) })),
        ["impression at 26 items"] = new(Request(Event() with { Impression = Items(26) }), "eventList[0].impression", "holds 26 item ids; the limit is 1 to 25"),
        ["impression empty"] = new(Request(Event() with { Impression = Items(0) }), "eventList[0].impression", "holds 0 item ids; the limit is 1 to 25"),
        ["impression item at 256"] = new(Request(Event() with { Impression = [Text(256)] })),
        ["impression item at 257"] = new(Request(Event() with { Impression = ["a", Text(257)] }), "eventList[0].impression[1]", "is 257 characters long; the limit is 1 to 256 characters"),
        ["properties at 1024"] = new(Request(Event() with { Properties = Properties(1024) })),
        ["properties at 1025"] = new(Request(Event() with { Properties = Properties(1025) }), "eventList[0].properties", "is 1025 characters long; the limit is 1 to 1024 characters"),
        ["properties empty"] = new(Request(Event() with { Properties = "" }), "eventList[0].properties", "is 0 characters long; the limit is 1 to 1024 characters"),
        ["properties not JSON"] = new(Request(Event() with { Properties = "{\"a\":" }), "eventList[0].properties", "is not valid JSON"),
        ["properties not an object"] = new(Request(Event() with { Properties = "[1]" }), "eventList[0].properties", "is not a JSON object"),
        ["properties with key userId"] = new(Request(Event() with { Properties = "{\"userId\":\"u\"}" }), "eventList[0].properties", "holds the key 'userId', which the service forbids"),
        ["properties with key SessionID"] = new(Request(Event() with { Properties = "{\"SessionID\":\"s\"}" }), "eventList[0].properties", "holds the key 'SessionID', which the service forbids"),
        ["properties with key EVENTTYPE"] = new(Request(Event() with { Properties = "{\"EVENTTYPE\":\"x\"}" }), "eventList[0].properties", "holds the key 'EVENTTYPE', which the service forbids"),
        ["properties with key timestamp"] = new(Request(Event() with { Properties = "{\"timestamp\":\"1\"}" }), "eventList[0].properties", "holds the key 'timestamp', which the service forbids"),
        ["properties with key recommendationId"] = new(Request(Event() with { Properties = "{\"recommendationId\":\"r\"}" }), "eventList[0].properties", "holds the key 'recommendationId', which the service forbids"),
        ["properties with key Impression"] = new(Request(Event() with { Properties = "{\"Impression\":\"a|b\"}" }), "eventList[0].properties", "holds the key 'Impression', which the service forbids"),
        ["properties with an escaped key userId"] = new(Request(Event() with { Properties = "{\"\\u0075serId\":\"u\"}" }), "eventList[0].properties", "holds the key 'userId', which the service forbids"),
        ["properties with a long key"] = new(Request(Event() with { Properties = "{\"recommendationIdentifierOfTheDay\":\"r\"}" })),
        ["properties with a nested object"] = new(Request(Event() with { Properties = "{\"a\":{\"b\":\"c\"}}" }), "eventList[0].properties", "holds an object under 'a'; properties is a flat object"),
        ["properties with an array"] = new(Request(Event() with { Properties = "{\"a\":\"1\",\"b\":[1]}" }), "eventList[0].properties", "holds an array under 'b'"),
        ["properties with a repeated key"] = new(Request(Event() with { Properties = "{\"a\":\"1\",\"b\":2,\"a\":\"3\"}" }), "eventList[0].properties", "holds the key 'a' twice"),
        ["properties with a key repeated escaped"] = new(Request(Event() with { Properties = "{\"ab\":\"1\",\"\\u0061b\":\"2\"}" }), "eventList[0].properties", "holds the key 'ab' twice"),
        ["properties with null, number and boolean values"] = new(Request(Event() with { Properties = "{\"a\":null,\"b\":1.5,\"c\":true}" })),
        ["itemId of 128 emoji"] = new(Request(Event() with { ItemId = string.Concat(Enumerable.Repeat("😀", 128)) })),
        ["itemId of 129 emoji"] = new(Request(Event() with { ItemId = string.Concat(Enumerable.Repeat("😀", 129)) }), "eventList[0].itemId", "is 258 UTF-16 code units long (129 characters, some outside the Basic Multilingual Plane); the limit is 1 to 256 UTF-16 code units"),
        ["properties with itemId and eventValue"] = new(Request(Event() with { Properties = "{\"itemId\":\"movie_ten\",\"eventValue\":\"4\",\"numRatings\":\"13\"}" })),
        ["eventAttributionSource at 1024"] = new(Request(Event() with { MetricAttribution = new MetricAttribution(Text(1024)) })),
        ["eventAttributionSource at 1025"] = new(Request(Event() with { MetricAttribution = new MetricAttribution(Text(1025)) }), "eventList[0].metricAttribution.eventAttributionSource", "is 1025 characters long; the limit is 1024 characters"),
        ["eventAttributionSource spaces around text"] = new(Request(Event() with { MetricAttribution = new MetricAttribution(" ad network ") })),
        ["eventAttributionSource only spaces"] = new(Request(Event() with { MetricAttribution = new MetricAttribution("   ") }), "eventList[0].metricAttribution.eventAttributionSource", "has no character other than spaces"),
        ["eventAttributionSource empty"] = new(Request(Event() with { MetricAttribution = new MetricAttribution("") }), "eventList[0].metricAttribution.eventAttributionSource", "has no character other than spaces"),
        ["eventAttributionSource non-ASCII"] = new(Request(Event() with { MetricAttribution = new MetricAttribution("café") }), "eventList[0].metricAttribution.eventAttributionSource", "holds the character U+00E9"),
        ["eventAttributionSource tab"] = new(Request(Event() with { MetricAttribution = new MetricAttribution("a\tb") }), "eventList[0].metricAttribution.eventAttributionSource", "holds the character U+0009"),
        ["eventValue finite"] = new(Request(Event() with { EventValue = float.MaxValue })),
        ["eventValue NaN"] = new(Request(Event() with { EventValue = float.NaN }), "eventList[0].eventValue", "is NaN; it must be a finite number"),
        ["eventValue infinity"] = new(Request(Event() with { EventValue = float.PositiveInfinity }), "eventList[0].eventValue", "it must be a finite number"),
        ["second event checked too"] = new(Request(events: [Event().Build(), (Event() with { ItemId = Text(257) }).Build()]), "eventList[1].itemId", "is 257 characters long"),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Each_limit_is_enforced_at_its_boundary(string caseName)
    {
        var limitCase = Cases[caseName];

        var errors = limitCase.Request.Validate();

        if (limitCase.Member is null)
        {
            Assert.Empty(errors);
            Assert.NotEmpty(limitCase.Request.ToJson());
            return;
        }

        var error = Assert.Single(errors);
        Assert.Equal(limitCase.Member, error.Member);
        Assert.Contains(limitCase.Message!, error.Message, StringComparison.Ordinal);
        var thrown = Assert.Throws<PutEventsValidationException>(() => limitCase.Request.ToJson());
        Assert.Contains(limitCase.Member, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_broken_limit_is_reported_at_once()
    {
        var request = Request(trackingId: "", events: [(Event() with { ItemId = "", RecommendationId = Text(41) }).Build()]);

        var errors = request.Validate();

        Assert.Equal(new[] { "trackingId", "eventList[0].itemId", "eventList[0].recommendationId" }, errors.Select(e => e.Member));
    }

    private static string Text(int length) => new('x', length);

    private static string[] Items(int count) => Enumerable.Range(0, count).Select(i => "item" + i).ToArray();

    /// <summary>A valid properties object of exactly <paramref name="length"/> characters.</summary>
    private static string Properties(int length)
    {
        const string prefix = "{\"note\":\"";
        const string suffix = "\"}";
        return prefix + new string('n', length - prefix.Length - suffix.Length) + suffix;
    }

    private static EventSpec Event() => new("click", SentAt);

    private static IReadOnlyList<InteractionEvent> Events(int count) => Enumerable.Range(0, count).Select(_ => Event().Build()).ToArray();

    private static PutEventsRequest Request(EventSpec single) => Request(events: [single.Build()]);

    private static PutEventsRequest Request(
        string trackingId = "tracking-1",
        string sessionId = "session-1",
        string? userId = "user-1",
        IReadOnlyList<InteractionEvent>? events = null) =>
        new(trackingId, sessionId, events ?? Events(1)) { UserId = userId };

    /// <summary>An event's members as a record, so each case can change one with <c>with</c>.</summary>
    private sealed record EventSpec(string EventType, DateTimeOffset SentAt)
    {
        public string? EventId { get; init; }

        public string? ItemId { get; init; } = "item-1";

        public float? EventValue { get; init; }

        public string? Properties { get; init; }

        public string? RecommendationId { get; init; }

        public IReadOnlyList<string>? Impression { get; init; }

        public MetricAttribution? MetricAttribution { get; init; }

        public InteractionEvent Build() => new(EventType, SentAt)
        {
            EventId = EventId,
            ItemId = ItemId,
            EventValue = EventValue,
            Properties = Properties,
            RecommendationId = RecommendationId,
            Impression = Impression,
            MetricAttribution = MetricAttribution,
        };
    }

    [Fact]
    public void Properties_written_by_a_schema_are_checked_for_length_only_and_others_in_full()
    {
        const string Forbidden = "{\"userId\":\"u1\"}";
        var sentAt = DateTimeOffset.FromUnixTimeSeconds(1700000000);
        var byHand = new InteractionEvent("click", sentAt, null, "i1", null, Forbidden, null, null, null);
        var fromSchema = Serialization.EventMembers.SchemaEvent("click", sentAt, null, "i1", null, Forbidden, null, null, null);
        var tooLong = Serialization.EventMembers.SchemaEvent("click", sentAt, null, "i1", null, "{\"a\":\"" + new string('x', 1100) + "\"}", null, null, null);

        Assert.Contains(Validate(byHand), error => error.Member == "eventList[0].properties" && error.Message.Contains("userId", StringComparison.Ordinal));
        Assert.Empty(Validate(fromSchema));
        Assert.Contains(Validate(tooLong), error => error.Member == "eventList[0].properties" && error.Message.Contains("the limit is 1 to 1024 characters", StringComparison.Ordinal));

        static System.Collections.Generic.IReadOnlyList<Validation.ValidationError> Validate(InteractionEvent @event) =>
            new PutEventsRequest("tracking-1", "session-1", new[] { @event }).Validate();
    }
}
