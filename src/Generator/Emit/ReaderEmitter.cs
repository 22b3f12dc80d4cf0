using System.Text;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// Emits the reader: <c>FromEvent</c> (an event and the request's user id), <c>FromItem</c>, <c>FromUser</c>,
/// <c>FromAction</c> or <c>FromActionInteraction</c>, the record read back into the schema type. Every key of
/// <c>properties</c> must be a field, every value must parse, and every non-nullable field must be present;
/// each failure names the key.
/// </summary>
internal static class ReaderEmitter
{
    private const string S = CodeNames.Serialization;

    public static SchemaFilePart Part(SchemaModel model, ConstructionModel construction) =>
        new(writer =>
        {
            var names = RecordNames.Of(model.Dataset);
            var record = names is null ? "@event" : names.Parameter;
            writer.Line("/// <summary>");
            if (names is null)
            {
                writer.Line($"/// Reads a PutEvents event back into a {CodeNames.Identifier(model.TypeName)}: the inverse of <c>ToEvent</c>.");
                writer.Line("/// </summary>");
                writer.Line("/// <param name=\"event\">The event.</param>");
                writer.Line("/// <param name=\"userId\">The <c>userId</c> of the request the event came in.</param>");
            }
            else
            {
                writer.Line($"/// Reads a {model.Dataset.Operation} record back into a {CodeNames.Identifier(model.TypeName)}: the inverse of <c>{names.ToMethod}</c>.");
                writer.Line("/// </summary>");
                writer.Line($"/// <param name=\"{names.Parameter}\">The record.</param>");
            }

            writer.Line("/// <exception cref=\"global::SchemaGen.Serialization.InteractionFormatException\">A key is unknown, a value has the wrong form, or a non-nullable field is missing.</exception>");
            writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
            writer.OpenBlock(names is null
                ? $"public static {model.FullyQualifiedName} FromEvent(global::SchemaGen.InteractionEvent @event, string? userId)"
                : $"public static {model.FullyQualifiedName} {names.FromMethod}({names.RecordType} {names.Parameter})");
            writer.OpenBlock($"if ({record} is null)");
            writer.Line($"throw new global::System.ArgumentNullException(\"{record.TrimStart('@')}\");");
            writer.CloseBlock();
            writer.Line();
            writer.Line(S + ".PropertiesReader __properties = " + S + ".PropertiesReader.Parse(" + record + ".Properties);");
            WriteInlineReads(writer, model);
            if (names is null && model.EventTypes.Count > 0 && model.Field(ReservedFields.EventType) is null)
            {
                writer.Line($"{DeclaredEventType(model, record)};");
            }

            foreach (var field in model.Fields)
            {
                WriteRead(writer, model, field);
            }

            writer.Line("__properties.EnsureAllTaken();");
            writer.Line();
            WriteConstruction(writer, model, construction);
            writer.CloseBlock();
        });

    /// <summary>With <c>InlineItemAndValue</c>, properties may repeat itemId and eventValue; the event's own members win.</summary>
    private static void WriteInlineReads(IndentedWriter writer, SchemaModel model)
    {
        if (!model.InlineItemAndValue)
        {
            return;
        }

        if (model.Field(ReservedFields.ItemId) is not null)
        {
            writer.Line("string? __inlineItemId = __properties.TryTake(\"itemId\", out string __inlineItemIdText) ? __inlineItemIdText : null;");
        }

        if (model.Field(ReservedFields.EventValue) is not null)
        {
            writer.Line("float? __inlineEventValue = __properties.TryTake(\"eventValue\", out string __inlineEventValueText) ? " + S + ".FieldParse.Single(__inlineEventValueText, \"eventValue\") : default(float?);");
        }
    }

    /// <summary>Writes the local holding the field's value, read from the record's own member or from <c>properties</c>.</summary>
    private static void WriteRead(IndentedWriter writer, SchemaModel model, FieldModel field)
    {
        var type = field.PropertyTypeName;
        var local = CodeNames.Local(field);
        var member = RecordNames.Of(model.Dataset) is { } names
            ? RecordMemberExpression(model, names, field)
            : EventMemberExpression(model, field);
        if (member is not null)
        {
            writer.Line($"{type} {local} = {member};");
            return;
        }

        var key = CodeNames.Literal(field.PropertiesKey);
        if (!field.IsNullable)
        {
            writer.Line($"{type} {local} = {FieldCode.Parse(field, new TakeCode(key))};");
            return;
        }

        var text = CodeNames.TextLocal(field);
        writer.Line($"{type} {local} = __properties.TryTake({key}, out string {text}) ? {FieldCode.Parse(field, text)} : default({type});");
    }

    /// <summary>The value of a field the event carries as its own member; null for a field of <c>properties</c>.</summary>
    private static string? EventMemberExpression(SchemaModel model, FieldModel field)
    {
        switch (field.FieldName)
        {
            case ReservedFields.UserId:
                return "userId" + Missing(field);
            case ReservedFields.ItemId:
                var itemId = model.InlineItemAndValue ? "@event.ItemId ?? __inlineItemId" : "@event.ItemId";
                return field.IsNullable ? itemId : itemId + Missing(field);
            case ReservedFields.Timestamp:
                return InstantExpression(field, "@event.SentAt");
            case ReservedFields.EventType:
                var eventType = model.EventTypes.Count > 0 ? DeclaredEventType(model) : "@event.EventType";
                return field.ValueKind == ValueKind.Enum ? $"{CodeNames.ParseEnumMethod(field).ToString()}({eventType})" : eventType;
            case ReservedFields.EventValue:
                var value = model.InlineItemAndValue ? "(@event.EventValue ?? __inlineEventValue)" : "@event.EventValue";
                var cast = field.ValueKind == ValueKind.Double ? "(double" + (field.IsNullable ? "?" : string.Empty) + ")" : string.Empty;
                return field.IsNullable ? cast + value : cast + "(" + value + Missing(field) + ")";
            case ReservedFields.Impression:
                return ImpressionExpression(field);
            case ReservedFields.RecommendationId:
                return field.IsNullable ? "@event.RecommendationId" : "@event.RecommendationId" + Missing(field);
            case ReservedFields.EventAttributionSource:
                var source = "@event.MetricAttribution?.EventAttributionSource";
                return field.IsNullable ? source : source + Missing(field);
            default:
                return null;
        }
    }

