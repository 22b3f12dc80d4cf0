using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

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
        CheckLength(errors, "trackingId", request.TrackingId, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        CheckLength(errors, "sessionId", request.SessionId, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        if (request.UserId is not null)
        {
            CheckLength(errors, "userId", request.UserId, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        }

        // EventList: 1-10 events.
        CheckCount(errors, "eventList", "events", request.EventList.Count, 1, PersonalizeLimits.MaxEventsPerRequest);
        for (var i = 0; i < request.EventList.Count; i++)
        {
            var @event = request.EventList[i];
            var path = "eventList[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (@event is null)
            {
                errors.Add(new ValidationError(path, "is null"));
                continue;
            }

            ValidateEvent(errors, path, @event);
        }

        return errors;
    }

    private static void ValidateEvent(List<ValidationError> errors, string path, InteractionEvent @event)
    {
        // Event: eventId and eventType are StringType (1-256); itemId is ItemId (1-256).
        if (@event.EventId is not null)
        {
            CheckLength(errors, path + ".eventId", @event.EventId, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        }

        CheckLength(errors, path + ".eventType", @event.EventType, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        if (@event.ItemId is not null)
        {
            CheckLength(errors, path + ".itemId", @event.ItemId, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        }

        // FloatType: NaN and infinities have no JSON number; the SDKs would send them as strings, which no
        // threshold or training step can use, so they are refused here.
        if (@event.EventValue is { } value && (float.IsNaN(value) || float.IsInfinity(value)))
        {
            errors.Add(new ValidationError(path + ".eventValue", "is " + value.ToString(CultureInfo.InvariantCulture) + "; it must be a finite number"));
        }

        // RecommendationId: 1-40.
        if (@event.RecommendationId is not null)
        {
            CheckLength(errors, path + ".recommendationId", @event.RecommendationId, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxRecommendationIdLength);
        }

        // Impression: 1-25 ItemIds, each 1-256.
        if (@event.Impression is not null)
        {
            CheckCount(errors, path + ".impression", "item ids", @event.Impression.Count, 1, PersonalizeLimits.MaxImpressionItems);
            for (var i = 0; i < @event.Impression.Count; i++)
            {
                CheckLength(errors, path + ".impression[" + i.ToString(CultureInfo.InvariantCulture) + "]", @event.Impression[i], PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
            }
        }

        // EventAttributionSource: max 1024, pattern ^[\x20-\x7E]*[\x21-\x7E]+[\x20-\x7E]*$.
        if (@event.MetricAttribution is not null)
        {
            CheckAttributionSource(errors, path + ".metricAttribution.eventAttributionSource", @event.MetricAttribution.EventAttributionSource);
        }

        // EventPropertiesJSON: 1-1024 characters, a JSON object without the keys that have members of their own.
        if (@event.Properties is not null)
        {
            var member = path + ".properties";
            CheckLength(errors, member, @event.Properties, 1, PersonalizeLimits.MaxPropertiesLength);
            if (@event.Properties.Length > 0)
            {
                CheckPropertiesKeys(errors, member, @event.Properties);
            }
        }
    }

    private static void CheckLength(List<ValidationError> errors, string member, string? value, int min, int max)
    {
        if (value is null)
        {
            errors.Add(new ValidationError(member, "is null; it is required"));
            return;
        }

        if (value.Length < min || value.Length > max)
        {
            errors.Add(new ValidationError(member, "is " + Characters(value.Length) + " long; the limit is " + Range(min, max) + " characters"));
        }
    }

    private static void CheckCount(List<ValidationError> errors, string member, string noun, int count, int min, int max)
    {
        if (count < min || count > max)
        {
            errors.Add(new ValidationError(member, "holds " + count.ToString(CultureInfo.InvariantCulture) + " " + noun + "; the limit is " + Range(min, max)));
        }
    }

    private static void CheckAttributionSource(List<ValidationError> errors, string member, string? value)
    {
        if (value is null)
        {
            errors.Add(new ValidationError(member, "is null; it is required"));
            return;
        }

        if (value.Length > PersonalizeLimits.MaxEventAttributionSourceLength)
        {
            errors.Add(new ValidationError(member, "is " + Characters(value.Length) + " long; the limit is " + PersonalizeLimits.MaxEventAttributionSourceLength.ToString(CultureInfo.InvariantCulture) + " characters"));
        }

        var hasVisible = false;
        foreach (var character in value)
        {
            if (character < '\x20' || character > '\x7E')
            {
                errors.Add(new ValidationError(member, "holds the character U+" + ((int)character).ToString("X4", CultureInfo.InvariantCulture) + "; only printable ASCII (U+0020 to U+007E) is allowed"));
                return;
            }

            hasVisible |= character != ' ';
        }

        if (!hasVisible)
        {
            errors.Add(new ValidationError(member, "has no character other than spaces; at least one printable non-space ASCII character is required"));
        }
    }

    private static void CheckPropertiesKeys(List<ValidationError> errors, string member, string properties)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(properties));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                errors.Add(new ValidationError(member, "is not a JSON object"));
                return;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                foreach (var forbidden in PersonalizeLimits.ForbiddenPropertiesKeys)
                {
                    if (string.Equals(key, forbidden, StringComparison.OrdinalIgnoreCase))
                    {
                        errors.Add(new ValidationError(member, "holds the key '" + key + "', which the service forbids in properties (send it as the request's or event's own member)"));
                    }
                }

                reader.Skip();
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                errors.Add(new ValidationError(member, "is not a single JSON object"));
            }
        }
        catch (JsonException exception)
        {
            errors.Add(new ValidationError(member, "is not valid JSON: " + exception.Message));
        }
    }

    private static string Characters(int length) => length.ToString(CultureInfo.InvariantCulture) + (length == 1 ? " character" : " characters");

    private static string Range(int min, int max) => min.ToString(CultureInfo.InvariantCulture) + " to " + max.ToString(CultureInfo.InvariantCulture);
}
