using System.Collections.Generic;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Analyzers.Evolution;

/// <summary>One field of a shipped schema: what a change to it is judged by.</summary>
internal sealed record ShippedField(string Name, string Type, bool IsNullable, bool IsCategorical, bool IsTextual);

/// <summary>
/// A schema as it was deployed: the <c>.avsc</c> a project keeps under <c>ShippedSchemas/</c> (one per schema name) and
/// adds to the build as an additional file, read only as far as evolution needs — the record's dataset type and each
/// field's name, type, nullability and marks.
/// </summary>
internal sealed class ShippedSchema
{
    /// <summary>The folder that holds a project's shipped schemas, as the docs name it.</summary>
    public const string FolderName = "ShippedSchemas";

    public const string Extension = ".avsc";

    private ShippedSchema(DatasetType dataset, List<ShippedField> fields)
    {
        Dataset = dataset;
        Fields = fields;
    }

    public DatasetType Dataset { get; }

    public IReadOnlyList<ShippedField> Fields { get; }

    /// <returns>The schema, or null with <paramref name="problem"/> saying what is wrong with the file.</returns>
    public static ShippedSchema? Read(string text, out string? problem)
    {
        if (JsonTree.Parse(text, out problem) is not Dictionary<string, object?> root)
        {
            problem ??= "it is not a JSON object";
            return null;
        }

        if (!(root.TryGetValue("type", out var type) && type is "record"))
        {
            problem = "it is not an Avro record (\"type\": \"record\")";
            return null;
        }

        var recordName = root.TryGetValue("name", out var name) ? name as string : null;
        DatasetType? dataset = null;
        foreach (var candidate in DatasetType.All)
        {
            if (candidate.RecordName == recordName)
            {
                dataset = candidate;
            }
        }

        if (dataset is null)
        {
            problem = "its record is named '" + recordName + "', not after a dataset type (Interactions, Items, Users, Actions, ActionInteractions)";
            return null;
        }

        if (!(root.TryGetValue("fields", out var fieldsValue) && fieldsValue is List<object?> fieldList))
        {
            problem = "it has no fields array";
            return null;
        }

        var fields = new List<ShippedField>();
        foreach (var item in fieldList)
        {
            if (ReadField(item, out problem) is not { } field)
            {
                return null;
            }

            fields.Add(field);
        }

        problem = null;
        return new ShippedSchema(dataset, fields);
    }

    public ShippedField? Field(string name)
    {
        foreach (var field in Fields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }

    private static ShippedField? ReadField(object? item, out string? problem)
    {
        if (item is not Dictionary<string, object?> field || !(field.TryGetValue("name", out var nameValue) && nameValue is string name))
        {
            problem = "a field is not an object with a name";
            return null;
        }

        var (type, nullable) = field.TryGetValue("type", out var typeValue) ? TypeOf(typeValue) : (null, false);
        if (type is null)
        {
            problem = "field " + name + " has no primitive type, nor a union of one with null";
            return null;
        }

        if (!Flag(field, "categorical", out var categorical) || !Flag(field, "textual", out var textual))
        {
            problem = "field " + name + " has a \"categorical\" or \"textual\" that is not true or false";
            return null;
        }

        problem = null;
        return new ShippedField(name, type, nullable, categorical, textual);
    }

    private static (string? Type, bool Nullable) TypeOf(object? value)
    {
        if (value is string primitive)
        {
            return (primitive, false);
        }

        if (value is List<object?> { Count: 2 } union && union[0] is string first && union[1] is string second && (first == "null") != (second == "null"))
        {
            return (first == "null" ? second : first, true);
        }

        return (null, false);
    }

    private static bool Flag(Dictionary<string, object?> field, string name, out bool value)
    {
        value = false;
        if (!field.TryGetValue(name, out var flag))
        {
            return true;
        }

        if (flag is bool set)
        {
            value = set;
            return true;
        }

        return false;
    }
}
