using System.Collections.Generic;

namespace SchemaGen.Validation;

/// <summary>
/// Checks a PutActionInteractions request against every limit of the service model: the tracking id, 1 to 10
/// action interactions, and each member of each (ids 1 to 256 characters, <c>recommendationId</c> 1 to 40,
/// <c>impression</c> 1 to 25 action ids, <c>properties</c> 1 to 1,024 characters of a flat JSON object without the
/// keys that have members of their own).
/// </summary>
internal static class ActionInteractionsValidator
{
    private const string List = "actionInteractions";

    public static IReadOnlyList<ValidationError> Validate(PutActionInteractionsRequest request)
    {
        var errors = new List<ValidationError>();
        LimitChecks.CheckLength(errors, "trackingId", request.TrackingId, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        LimitChecks.CheckCount(errors, List, "action interactions", request.ActionInteractions.Count, 1, PersonalizeLimits.MaxRecordsPerRequest);
        for (var i = 0; i < request.ActionInteractions.Count; i++)
        {
            if (request.ActionInteractions[i] is not { } interaction)
            {
                errors.Add(new ValidationError(MemberName.OfRecord(List, i, string.Empty).ToString(), "is null"));
                continue;
            }

            Validate(errors, i, interaction);
        }

        return errors;
    }

    private static void Validate(List<ValidationError> errors, int index, ActionInteraction interaction)
    {
        LimitChecks.CheckLength(errors, Member(index, ".actionId"), interaction.ActionId, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        if (interaction.UserId is not null)
        {
            LimitChecks.CheckLength(errors, Member(index, ".userId"), interaction.UserId, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        }

        LimitChecks.CheckLength(errors, Member(index, ".sessionId"), interaction.SessionId, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        LimitChecks.CheckLength(errors, Member(index, ".eventType"), interaction.EventType, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        if (interaction.EventId is not null)
        {
            LimitChecks.CheckLength(errors, Member(index, ".eventId"), interaction.EventId, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        }

        if (interaction.RecommendationId is not null)
        {
            LimitChecks.CheckLength(errors, Member(index, ".recommendationId"), interaction.RecommendationId, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxRecommendationIdLength);
        }

        if (interaction.Impression is { } impression)
        {
            LimitChecks.CheckCount(errors, Member(index, ".impression"), "action ids", impression.Count, 1, PersonalizeLimits.MaxImpressionItems);
            for (var i = 0; i < impression.Count; i++)
            {
                LimitChecks.CheckLength(errors, MemberName.OfRecord(List, index, ".impression", i), impression[i], PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
            }
        }

        if (interaction.Properties is not null)
        {
            var member = Member(index, ".properties");
            if (LimitChecks.CheckLength(errors, member, interaction.Properties, 1, PersonalizeLimits.MaxActionInteractionPropertiesLength) && !interaction.PropertiesFromSchemaWriter)
            {
                PropertiesObjectCheck.Check(errors, member, interaction.Properties);
            }
        }
    }

    private static MemberName Member(int index, string suffix) => MemberName.OfRecord(List, index, suffix);
}
