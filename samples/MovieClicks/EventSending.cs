using System;
using System.Threading.Tasks;
using SchemaGen;

namespace MovieClicks;

/// <summary>Records the seed's events through an <see cref="EventRecorder{T}"/> when the environment says where to.</summary>
internal static class EventSending
{
    public static async Task SendAsync(params MovieRating[] interactions)
    {
        var trackingId = Environment.GetEnvironmentVariable("PERSONALIZE_TRACKING_ID");
        var endpointConfigured = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_PERSONALIZE_EVENTS"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AWS_REGION"));
        if (string.IsNullOrEmpty(trackingId) || !endpointConfigured)
        {
            Console.WriteLine("(not sent: set PERSONALIZE_TRACKING_ID, and AWS_ENDPOINT_URL_PERSONALIZE_EVENTS or AWS_REGION, to send these events)");
            return;
        }

        // Region, endpoint and credentials come from the environment, as with the AWS SDKs.
        using var client = new PersonalizeEventsClient();
        var failed = 0;
        await using (var recorder = new EventRecorder<MovieRating>(client, new EventRecorderOptions
        {
            TrackingId = trackingId,
            OnFailure = failure =>
            {
                failed += failure.Request.EventList.Count;
                Console.WriteLine($"not accepted: {failure.Request.EventList.Count} events: {failure.Exception.Message}");
            },
        }))
        {
            foreach (var interaction in interactions)
            {
                Console.WriteLine($"recorded {interaction.EventType} of {interaction.ItemId} as event {await recorder.RecordAsync("session1", interaction)}");
            }
        }

        // Disposing the recorder sent what it held: each event is now accepted or was reported above.
        Console.WriteLine($"sent to {client.EventsUri}: {interactions.Length - failed} accepted, {failed} not accepted");
    }
}
