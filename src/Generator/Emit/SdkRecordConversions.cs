using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// The conversions of one of PutItems, PutUsers, PutActions and PutActionInteractions to the AWS SDK's types: the
/// record (<c>ToSdkItem</c>, …) and the request (<c>ToSdkRequest</c>, which checks every limit first).
/// </summary>
internal sealed class SdkRecordConversions
{
    public static readonly SdkRecordConversions[] All =
    {
        new(SdkInterop.Items, "Item", KnownNames.SdkItemType, "PutItemsRequest", KnownNames.SdkPutItemsRequestType, "ToSdkItem", "item", "Items", "DatasetArn", "ItemId = item.ItemId, Properties = item.Properties"),
        new(SdkInterop.Users, "User", KnownNames.SdkUserType, "PutUsersRequest", KnownNames.SdkPutUsersRequestType, "ToSdkUser", "user", "Users", "DatasetArn", "UserId = user.UserId, Properties = user.Properties"),
        new(SdkInterop.Actions, "ActionRecord", KnownNames.SdkActionType, "PutActionsRequest", KnownNames.SdkPutActionsRequestType, "ToSdkAction", "action", "Actions", "DatasetArn", "ActionId = action.ActionId, Properties = action.Properties"),
        new(
            SdkInterop.ActionInteractions,
            "ActionInteraction",
            KnownNames.SdkActionInteractionType,
            "PutActionInteractionsRequest",
            KnownNames.SdkPutActionInteractionsRequestType,
            "ToSdkActionInteraction",
            "interaction",
            "ActionInteractions",
            "TrackingId",
            memberAssignments: null),
    };

    private readonly string _recordType;
    private readonly string _sdkRecordType;
    private readonly string _requestType;
    private readonly string _sdkRequestType;
    private readonly string _method;
    private readonly string _parameter;
    private readonly string _list;
    private readonly string _target;
    private readonly string? _memberAssignments;

    private SdkRecordConversions(
        SdkInterop interop,
        string recordType,
        string sdkRecordType,
        string requestType,
        string sdkRequestType,
        string method,
        string parameter,
        string list,
        string target,
        string? memberAssignments)
    {
        Interop = interop;
        _recordType = "global::SchemaGen." + recordType;
        _sdkRecordType = "global::" + sdkRecordType;
        _requestType = "global::SchemaGen." + requestType;
        _sdkRequestType = "global::" + sdkRequestType;
        _method = method;
        _parameter = parameter;
        _list = list;
        _target = target;
        _memberAssignments = memberAssignments;
    }

    /// <summary>The SDK types these conversions need, all present.</summary>
    public SdkInterop Interop { get; }

    public void Write(IndentedWriter writer)
    {
        var sdkName = _sdkRecordType.Substring(_sdkRecordType.LastIndexOf('.') + 1);
        writer.Line($"/// <summary>The SDK's <c>{sdkName}</c> with the same members.</summary>");
        writer.OpenBlock($"public static {_sdkRecordType} {_method}(this {_recordType} {_parameter})");
        writer.OpenBlock($"if ({_parameter} is null)");
        writer.Line($"throw new global::System.ArgumentNullException(\"{_parameter}\");");
        writer.CloseBlock();
        writer.Line();
        if (_memberAssignments is not null)
        {
            writer.Line($"return new {_sdkRecordType} {{ {_memberAssignments} }};");
        }
        else
        {
            WriteActionInteraction(writer);
        }

        writer.CloseBlock();
        writer.Line();
        var requestName = _sdkRequestType.Substring(_sdkRequestType.LastIndexOf('.') + 1);
        writer.Line($"/// <summary>The SDK's <c>{requestName}</c> with the same members, after checking every limit.</summary>");
        writer.Line("/// <exception cref=\"global::SchemaGen.Validation.RequestValidationException\">The request breaks a limit of the service.</exception>");
        writer.OpenBlock($"public static {_sdkRequestType} ToSdkRequest(this {_requestType} request)");
        writer.OpenBlock("if (request is null)");
        writer.Line("throw new global::System.ArgumentNullException(\"request\");");
        writer.CloseBlock();
        writer.Line();
        writer.Line("request.EnsureValid();");
        writer.Line($"global::System.Collections.Generic.List<{_sdkRecordType}> records = new global::System.Collections.Generic.List<{_sdkRecordType}>(request.{_list}.Count);");
        writer.OpenBlock($"foreach ({_recordType} {_parameter} in request.{_list})");
        writer.Line($"records.Add(global::SchemaGen.{GeneratedNames.SdkConversionsClass}.{_method}({_parameter}));");
        writer.CloseBlock();
        writer.Line();
        writer.Line($"return new {_sdkRequestType} {{ {_target} = request.{_target}, {_list} = records }};");
        writer.CloseBlock();
    }

    private void WriteActionInteraction(IndentedWriter writer)
    {
        writer.Line($"{_sdkRecordType} sdkInteraction = new {_sdkRecordType}");
        writer.Line("{");
        writer.Line("    ActionId = interaction.ActionId,");
        writer.Line("    UserId = interaction.UserId,");
        writer.Line("    SessionId = interaction.SessionId,");
        writer.Line("    Timestamp = interaction.Timestamp.UtcDateTime,");
        writer.Line("    EventType = interaction.EventType,");
        writer.Line("    EventId = interaction.EventId,");
        writer.Line("    RecommendationId = interaction.RecommendationId,");
        writer.Line("    Properties = interaction.Properties,");
        writer.Line("};");
        writer.OpenBlock("if (interaction.Impression is { } impression)");
        writer.Line("sdkInteraction.Impression = new global::System.Collections.Generic.List<string>(impression);");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return sdkInteraction;");
    }
}
