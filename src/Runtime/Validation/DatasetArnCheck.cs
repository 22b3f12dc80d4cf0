using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace SchemaGen.Validation;

/// <summary>
/// A <c>datasetArn</c> is an <c>Arn</c> of the service model (at most 256 characters, <c>arn:…:personalize:…:…:…</c>)
/// and names a dataset of the type the call writes to: PutItems takes <c>…:dataset/&lt;group&gt;/ITEMS</c>, and the
/// ARN of the group's Interactions dataset sent there is refused here by name rather than by the service later.
/// </summary>
internal static class DatasetArnCheck
{
    private static readonly Regex ArnPattern = new("^arn:([a-z\\d-]+):personalize:.*:.*:.+$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly string[] DatasetTypes = { "INTERACTIONS", "ITEMS", "USERS", "ACTIONS", "ACTION_INTERACTIONS" };

    public static void Check(List<ValidationError> errors, string datasetArn, string datasetType, string operation)
    {
        const string Member = "datasetArn";
        if (!LimitChecks.CheckLength(errors, Member, datasetArn, 1, PersonalizeLimits.MaxArnLength))
        {
            return;
        }

        if (!ArnPattern.IsMatch(datasetArn))
        {
            errors.Add(new ValidationError(Member, "is '" + datasetArn + "', which is not an Amazon Personalize ARN (arn:<partition>:personalize:<region>:<account>:<resource>)"));
            return;
        }

        var resource = datasetArn.Split(new[] { ':' }, 6)[5];
        var lastSlash = resource.LastIndexOf('/');
        var named = lastSlash < 0 ? string.Empty : resource.Substring(lastSlash + 1);
        if (!resource.StartsWith("dataset/", StringComparison.Ordinal) || Array.IndexOf(DatasetTypes, named) < 0)
        {
            errors.Add(new ValidationError(Member, "names '" + resource + "', which is not a dataset; " + operation + " takes the ARN of a dataset of type " + datasetType + " (…:dataset/<dataset group>/" + datasetType + ")"));
        }
        else if (named != datasetType)
        {
            errors.Add(new ValidationError(Member, "names a dataset of type " + named + "; " + operation + " takes the ARN of a dataset of type " + datasetType + " (…:dataset/<dataset group>/" + datasetType + ")"));
        }
    }
}
