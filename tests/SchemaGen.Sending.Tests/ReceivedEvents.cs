using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SchemaGen.Sending.Tests;

/// <summary>A PutEvents body as the server read it.</summary>
internal sealed record ReceivedBody(string TrackingId, string SessionId, string? UserId, IReadOnlyList<string> EventIds)
{
    public static ReceivedBody Parse(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        return new ReceivedBody(
            root.GetProperty("trackingId").GetString()!,
            root.GetProperty("sessionId").GetString()!,
            root.TryGetProperty("userId", out var userId) ? userId.GetString() : null,
            root.GetProperty("eventList").EnumerateArray().Select(@event => @event.GetProperty("eventId").GetString()!).ToList());
    }
}
