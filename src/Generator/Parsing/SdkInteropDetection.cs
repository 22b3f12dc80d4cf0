using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing;

/// <summary>Finds which AWS SDK conversions a compilation can take (<see cref="SdkInterop"/>) by the SDK types it has.</summary>
internal static class SdkInteropDetection
{
    /// <summary>Only this fact about the compilation flows on, so SDK detection never defeats caching.</summary>
    public static SdkInterop Of(Compilation compilation)
    {
        if (!Has(compilation, KnownNames.SdkEventType)
            || !Has(compilation, KnownNames.SdkMetricAttributionType)
            || !Has(compilation, KnownNames.SdkPutEventsRequestType))
        {
            return SdkInterop.None;
        }

        return Has(compilation, KnownNames.SdkClientType) && Has(compilation, KnownNames.SdkServiceExceptionType)
            ? SdkInterop.ConversionsAndSender
            : SdkInterop.Conversions;
    }

    private static bool Has(Compilation compilation, string metadataName) => compilation.GetTypeByMetadataName(metadataName) is not null;
}
