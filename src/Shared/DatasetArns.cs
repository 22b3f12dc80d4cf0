// One file, compiled into the runtime (which refuses such an ARN before a request is sent) and into the generator
// (whose analyzer warns of a literal one in the editor), so both read a dataset ARN alike.
#if SCHEMAGEN_GENERATOR
namespace SchemaGen.Generator.Personalize;
#else
namespace SchemaGen.Validation;
#endif

/// <summary>
/// What a dataset ARN names: <c>arn:&lt;partition&gt;:personalize:&lt;region&gt;:&lt;account&gt;:dataset/&lt;dataset group&gt;/&lt;TYPE&gt;</c>,
/// the type being the dataset's (<c>INTERACTIONS</c>, <c>ITEMS</c>, <c>USERS</c>, <c>ACTIONS</c>, <c>ACTION_INTERACTIONS</c>).
/// </summary>
internal static class DatasetArns
{
    /// <summary>The dataset types as a dataset ARN ends with them.</summary>
    private static readonly string[] DatasetTypes = { "INTERACTIONS", "ITEMS", "USERS", "ACTIONS", "ACTION_INTERACTIONS" };

    /// <summary>The service model's <c>Arn</c> pattern: <c>arn:([a-z\d-]+):personalize:.*:.*:.+</c>.</summary>
    private static readonly System.Text.RegularExpressions.Regex ArnPattern = new(
        "^arn:([a-z\\d-]+):personalize:.*:.*:.+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

    /// <summary>Whether the text has the form of an Amazon Personalize ARN.</summary>
    public static bool IsPersonalizeArn(string arn) => ArnPattern.IsMatch(arn);

    /// <summary>The resource an Amazon Personalize ARN names: what follows its fifth colon (<c>dataset/shop/ITEMS</c>).</summary>
    public static string ResourceOf(string arn) => arn.Split(new[] { ':' }, 6)[5];

    /// <summary>The dataset type a dataset ARN names; null when the ARN names no dataset.</summary>
    public static string? DatasetTypeOf(string arn)
    {
        if (!IsPersonalizeArn(arn))
        {
            return null;
        }

        var resource = ResourceOf(arn);
        var lastSlash = resource.LastIndexOf('/');
        var named = lastSlash < 0 ? string.Empty : resource.Substring(lastSlash + 1);
        return resource.StartsWith("dataset/", System.StringComparison.Ordinal) && System.Array.IndexOf(DatasetTypes, named) >= 0 ? named : null;
    }
}
