using System;
using System.Linq;
using Xunit;

namespace SchemaGen.Runtime.Tests;

public sealed class PutEventsBatcherTests
{
    [Fact]
    public void Groups_by_session_and_user_and_splits_at_ten_events()
    {
        var batcher = new PutEventsBatcher("tracking-1");
        for (var i = 0; i < 23; i++)
        {
            batcher.Add("s1", "u1", Event("a" + i));
        }

        batcher.Add("s1", "u2", Event("b0"));
        batcher.Add("s2", "u1", Event("c0"));
        batcher.Add("s1", null, Event("d0"));
        batcher.Add("s1", "u2", Event("b1"));

        var requests = batcher.Build();

        Assert.Equal(27, batcher.Count);
        Assert.Equal(
            new[] { ("s1", "u1", 10), ("s1", "u1", 10), ("s1", "u1", 3), ("s1", "u2", 2), ("s2", "u1", 1), ("s1", (string?)null, 1) },
            requests.Select(r => (r.SessionId, r.UserId, r.EventList.Count)));
        Assert.All(requests, r => Assert.Equal("tracking-1", r.TrackingId));
        Assert.All(requests, r => Assert.Empty(r.Validate()));
        Assert.Equal(
            Enumerable.Range(0, 23).Select(i => "a" + i),
            requests.Take(3).SelectMany(r => r.EventList).Select(e => e.ItemId));
        Assert.Equal(new[] { "b0", "b1" }, requests[3].EventList.Select(e => e.ItemId));
    }

    [Fact]
    public void No_events_make_no_requests() => Assert.Empty(new PutEventsBatcher("t").Build());

    private static InteractionEvent Event(string itemId) =>
        new("click", DateTimeOffset.FromUnixTimeSeconds(1700000000)) { ItemId = itemId };
}
