using System.Collections.Generic;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Analyzers.Evolution;

/// <summary>One difference between a schema type and its shipped schema, and the field it is about (null for the record).</summary>
internal sealed record SchemaChange(string? FieldName, string Description);

/// <summary>
/// How a schema type differs from what was shipped, and which differences the service cannot take (Developer
/// Guide, "Replacing a dataset's schema"): an Items or Users dataset takes a schema that only adds nullable fields;
/// every other change — and any change at all to an Interactions, Actions or Action interactions schema — needs a
/// new dataset.
/// </summary>
internal static class SchemaChanges
{
    /// <summary>The changes the service refuses, in field order; empty when the schema may be deployed over the shipped one.</summary>
    public static List<SchemaChange> Refused(ShippedSchema shipped, SchemaModel model)
    {
        var changes = new List<SchemaChange>();
        if (shipped.Dataset != model.Dataset)
        {
            changes.Add(new SchemaChange(null, "it was shipped as " + Named(shipped.Dataset) + " schema and is now " + Named(model.Dataset) + " schema"));
            return changes;
        }

        var replaceable = model.Dataset == DatasetType.Items || model.Dataset == DatasetType.Users;
        var added = new List<FieldModel>();
        foreach (var field in model.Fields)
        {
            if (shipped.Field(field.FieldName) is null)
            {
                added.Add(field);
            }
        }

        foreach (var before in shipped.Fields)
        {
            var now = model.Field(before.Name);
            if (now is null)
            {
                changes.Add(new SchemaChange(before.Name, "field " + before.Name + " was removed" + RenameHint(before, added)));
                continue;
            }

            var type = AvroSchemaWriter.AvroTypeName(now.AvroType);
            if (type != before.Type)
            {
                changes.Add(new SchemaChange(before.Name, "field " + before.Name + " changed type from " + before.Type + " to " + type));
            }

            if (now.IsNullable != before.IsNullable)
            {
                changes.Add(new SchemaChange(before.Name, "field " + before.Name + (now.IsNullable ? " became nullable" : " is no longer nullable")));
            }

            if (now.IsCategorical != before.IsCategorical)
            {
                changes.Add(new SchemaChange(before.Name, "field " + before.Name + (now.IsCategorical ? " became categorical" : " is no longer categorical")));
            }

            if (now.IsTextual != before.IsTextual)
            {
                changes.Add(new SchemaChange(before.Name, "field " + before.Name + (now.IsTextual ? " became textual" : " is no longer textual")));
            }
        }

        if (!replaceable && changes.Count == 0 && added.Count == 0 && !SameOrder(shipped, model))
        {
            changes.Add(new SchemaChange(null, "its fields were reordered (" + string.Join(", ", FieldNames(model)) + ")"));
        }

        foreach (var field in added)
        {
            if (!replaceable)
            {
                changes.Add(new SchemaChange(field.FieldName, "field " + field.FieldName + " was added"));
            }
            else if (!field.IsNullable)
            {
                changes.Add(new SchemaChange(field.FieldName, "field " + field.FieldName + " was added and is not nullable, but the records already stored have no value for it"));
            }
        }

        return changes;
    }

    /// <summary>Whether the fields, all of them shipped, stand in the shipped order: the bulk-import CSV's column order.</summary>
    private static bool SameOrder(ShippedSchema shipped, SchemaModel model)
    {
        for (var i = 0; i < shipped.Fields.Count && i < model.Fields.Count; i++)
        {
            if (shipped.Fields[i].Name != model.Fields[i].FieldName)
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> FieldNames(SchemaModel model)
    {
        foreach (var field in model.Fields)
        {
            yield return field.FieldName;
        }
    }

    /// <summary>What the service needs instead, for the message: a schema of the kind it replaces, or a new dataset.</summary>
    public static string Consequence(DatasetType dataset) =>
        dataset == DatasetType.Items || dataset == DatasetType.Users
            ? "Personalize replaces " + Named(dataset) + " schema only with one that adds nullable fields"
            : Named(dataset) + " schema cannot be replaced: the service needs a new dataset";

    /// <summary>The dataset type with its article: "an Items", "a Users".</summary>
    private static string Named(DatasetType dataset) => (dataset == DatasetType.Users ? "a " : "an ") + dataset.RecordName;

    /// <summary>A renamed property looks like a removed field and an added one: say so when one added field has the removed one's type.</summary>
    private static string RenameHint(ShippedField removed, List<FieldModel> added)
    {
        FieldModel? candidate = null;
        foreach (var field in added)
        {
            if (AvroSchemaWriter.AvroTypeName(field.AvroType) == removed.Type)
            {
                if (candidate is not null)
                {
                    return string.Empty;
                }

                candidate = field;
            }
        }

        return candidate is null
            ? string.Empty
            : " (renamed to " + candidate.FieldName + "? [SchemaField(\"" + removed.Name + "\")] on " + candidate.PropertyName + " keeps the shipped name)";
    }
}
