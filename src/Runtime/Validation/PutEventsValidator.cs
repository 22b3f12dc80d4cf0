using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SchemaGen.Serialization;

namespace SchemaGen.Validation;

/// <summary>
/// Checks a request against every limit of the <c>personalize-events</c> service model, so that nothing the
/// service would reject is sent. Each message names the member, the value's length or count, and the limit.
/// </summary>
internal static class PutEventsValidator
{
    public static IReadOnlyList<ValidationError> Validate(PutEventsRequest request)
    {
        var errors = new List<ValidationError>();

        // PutEventsRequest: trackingId and sessionId are StringType (1-256); userId is UserId (1-256).
        LimitChecks.CheckLength(errors, "trackingId", request.TrackingId, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        LimitChecks.CheckLength(errors, "sessionId", request.SessionId, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        if (request.UserId is not null)
        {
            LimitChecks.CheckLength(errors, "userId", request.UserId, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        }

        // EventList: 1-10 events.
        LimitChecks.CheckCount(errors, "eventList", "events", request.EventList.Count, 1, PersonalizeLimits.MaxEventsPerRequest);
        for (var i = 0; i < request.EventList.Count; i++)
        {
            var @event = request.EventList[i];
            if (@event is null)
            {
                errors.Add(new ValidationError(new EventPath(i).Member(string.Empty).ToString(), "is null"));
                continue;
            }

            ValidateEvent(errors, new EventPath(i), @event);
        }

        return errors;
    }

    private static void ValidateEvent(List<ValidationError> errors, EventPath path, InteractionEvent @event)
    {
        // Event: eventId and eventType are StringType (1-256); itemId is ItemId (1-256).
        if (@event.EventId is not null)
        {
            LimitChecks.CheckLength(errors, path.Member(".eventId"), @event.EventId, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        }

        LimitChecks.CheckLength(errors, path.Member(".eventType"), @event.EventType, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        if (@event.ItemId is not null)
        {
            LimitChecks.CheckLength(errors, path.Member(".itemId"), @event.ItemId, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        }

        // FloatType: NaN and infinities have no JSON number; the SDKs would send them as strings, which no
        // threshold or training step can use, so they are refused here.
        if (@event.EventValue is { } value && (float.IsNaN(value) || float.IsInfinity(value)))
        {
            errors.Add(new ValidationError(path.Member(".eventValue").ToString(), "is " + value.ToString(CultureInfo.InvariantCulture) + "; it must be a finite number"));
        }

        // RecommendationId: 1-40.
        if (@event.RecommendationId is not null)
        {
            LimitChecks.CheckLength(errors, path.Member(".recommendationId"), @event.RecommendationId, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxRecommendationIdLength);
        }

        // Impression: 1-25 ItemIds, each 1-256.
        if (@event.Impression is not null)
        {
            LimitChecks.CheckCount(errors, path.Member(".impression"), "item ids", @event.Impression.Count, 1, PersonalizeLimits.MaxImpressionItems);
            for (var i = 0; i < @event.Impression.Count; i++)
            {
                LimitChecks.CheckLength(errors, path.Impression(i), @event.Impression[i], PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
            }
        }

        // EventAttributionSource: max 1024, pattern ^[\x20-\x7E]*[\x21-\x7E]+[\x20-\x7E]*$.
        if (@event.MetricAttribution is not null)
        {
            CheckAttributionSource(errors, path.Member(".metricAttribution.eventAttributionSource"), @event.MetricAttribution.EventAttributionSource);
        }

        // EventPropertiesJSON: 1-1024 characters, a flat JSON object without the keys that have members of their own.
        if (@event.Properties is not null)
        {
            var member = path.Member(".properties");
            // A schema's generated writer cannot write a shape the service refuses; anything else is parsed.
            if (LimitChecks.CheckLength(errors, member, @event.Properties, 1, PersonalizeLimits.MaxPropertiesLength) && !@event.PropertiesFromSchemaWriter)
            {
                PropertiesObjectCheck.Check(errors, member, @event.Properties);
            }
        }
    }

    private static void CheckAttributionSource(List<ValidationError> errors, MemberName member, string? value)
    {
        if (value is null)
        {
            errors.Add(new ValidationError(member.ToString(), "is null; it is required"));
            return;
        }

        if (value.Length > PersonalizeLimits.MaxEventAttributionSourceLength)
        {
            errors.Add(new ValidationError(member.ToString(), "is " + TextRules.DescribeLength(value) + "; the limit is " + PersonalizeLimits.MaxEventAttributionSourceLength.ToString(CultureInfo.InvariantCulture) + " characters"));
        }

        var hasVisible = false;
        foreach (var character in value)
        {
            if (character < '\x20' || character > '\x7E')
            {
                errors.Add(new ValidationError(member.ToString(), "holds the character U+" + ((int)character).ToString("X4", CultureInfo.InvariantCulture) + "; only printable ASCII (U+0020 to U+007E) is allowed"));
                return;
            }

            hasVisible |= character != ' ';
        }

        if (!hasVisible)
        {
            errors.Add(new ValidationError(member.ToString(), "has no character other than spaces; at least one printable non-space ASCII character is required"));
        }
    }

}
