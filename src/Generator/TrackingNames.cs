namespace SchemaGen.Generator;

/// <summary>Names of the pipeline steps, so tests can assert how each step was (re)computed.</summary>
internal static class TrackingNames
{
    public const string ParseResults = nameof(ParseResults);
    public const string Schemas = nameof(Schemas);
    public const string RegistryEntries = nameof(RegistryEntries);
    public const string SdkAvailability = nameof(SdkAvailability);
}
