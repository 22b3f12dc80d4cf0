using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing;

/// <summary>Finds which AWS SDK conversions a compilation can take (<see cref="SdkInterop"/>) by the SDK types it has.</summary>
internal static class SdkInteropDetection
{
    /// <summary>Only this fact about the compilation flows on, so SDK detection never defeats caching.</summary>
    public static SdkInterop Of(Compilation compilation)
    {
        var interop = SdkInterop.None;
        if (Has(compilation, KnownNames.SdkEventType) && Has(compilation, KnownNames.SdkMetricAttributionType) && Has(compilation, KnownNames.SdkPutEventsRequestType))
        {
            interop |= SdkInterop.Events;
            // The adapter implements SchemaGen.Sending's sender interface: only a project that sends gets it.
            if (Has(compilation, KnownNames.SdkClientType) && Has(compilation, KnownNames.SdkServiceExceptionType) && Has(compilation, KnownNames.PutEventsSenderType))
            {
                interop |= SdkInterop.Sender;
            }
        }

        if (Has(compilation, KnownNames.SdkItemType) && Has(compilation, KnownNames.SdkPutItemsRequestType))
        {
            interop |= SdkInterop.Items;
        }

        if (Has(compilation, KnownNames.SdkUserType) && Has(compilation, KnownNames.SdkPutUsersRequestType))
        {
            interop |= SdkInterop.Users;
        }

        if (Has(compilation, KnownNames.SdkActionType) && Has(compilation, KnownNames.SdkPutActionsRequestType))
        {
            interop |= SdkInterop.Actions;
        }

        if (Has(compilation, KnownNames.SdkActionInteractionType) && Has(compilation, KnownNames.SdkPutActionInteractionsRequestType))
        {
            interop |= SdkInterop.ActionInteractions;
        }

        return interop;
    }

    private static bool Has(Compilation compilation, string metadataName) => compilation.GetTypeByMetadataName(metadataName) is not null;
}
