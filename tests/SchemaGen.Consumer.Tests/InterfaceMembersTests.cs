using System;
using Xunit;

namespace SchemaGen.Consumer.Tests;

/// <summary>What a generic sender reaches through <see cref="IInteractionsSchema"/>: the request's user and the event.</summary>
public sealed class InterfaceMembersTests
{
    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(1700000000);

    [Fact]
    public void The_user_id_is_the_USER_ID_field()
    {
        IInteractionsSchema rating = SeedExampleTests.Rating;

        Assert.Equal("user555", rating.UserId);
    }

    [Fact]
    public void A_null_user_id_is_refused_naming_the_member()
    {
        IInteractionsSchema click = new MovieClick { UserId = null!, ItemId = "i1", Timestamp = 1700000000 };

        var error = Assert.Throws<Serialization.InteractionFormatException>(() => click.UserId);
        Assert.Equal("userId", error.Key);
    }

    [Fact]
    public void The_event_is_the_one_the_typed_method_creates()
    {
        var rating = SeedExampleTests.Rating;

        var viaInterface = ((IInteractionsSchema)rating).ToEvent(null, "e1");
        var typed = rating.ToEvent("e1");

        Assert.Equal(typed.EventType, viaInterface.EventType);
        Assert.Equal("e1", viaInterface.EventId);
        Assert.Equal(typed.Properties, viaInterface.Properties);
        Assert.Equal(typed.ItemId, viaInterface.ItemId);
        Assert.Equal(typed.EventValue, viaInterface.EventValue);
    }

    [Fact]
    public void A_schema_that_supplies_its_own_event_type_refuses_another()
    {
        IInteractionsSchema watch = new WatchEvent { UserId = "u1", ItemId = "i1", Timestamp = SentAt.UtcDateTime };

        Assert.Equal("watch", watch.ToEvent(null, null).EventType);
        var error = Assert.Throws<ArgumentException>(() => watch.ToEvent("click", null));
        Assert.Equal("eventType", error.ParamName);
        Assert.Contains("'WatchEvent' supplies each event's type itself", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_without_event_types_takes_the_callers_and_requires_one()
    {
        IInteractionsSchema click = new MovieClick { UserId = "u1", ItemId = "i1", Timestamp = 1700000000 };

        Assert.Equal("click", click.ToEvent("click", null).EventType);
        var error = Assert.Throws<ArgumentException>(() => click.ToEvent(null, null));
        Assert.Equal("eventType", error.ParamName);
        Assert.Contains("'MovieClick' has no EVENT_TYPE field", error.Message, StringComparison.Ordinal);
    }
}
