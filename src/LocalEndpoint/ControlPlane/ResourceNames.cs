namespace SchemaGen.LocalEndpoint.ControlPlane;

/// <summary>The ARNs of the endpoint's resources: <c>arn:aws:personalize:&lt;region&gt;:&lt;account&gt;:&lt;kind&gt;/&lt;id&gt;</c>.</summary>
internal sealed class ResourceNames(string region)
{
    /// <summary>The account every local resource belongs to (the usual placeholder of local emulators).</summary>
    public const string AccountId = "000000000000";

    public string Arn(string kind, string id) => "arn:aws:personalize:" + region + ":" + AccountId + ":" + kind + "/" + id;
}
