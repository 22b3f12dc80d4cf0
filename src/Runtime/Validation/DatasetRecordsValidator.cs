using System.Collections.Generic;
using SchemaGen.Serialization;

namespace SchemaGen.Validation;

/// <summary>
/// Checks a PutItems, PutUsers or PutActions request against every limit of the service model: the dataset ARN and
/// its type, 1 to 10 records, each id 1 to 256 characters, each <c>properties</c> 1 to the call's limit and a flat
/// JSON object (these calls forbid no key in it).
/// </summary>
internal static class DatasetRecordsValidator
{
    public static IReadOnlyList<ValidationError> Validate(DatasetRecordShape shape, string datasetArn, IReadOnlyList<IDatasetRecord?> records)
    {
        var errors = new List<ValidationError>();
        DatasetArnCheck.Check(errors, datasetArn, shape.DatasetType, shape.Operation);
        LimitChecks.CheckCount(errors, shape.ListName, shape.ListName, records.Count, 1, PersonalizeLimits.MaxRecordsPerRequest);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (record is null)
            {
                errors.Add(new ValidationError(MemberName.OfRecord(shape.ListName, i, string.Empty).ToString(), "is null"));
                continue;
            }

            LimitChecks.CheckLength(errors, MemberName.OfRecord(shape.ListName, i, "." + shape.IdName), record.Id, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
            if (record.Properties is not null)
            {
                var member = MemberName.OfRecord(shape.ListName, i, ".properties");
                if (LimitChecks.CheckLength(errors, member, record.Properties, 1, shape.MaxPropertiesLength) && !record.PropertiesFromSchemaWriter)
                {
                    PropertiesObjectCheck.Check(errors, member, record.Properties, forbidsMemberKeys: false);
                }
            }
        }

        return errors;
    }
}
