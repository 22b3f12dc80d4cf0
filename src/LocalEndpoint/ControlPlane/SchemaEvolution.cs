using SchemaGen.Avro;
using SchemaGen.Generator.Personalize;
using SchemaGen.LocalEndpoint.Protocol;

namespace SchemaGen.LocalEndpoint.ControlPlane;

/// <summary>
/// Whether UpdateDataset may replace a dataset's schema with another (Developer Guide, "Replacing a dataset's
/// schema"): Items and Users datasets only; every existing field kept with the same type, nullability and markings;
/// every added field nullable, since the records already stored have no value for it. Each refusal names the field.
/// </summary>
internal static class SchemaEvolution
{
    public static void Check(string datasetArn, AvroSchema current, AvroSchema replacement)
    {
        var dataset = current.Dataset;
        if (dataset != DatasetType.Items && dataset != DatasetType.Users)
        {
            throw Refused(datasetArn, "only Items and Users datasets take a new schema; a " + dataset.RecordName + " dataset with another schema is a new dataset");
        }

        if (replacement.Dataset != dataset)
        {
            throw Refused(datasetArn, "the new schema is a " + replacement.Dataset.RecordName + " schema; the dataset holds " + dataset.RecordName);
        }

        if (replacement.Domain != current.Domain)
        {
            throw Refused(datasetArn, "the new schema's domain is " + (replacement.Domain?.Name ?? "none") + "; the dataset's is " + (current.Domain?.Name ?? "none"));
        }

        foreach (var field in current.Fields)
        {
            var kept = replacement.Field(field.Name)
                ?? throw Refused(datasetArn, "the new schema drops field " + field.Name + "; fields can be added, not removed");
            if (kept != field)
            {
                throw Refused(datasetArn, "the new schema changes field " + field.Name + " from " + Describe(field) + " to " + Describe(kept) + "; existing fields stay as they are");
            }
        }

        foreach (var added in replacement.Fields)
        {
            if (current.Field(added.Name) is null && !added.Nullable)
            {
                throw Refused(datasetArn, "the new schema adds field " + added.Name + " of type " + added.Type + ", which is not nullable; an added field must allow null (the records already stored have no value for it)");
            }
        }
    }

    private static string Describe(AvroField field) =>
        (field.Nullable ? "[\"null\", \"" + field.Type + "\"]" : field.Type)
        + (field.Categorical ? " categorical" : string.Empty)
        + (field.Textual ? " textual" : string.Empty);

    private static ServiceError Refused(string datasetArn, string reason) =>
        ServiceError.InvalidInput("Cannot update dataset " + datasetArn + " to this schema: " + reason + ".");
}