    /// <summary>
    /// The value of a field an item, user, action or action interaction carries as its own member; null for a field of
    /// <c>properties</c>. The record's id is never null; an action interaction's reserved fields are all members.
    /// </summary>
    private static string? RecordMemberExpression(SchemaModel model, RecordNames names, FieldModel field)
    {
        var record = names.Parameter;
        if (model.Dataset != DatasetType.ActionInteractions)
        {
            return field.FieldName == model.Dataset.RequiredFields[0] ? record + "." + names.IdProperty : null;
        }

        switch (field.FieldName)
        {
            case ReservedFields.ActionId:
                return record + ".ActionId";
            case ReservedFields.UserId:
                return record + ".UserId" + MissingMember("userId");
            case ReservedFields.Timestamp:
                return InstantExpression(field, record + ".Timestamp");
            case ReservedFields.EventType:
                return DeclaredEventType(model, record);
            case ReservedFields.Impression:
                return ImpressionExpression(field, record);
            case ReservedFields.RecommendationId:
                return field.IsNullable ? record + ".RecommendationId" : record + ".RecommendationId" + MissingMember("recommendationId");
            default:
                return null;
        }
    }

    /// <summary>An instant member read into the field's type: itself, a UTC <c>DateTime</c>, or epoch seconds.</summary>
    private static string InstantExpression(FieldModel field, string member) => field.ValueKind switch
    {
        ValueKind.DateTimeOffset => member,
        ValueKind.DateTime => member + ".UtcDateTime",
        _ => S + ".EpochSeconds.From(" + member + ")",
    };

    /// <summary>The refusal of an event that lacks the member a non-nullable field needs, naming the member.</summary>
    private static string Missing(FieldModel field) => MissingMember(ReservedFields.EventMember(field.FieldName));

    private static string MissingMember(string member) => $" ?? throw {S}.FieldParse.MissingMember({CodeNames.Literal(member).ToString()})";

    /// <summary>The record's event type, refused unless the schema declares it, as <c>ToEvent</c> refuses it.</summary>
    private static string DeclaredEventType(SchemaModel model, string record = "@event") =>
        $"{S}.FieldParse.DeclaredEventType({record}.EventType, {CodeNames.DeclaredEventTypes}, {CodeNames.Literal(model.SchemaName).ToString()})";

    private static string ImpressionExpression(FieldModel field, string record = "@event")
    {
        if (field.ValueKind == ValueKind.String)
        {
            return S + ".EventMembers.ImpressionText(" + record + ".Impression)" + (field.IsNullable ? string.Empty : " ?? \"\"");
        }

        var array = S + ".EventMembers.ImpressionArray(" + record + ".Impression)";
        if (CodeNames.IsList(field))
        {
            var empty = field.IsNullable ? "null" : "new " + field.ValueTypeName + "()";
            return array + " is { } __impression ? new " + field.ValueTypeName + "(__impression) : " + empty;
        }

        return field.IsNullable ? array : array + " ?? global::System.Array.Empty<string>()";
    }

    private static void WriteConstruction(IndentedWriter writer, SchemaModel model, ConstructionModel construction)
    {
        var creation = new CreationCode(model, construction.ConstructorParameters);
        if (construction.InitializedProperties.Count == 0)
        {
            writer.Line($"return {creation};");
            return;
        }

        writer.Line($"return {creation}");
        writer.Line("{");
        foreach (var propertyName in construction.InitializedProperties)
        {
            writer.Line($"    {CodeNames.Identifier(propertyName)} = {CodeNames.Local(FieldOf(model, propertyName))},");
        }

        writer.Line("};");
    }

    private static FieldModel FieldOf(SchemaModel model, string propertyName)
    {
        foreach (var field in model.Fields)
        {
            if (field.PropertyName == propertyName)
            {
                return field;
            }
        }

        throw new System.InvalidOperationException(propertyName + " is not a field of the schema.");
    }

    /// <summary>The text of a <c>properties</c> value a non-nullable field must have: <c>__properties.Take("key")</c>.</summary>
    private readonly struct TakeCode : ICodePiece
    {
        private readonly LiteralCode _key;

        public TakeCode(LiteralCode key) => _key = key;

        public void AppendTo(StringBuilder builder)
        {
            builder.Append("__properties.Take(");
            _key.AppendTo(builder);
            builder.Append(')');
        }
    }

    /// <summary><c>new T(__field_A, __field_B)</c>: the constructor called with the locals of its parameters.</summary>
    private readonly struct CreationCode : ICodePiece
    {
        private readonly SchemaModel _model;
        private readonly EquatableArray<string> _parameters;

        public CreationCode(SchemaModel model, EquatableArray<string> parameters)
        {
            _model = model;
            _parameters = parameters;
        }

        public void AppendTo(StringBuilder builder)
        {
            builder.Append("new ").Append(_model.FullyQualifiedName).Append('(');
            for (var i = 0; i < _parameters.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                CodeNames.Local(FieldOf(_model, _parameters[i])).AppendTo(builder);
            }

            builder.Append(')');
        }
    }
}
