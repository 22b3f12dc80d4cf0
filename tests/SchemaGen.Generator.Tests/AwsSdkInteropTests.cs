using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Emit;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// Conversions to the AWS SDK's types appear only when the compilation has them. The SDK package is not used
/// here: <see cref="Scenarios.AwsSdkShape"/> declares the public shape of its three model types (names and member types as
/// in AWSSDK.PersonalizeEvents 4.x, from the service model).
/// </summary>
public sealed class AwsSdkInteropTests
{
    private const string Probe = """
        using System;
        using SchemaGen;

        public static class Probe
        {
            public static object Convert()
            {
                var rating = new MovieClicks.MovieRating
                {
                    UserId = "user555",
                    ItemId = "movie_ten",
                    Timestamp = DateTimeOffset.FromUnixTimeSeconds(1553631760),
                    EventType = "rating",
                    EventValue = 4,
                    NumRatings = 13,
                };
                var request = new MovieClicks.MovieRating.PutEventsBuilder("tracking-1").Add("session1", rating).Build()[0];
                return request.ToSdkRequest();
            }
        }
        """;

    [Fact]
    public void Nothing_sdk_specific_is_generated_without_the_sdk()
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(Scenarios.SeedRatings));

        Assert.DoesNotContain(run.Result.GeneratedSources, source => source.HintName == SdkInteropEmitter.HintName);
    }

    [Fact]
    public void Conversions_are_generated_and_compile_when_the_sdk_types_are_present()
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(Scenarios.SeedRatings, Scenarios.AwsSdkShape));

        Assert.Contains(run.Result.GeneratedSources, source => source.HintName == SdkInteropEmitter.HintName);
        Assert.Empty(run.CompilationProblems());
    }

    /// <summary>A project's own stand-ins for the SDK's model types, without the SDK's client or runtime.</summary>
    private const string ModelWithoutClient = """
        namespace Amazon.PersonalizeEvents.Model
        {
            public class MetricAttribution { public string? EventAttributionSource { get; set; } }

            public class Event
            {
                public string? EventId { get; set; }
                public string? EventType { get; set; }
                public float? EventValue { get; set; }
                public System.Collections.Generic.List<string>? Impression { get; set; }
                public string? ItemId { get; set; }
                public MetricAttribution? MetricAttribution { get; set; }
                public string? Properties { get; set; }
                public string? RecommendationId { get; set; }
                public System.DateTime? SentAt { get; set; }
            }

            public class PutEventsRequest
            {
                public System.Collections.Generic.List<Event>? EventList { get; set; }
                public string? SessionId { get; set; }
                public string? TrackingId { get; set; }
                public string? UserId { get; set; }
            }
        }
        """;

    [Fact]
    public void Only_the_model_conversions_are_generated_when_the_sdk_client_is_missing()
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(Scenarios.SeedRatings, ModelWithoutClient));

        var conversions = run.GeneratedSource(SdkInteropEmitter.HintName);
        Assert.Contains("class AwsSdkConversions", conversions, StringComparison.Ordinal);
        Assert.DoesNotContain("AwsSdkPutEventsSender", conversions, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void The_sdk_sender_is_generated_only_when_the_project_references_SchemaGen_Sending()
    {
        var sendingLocation = typeof(SchemaGen.PersonalizeEventsClient).Assembly.Location;
        var withoutSending = TestCompilation.Create(Scenarios.SeedRatings, Scenarios.AwsSdkShape)
            .RemoveReferences(TestCompilation.References.Where(reference => reference.Display == sendingLocation));

        var run = GeneratorRunner.Run(withoutSending);

        var conversions = run.GeneratedSource(SdkInteropEmitter.HintName);
        Assert.Contains("class AwsSdkConversions", conversions, StringComparison.Ordinal);
        Assert.DoesNotContain("AwsSdkPutEventsSender", conversions, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems());
        Assert.Contains("AwsSdkPutEventsSender", GeneratorRunner.Run(TestCompilation.Create(Scenarios.SeedRatings, Scenarios.AwsSdkShape)).GeneratedSource(SdkInteropEmitter.HintName), StringComparison.Ordinal);
    }

    [Fact]
    public void No_conversion_is_generated_when_a_model_type_it_names_is_missing()
    {
        var withoutAttribution = ModelWithoutClient
            .Replace("public class MetricAttribution { public string? EventAttributionSource { get; set; } }", string.Empty, StringComparison.Ordinal)
            .Replace("public MetricAttribution? MetricAttribution { get; set; }", string.Empty, StringComparison.Ordinal);
        var run = GeneratorRunner.Run(TestCompilation.Create(Scenarios.SeedRatings, withoutAttribution));

        Assert.DoesNotContain(run.Result.GeneratedSources, source => source.HintName == SdkInteropEmitter.HintName);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Conversions_carry_every_member_to_the_sdk_request()
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(Scenarios.SeedRatings, Scenarios.AwsSdkShape, Probe));
        var context = new AssemblyLoadContext("sdk-interop", isCollectible: true);
        try
        {
            var assembly = Load(context, run);

            dynamic request = assembly.GetType("Probe")!.GetMethod("Convert")!.Invoke(null, null)!;

            Assert.Equal("tracking-1", (string)request.TrackingId);
            Assert.Equal("session1", (string)request.SessionId);
            Assert.Equal("user555", (string)request.UserId);
            dynamic sdkEvent = request.EventList[0];
            Assert.Equal("rating", (string)sdkEvent.EventType);
            Assert.Equal("movie_ten", (string)sdkEvent.ItemId);
            Assert.Equal(4f, (float?)sdkEvent.EventValue);
            Assert.Equal("{\"numRatings\":\"13\"}", (string)sdkEvent.Properties);
            Assert.Equal(new DateTime(2019, 3, 26, 20, 22, 40, DateTimeKind.Utc), (DateTime?)sdkEvent.SentAt);
            Assert.Null(sdkEvent.Impression);
            Assert.Null(sdkEvent.MetricAttribution);
        }
        finally
        {
            context.Unload();
        }
    }

    private const string DatasetProbe = """
        using System;
        using SchemaGen;

        public static class DatasetProbe
        {
            private const string Arn = "arn:aws:personalize:us-west-2:123456789012:dataset/club/";

            public static object[] Convert()
            {
                var action = new Club.Actions.MemberAction { ActionId = "join", Value = 100, MembershipLevel = "Gold" };
                var taken = new Club.Actions.MemberActionEvent
                {
                    UserId = "u1", ActionId = "join", EventType = "Taken", Timestamp = DateTimeOffset.FromUnixTimeSeconds(1553631760), Impression = "join|renew",
                };
                return new object[]
                {
                    new Club.Actions.MemberAction.PutActionsBuilder(Arn + "ACTIONS").Add(action).Build()[0].ToSdkRequest(),
                    new Club.Actions.MemberActionEvent.PutActionInteractionsBuilder("tracking-1").Add("session-1", taken, "e1").Build()[0].ToSdkRequest(),
                    new PutItemsRequest(Arn + "ITEMS", new[] { new Item("movie_ten", "{\"genres\":\"Horror\"}") }).ToSdkRequest(),
                    new PutUsersRequest(Arn + "USERS", new[] { new User("u1") }).ToSdkRequest(),
                };
            }

            public static object Refused() => new PutItemsRequest(Arn + "INTERACTIONS", new[] { new Item("movie_ten") }).ToSdkRequest();
        }
        """;

    [Fact]
    public void Dataset_conversions_carry_every_member_to_the_sdk_requests_after_checking_them()
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(Scenarios.Actions, Scenarios.AwsSdkShape, DatasetProbe));
        var context = new AssemblyLoadContext("sdk-datasets", isCollectible: true);
        try
        {
            var probe = Load(context, run).GetType("DatasetProbe")!;
            var requests = (object[])probe.GetMethod("Convert")!.Invoke(null, null)!;

            dynamic actions = requests[0];
            Assert.Equal("arn:aws:personalize:us-west-2:123456789012:dataset/club/ACTIONS", (string)actions.DatasetArn);
            Assert.Equal("join", (string)actions.Actions[0].ActionId);
            Assert.Equal("{\"value\":\"100\",\"membershipLevel\":\"Gold\"}", (string)actions.Actions[0].Properties);
            dynamic interactions = requests[1];
            Assert.Equal("tracking-1", (string)interactions.TrackingId);
            dynamic taken = interactions.ActionInteractions[0];
            Assert.Equal(("join", "u1", "session-1", "Taken", "e1"), ((string)taken.ActionId, (string)taken.UserId, (string)taken.SessionId, (string)taken.EventType, (string)taken.EventId));
            Assert.Equal(new DateTime(2019, 3, 26, 20, 22, 40, DateTimeKind.Utc), (DateTime?)taken.Timestamp);
            Assert.Equal(new[] { "join", "renew" }, (System.Collections.Generic.List<string>)taken.Impression);
            Assert.Null(taken.Properties);
            dynamic items = requests[2];
            Assert.Equal(("movie_ten", "{\"genres\":\"Horror\"}"), ((string)items.Items[0].ItemId, (string)items.Items[0].Properties));
            dynamic users = requests[3];
            Assert.Equal("u1", (string)users.Users[0].UserId);

            var refused = Assert.Throws<TargetInvocationException>(() => probe.GetMethod("Refused")!.Invoke(null, null)).InnerException;
            Assert.Contains("names a dataset of type INTERACTIONS", Assert.IsType<Validation.RequestValidationException>(refused).Message, StringComparison.Ordinal);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>A project with the SDK's Items types only: their conversions alone are generated, and compile.</summary>
    [Fact]
    public void Each_dataset_conversion_is_generated_only_with_the_sdk_types_it_names()
    {
        const string ItemsOnly = """
            namespace Amazon.PersonalizeEvents.Model
            {
                public class Item { public string? ItemId { get; set; } public string? Properties { get; set; } }
                public class PutItemsRequest { public string? DatasetArn { get; set; } public System.Collections.Generic.List<Item>? Items { get; set; } }
                public class User { public string? UserId { get; set; } }
            }
            """;
        var run = GeneratorRunner.Run(TestCompilation.Create(Scenarios.Catalog, ItemsOnly));

        var conversions = run.GeneratedSource(SdkInteropEmitter.HintName);
        Assert.Contains("ToSdkItem", conversions, StringComparison.Ordinal);
        Assert.DoesNotContain("ToSdkEvent", conversions, StringComparison.Ordinal);
        Assert.DoesNotContain("ToSdkUser", conversions, StringComparison.Ordinal);
        Assert.DoesNotContain("AwsSdkPutEventsSender", conversions, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems());
    }

    private const string SenderProbe = """
        using System;
        using System.Collections.Generic;
        using System.Net;
        using System.Threading;
        using System.Threading.Tasks;
        using Amazon.PersonalizeEvents.Model;
        using Amazon.Runtime;
        using SchemaGen;

        public sealed class FakeSdkClient : Amazon.PersonalizeEvents.IAmazonPersonalizeEvents
        {
            public Func<Exception?> Answer { get; set; } = () => null;
            public List<Amazon.PersonalizeEvents.Model.PutEventsRequest> Received { get; } = new();

            public Task<PutEventsResponse> PutEventsAsync(Amazon.PersonalizeEvents.Model.PutEventsRequest request, CancellationToken cancellationToken = default)
            {
                Received.Add(request);
                return Answer() is { } error ? Task.FromException<PutEventsResponse>(error) : Task.FromResult(new PutEventsResponse());
            }

            public void Dispose()
            {
            }
        }

        public static class SenderProbe
        {
            private static MovieClicks.MovieRating Rating() => new()
            {
                UserId = "user555",
                ItemId = "movie_ten",
                Timestamp = DateTimeOffset.FromUnixTimeSeconds(1553631760),
                EventType = "rating",
                EventValue = 4,
                NumRatings = 13,
            };

            /// <summary>What sending one request through the adapter ends in: the SDK request it sent, or the exception.</summary>
            public static async Task<object> Send(string answer)
            {
                var fake = new FakeSdkClient();
                fake.Answer = answer switch
                {
                    "invalid" => () => new InvalidInputException("bad properties for tracking-1", ErrorType.Sender, "InvalidInputException", "r1", HttpStatusCode.BadRequest),
                    "throttled" => () => new AmazonServiceException("slow down", ErrorType.Sender, "ThrottlingException", "r2", (HttpStatusCode)429),
                    "network" => () => new System.Net.Http.HttpRequestException("connection reset"),
                    _ => () => null,
                };
                IPutEventsSender sender = new AwsSdkPutEventsSender(fake);
                var request = new MovieClicks.MovieRating.PutEventsBuilder("tracking-1").Add("session1", Rating(), "e1").Build()[0];
                try
                {
                    await sender.PutEventsAsync(request);
                    return fake.Received[0];
                }
                catch (Exception error)
                {
                    return error;
                }
            }

            /// <summary>An EventRecorder over the adapter: the SDK client gets the recorded event under the id the recorder returned.</summary>
            public static async Task<object[]> Record()
            {
                var fake = new FakeSdkClient();
                string id;
                await using (var recorder = new EventRecorder<MovieClicks.MovieRating>(new AwsSdkPutEventsSender(fake), new EventRecorderOptions { TrackingId = "tracking-1" }))
                {
                    id = await recorder.RecordAsync("session1", Rating());
                }

                return new object[] { id, fake.Received };
            }
        }
        """;

    [Fact]
    public async System.Threading.Tasks.Task The_sdk_sender_sends_the_converted_request_and_maps_the_sdks_errors()
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(Scenarios.SeedRatings, Scenarios.AwsSdkShape, SenderProbe));
        var context = new AssemblyLoadContext("sdk-sender", isCollectible: true);
        try
        {
            var probe = Load(context, run).GetType("SenderProbe")!;
            System.Threading.Tasks.Task<object> Send(string answer) => (System.Threading.Tasks.Task<object>)probe.GetMethod("Send")!.Invoke(null, [answer])!;

            dynamic sent = await Send("accepted");
            Assert.Equal("tracking-1", (string)sent.TrackingId);
            Assert.Equal("e1", (string)sent.EventList[0].EventId);

            var invalid = Assert.IsType<PersonalizeEventsInvalidInputException>(await Send("invalid"));
            Assert.Equal(400, invalid.StatusCode);
            Assert.Equal("InvalidInputException", invalid.ErrorType);
            Assert.DoesNotContain("tracking-1", invalid.Message, StringComparison.Ordinal);
            var throttled = Assert.IsType<PersonalizeEventsThrottlingException>(await Send("throttled"));
            Assert.True(throttled.IsRetryable);
            var network = Assert.IsType<PersonalizeEventsNetworkException>(await Send("network"));
            Assert.False(network.IsTimeout);

            var recorded = await (System.Threading.Tasks.Task<object[]>)probe.GetMethod("Record")!.Invoke(null, null)!;
            dynamic received = recorded[1];
            Assert.Equal(1, (int)received.Count);
            Assert.Equal((string)recorded[0], (string)received[0].EventList[0].EventId);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The consumer compilation with its generated code, emitted and loaded where it can be unloaded.</summary>
    private static Assembly Load(AssemblyLoadContext context, GeneratorRun run)
    {
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        return context.LoadFromStream(image);
    }
}
