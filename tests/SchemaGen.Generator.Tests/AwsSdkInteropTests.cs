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

    [Fact]
    public void Conversions_carry_every_member_to_the_sdk_request()
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(Scenarios.SeedRatings, Scenarios.AwsSdkShape, Probe));
        var context = new AssemblyLoadContext("sdk-interop", isCollectible: true);
        try
        {
            using var image = new MemoryStream();
            var emitted = run.Output.Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            image.Position = 0;
            var assembly = context.LoadFromStream(image);

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
}
