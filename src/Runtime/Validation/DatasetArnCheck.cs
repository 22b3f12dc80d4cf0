using System.Collections.Generic;

namespace SchemaGen.Validation;

/// <summary>
/// A <c>datasetArn</c> is an <c>Arn</c> of the service model (at most 256 characters, <c>arn:…:personalize:…:…:…</c>)
/// and names a dataset of the type the call writes to: PutItems takes <c>…:dataset/&lt;group&gt;/ITEMS</c>, and the
/// ARN of the group's Interactions dataset sent there is refused here by name rather than by the service later.
/// </summary>
internal static class DatasetArnCheck
{
    public static void Check(List<ValidationError> errors, string datasetArn, string datasetType, string operation)
    {
        const string Member = "datasetArn";
        if (!LimitChecks.CheckLength(errors, Member, datasetArn, 1, PersonalizeLimits.MaxArnLength))
        {
            return;
        }

        if (!DatasetArns.IsPersonalizeArn(datasetArn))
        {
            errors.Add(new ValidationError(Member, "is '" + datasetArn + "', which is not an Amazon Personalize ARN (arn:<partition>:personalize:<region>:<account>:<resource>)"));
            return;
        }

        var named = DatasetArns.DatasetTypeOf(datasetArn);
        if (named is null)
        {
            errors.Add(new ValidationError(Member, "names '" + DatasetArns.ResourceOf(datasetArn) + "', which is not a dataset; " + operation + " takes the ARN of a dataset of type " + datasetType + " (…:dataset/<dataset group>/" + datasetType + ")"));
        }
        else if (named != datasetType)
        {
            errors.Add(new ValidationError(Member, "names a dataset of type " + named + "; " + operation + " takes the ARN of a dataset of type " + datasetType + " (…:dataset/<dataset group>/" + datasetType + ")"));
        }
    }
}
