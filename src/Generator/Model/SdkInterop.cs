using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Model;

/// <summary>
/// Which conversions to the AWS SDK's types the compilation can take: each is generated only when every SDK type it
/// names is there, so a project with stand-ins of some SDK types, or an SDK without them, still compiles.
/// </summary>
internal enum SdkInterop
{
    None,

    /// <summary><c>ToSdkEvent</c> and <c>ToSdkRequest</c>: the SDK's <c>Event</c>, <c>MetricAttribution</c> and <c>PutEventsRequest</c>.</summary>
    Conversions,

    /// <summary>The conversions and <c>AwsSdkPutEventsSender</c>, which also names the SDK's client and its service exception.</summary>
    ConversionsAndSender,
}

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
