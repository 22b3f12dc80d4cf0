namespace SchemaGen;

/// <summary>
/// The service's request-rate quotas per dataset group (Amazon Personalize developer guide, "Quotas"): the recorders'
/// default <see cref="RecorderOptions.MaxRequestsPerSecond"/>. The service model has no rate limits; these are
/// adjustable on request, hence options rather than limits.
/// </summary>
internal static class PersonalizeQuotas
{
    public const int PutEventsPerSecond = 1000;

    public const int PutActionInteractionsPerSecond = 1000;

    /// <summary>PutItems, PutUsers and PutActions each.</summary>
    public const int PutDatasetRecordsPerSecond = 10;
}
