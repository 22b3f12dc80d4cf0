using System;
using System.Threading.Tasks;
using SchemaGen;

namespace MovieClicks;

/// <summary>Records the seed's events through an <see cref="EventRecorder{T}"/>.</summary>
internal static class EventSending
{
    /// <summary>
    /// The tracking id to send with when the environment names one and where to send (a region, or an endpoint
    /// URL as the AWS SDKs read it); null otherwise.
    /// </summary>
    public static string? ConfiguredTrackingId
    {
        get
        {
            var trackingId = Environment.GetEnvironmentVariable("PERSONALIZE_TRACKING_ID");
            var endpointConfigured = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_PERSONALIZE_EVENTS"))
                || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL"))
                || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AWS_REGION"));
            return string.IsNullOrEmpty(trackingId) || !endpointConfigured ? null : trackingId;
        }
    }

    public static async Task SendAsync(PersonalizeEventsClient client, string trackingId, params MovieRating[] interactions)
    {
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
