using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using MovieClicks;
using SchemaGen;

// 1. Every [InteractionsSchema] type of this assembly, with the Avro schema to pass to CreateSchema.
foreach (var schema in SchemaRegistry.All)
{
    Console.WriteLine($"== {schema.Name} ({schema.SchemaType.FullName})");
    Console.WriteLine($"fields (CSV column order): {string.Join(",", schema.FieldNames)}");
    if (schema.EventTypes.Count > 0)
    {
        Console.WriteLine($"event types: {string.Join(", ", schema.EventTypes)}");
    }

    Console.WriteLine(schema.AvroSchemaJson);
    Console.WriteLine();
}

// 2. The seed's events: user555 likes choc-panama, then rates movie_ten 4 (13 ratings so far), in session1.
var sentAt = DateTimeOffset.FromUnixTimeSeconds(1553631760);
var like = new MovieRating { UserId = "user555", ItemId = "choc-panama", EventType = "like", Timestamp = sentAt };
var rating = new MovieRating { UserId = "user555", ItemId = "movie_ten", EventType = "rating", EventValue = 4, NumRatings = 13, Timestamp = sentAt };

Console.WriteLine("== properties");
Console.WriteLine($"like:   {like.ToEvent().Properties ?? "(none: a like has no metadata, so the event carries no properties)"}");
Console.WriteLine($"rating: {rating.ToEvent().Properties}");
Console.WriteLine();

Console.WriteLine("== PutEvents request body (POST /events), exactly as sent, then indented");
var indented = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
var requests = new MovieRating.PutEventsBuilder("your-tracking-id")
    .Add("session1", like)
    .Add("session1", rating)
    .Build();
foreach (var request in requests)
{
    var json = request.ToJson();
    Console.WriteLine(json);
    using var body = JsonDocument.Parse(json);
    Console.WriteLine(JsonSerializer.Serialize(body.RootElement, indented));
}

Console.WriteLine();
Console.WriteLine("== CreateSolution training members (train on ratings of 3 and up)");
var training = new SolutionTrainingConfig(MovieRating.SchemaInfo) { EventType = "rating", EventValueThreshold = "3" };
Console.WriteLine(training.ToJson());

Console.WriteLine();
Console.WriteLine("== bulk-import CSV");
MovieRating.WriteCsvHeader(Console.Out);
like.WriteCsvRow(Console.Out);
rating.WriteCsvRow(Console.Out);

// 3. The same two events recorded through an EventRecorder: by default against a local Personalize endpoint started
//    in this process, after the guide's CreateSchema … CreateEventTracker; with PERSONALIZE_TRACKING_ID, plus
//    AWS_ENDPOINT_URL_PERSONALIZE_EVENTS or AWS_REGION (the service), where the environment says, with credentials
//    as every AWS SDK finds them.
Console.WriteLine();
Console.WriteLine("== sending with EventRecorder");
if (EventSending.ConfiguredTrackingId is { } trackingId)
{
    using var client = new PersonalizeEventsClient();
    await EventSending.SendAsync(client, trackingId, like, rating);
}
else
{
    // The movies the events are about, recorded with an ItemRecorder into the group's Items dataset.
    Movie[] movies =
    [
        new() { ItemId = "choc-panama", Genres = ["Documentary"], ReleaseYear = 2019 },
        new() { ItemId = "movie_ten", Genres = ["Horror", "Action"], ReleaseYear = 1999 },
    ];
    await LocalWalkthrough.RunAsync([like, rating], movies);
}
