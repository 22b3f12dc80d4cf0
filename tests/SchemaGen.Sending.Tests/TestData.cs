using System;
using System.Collections.Generic;
using Amazon.Runtime;

namespace SchemaGen.Sending.Tests;

internal static class TestData
{
    public const string AccessKey = "AKIDEXAMPLE";
    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    public const string TrackingId = "7d1f2e3c-tracking-id-of-the-test";
    public const string Region = "us-west-2";

    public static DateTimeOffset SentAt { get; } = DateTimeOffset.FromUnixTimeSeconds(1553631760);

    public static MovieRating Rating(string userId = "user555", int numRatings = 13) => new()
    {
        UserId = userId,
        ItemId = "movie_ten",
        EventType = "rating",
        EventValue = 4,
        NumRatings = numRatings,
        Timestamp = SentAt,
    };

    public static PutEventsRequest Request(string trackingId = TrackingId) =>
        new(trackingId, "session1", new List<InteractionEvent> { Rating().ToEvent("event-1") }) { UserId = "user555" };

    public static PersonalizeEventsClient Client(LoopbackServer server, AWSCredentials? credentials = null, TimeSpan? timeout = null) =>
        new(new PersonalizeEventsClientOptions
        {
            Region = Region,
            EndpointUrl = server.BaseAddress,
            Credentials = credentials ?? new BasicAWSCredentials(AccessKey, SecretKey),
            Timeout = timeout ?? TimeSpan.FromSeconds(10),
        });
}
