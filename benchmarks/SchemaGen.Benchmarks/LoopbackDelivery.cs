using System;
using Amazon.Runtime;

namespace SchemaGen.Benchmarks;

/// <summary>What the sending suites share: a signed client for the loopback server, and the check that a subject delivered everything.</summary>
internal static class LoopbackDelivery
{
    public static PersonalizeEventsClient Client(LoopbackEventsServer server) => new(new PersonalizeEventsClientOptions
    {
        Region = "us-west-2",
        EndpointUrl = server.BaseAddress,
        Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "benchmark-secret-key"),
    });

    /// <summary>Throws unless the server counted <paramref name="events"/> events since the last check and no request failed.</summary>
    public static void Check(LoopbackEventsServer server, string subject, int events, int failedRequests)
    {
        var received = server.TakeCount();
        if (received != events || failedRequests != 0)
        {
            throw new InvalidOperationException(subject + " delivered " + received + " of " + events + " events; " + failedRequests + " requests failed.");
        }
    }
}
