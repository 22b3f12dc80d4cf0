using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace SchemaGen.Sending.Tests;

/// <summary>
/// A failure says whether the service may have stored the request after all: when an attempt timed out or lost its
/// connection once sent — not when every attempt was answered, or none could connect.
/// </summary>
public sealed class OutcomeUnknownTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    public static TheoryData<string, bool> Answers() => new()
    {
        { "refused as invalid", false },
        { "server error every time", false },
        { "connection dropped after the request arrived", true },
        { "no answer in time", true },
        { "dropped once, then server errors", true },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task A_failure_is_of_unknown_outcome_exactly_when_an_attempt_may_have_been_stored(string answers, bool outcomeUnknown)
    {
        var attempts = 0;
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            var attempt = Interlocked.Increment(ref attempts);
            switch (answers)
            {
                case "refused as invalid":
                    await LoopbackServer.Error(context, 400, "InvalidInputException", "no");
                    break;
                case "server error every time":
                case "dropped once, then server errors" when attempt > 1:
                    await LoopbackServer.Error(context, 503, "ServiceUnavailable", "later");
                    break;
                case "no answer in time":
                    await Task.Delay(Timeout * 3, context.RequestAborted).ContinueWith(_ => { });
                    context.Abort();
                    break;
                default:
                    context.Abort();
                    break;
            }
        });
        using var client = TestData.Client(server, timeout: Timeout);

        var failure = await RecordOneAsync(client);

        Assert.Equal(outcomeUnknown, failure.OutcomeUnknown);
        Assert.Equal(answers == "refused as invalid" ? 1 : 3, Volatile.Read(ref attempts));
    }

    [Fact]
    public async Task Nothing_sent_when_no_connection_was_made_is_not_of_unknown_outcome()
    {
        // A loopback port nobody listens on: every attempt is refused before anything is sent.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = new PersonalizeEventsClient(new PersonalizeEventsClientOptions
        {
            Region = TestData.Region,
            EndpointUrl = new Uri("http://127.0.0.1:" + port),
            Credentials = new BasicAWSCredentials(TestData.AccessKey, TestData.SecretKey),
            Timeout = Timeout,
        });

        var failure = await RecordOneAsync(client);

        var network = Assert.IsType<PersonalizeEventsNetworkException>(failure.Exception);
        Assert.False(network.MayHaveBeenStored);
        Assert.False(failure.OutcomeUnknown);
    }

    private static async Task<PutEventsFailure> RecordOneAsync(PersonalizeEventsClient client)
    {
        var failures = new ConcurrentQueue<PutEventsFailure>();
        await using (var recorder = new EventRecorder<MovieRating>(client, new EventRecorderOptions
        {
            TrackingId = TestData.TrackingId,
            FlushInterval = TimeSpan.FromHours(1),
            MaxAttempts = 3,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            RetryMaxDelay = TimeSpan.FromMilliseconds(5),
            OnFailure = failures.Enqueue,
        }))
        {
            await recorder.RecordAsync("session-1", TestData.Rating());
        }

        return Assert.Single(failures);
    }
}
