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
