using System.Collections.Generic;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Personalize;

/// <summary>Which fields the data-plane call carries in <c>properties</c> rather than as record members, and in what order.</summary>
internal static class PropertiesFields
{
    /// <summary>
    /// The fields in <c>properties</c>, in output order: with <c>InlineItemAndValue</c>, <c>itemId</c> and
    /// <c>eventValue</c> first (as AWS examples write them), then the metadata fields in schema order.
    /// </summary>
    public static List<FieldModel> InOrder(SchemaModel model)
    {
        var fields = new List<FieldModel>();
        if (model.InlineItemAndValue)
        {
            AddIfPresent(fields, model.Field(ReservedFields.ItemId));
            AddIfPresent(fields, model.Field(ReservedFields.EventValue));
        }

        foreach (var field in model.Fields)
        {
            if (!model.Dataset.IsRecordMember(field.FieldName))
            {
                fields.Add(field);
            }
        }

        return fields;
    }

    private static void AddIfPresent(List<FieldModel> fields, FieldModel? field)
    {
        if (field is not null)
        {
            fields.Add(field);
        }
    }
}
