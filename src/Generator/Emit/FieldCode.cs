using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// The code that writes, formats and parses one field's value, by <see cref="ValueKind"/>. Shared by the
/// properties, CSV, event and reader emitters so every output treats a field the same way.
/// </summary>
internal static class FieldCode
{
    private const string S = CodeNames.Serialization;

    /// <summary>
    /// Runs <paramref name="useValue"/> on the field's present value: inside a null test for a nullable field,
    /// behind a null guard for a non-nullable reference (null there is a bug worth an exception), else directly.
    /// </summary>
    public static void WithValue(IndentedWriter writer, FieldModel field, string nullKey, System.Func<string, string> useValue)
    {
        var member = CodeNames.Member(field);
        if (field.IsNullable)
        {
            var value = "__value_" + field.PropertyName;
            writer.OpenBlock("if (" + member + " is { } " + value + ")");
            writer.Line(useValue(value));
            writer.CloseBlock();
        }
        else
        {
            writer.Line(useValue(NonNull(field, nullKey)));
        }
    }

    /// <summary>The member, with a null guard when it is a reference that must not be null.</summary>
    public static string NonNull(FieldModel field, string nullKey) =>
        IsReference(field)
            ? "(" + CodeNames.Member(field) + " ?? throw " + S + ".FieldFormat.NullValue(" + CodeNames.Literal(nullKey) + "))"
            : CodeNames.Member(field);

    private static bool IsReference(FieldModel field) => field.ValueKind is ValueKind.String or ValueKind.StringSequence;

    /// <summary>The statement writing a present value into <c>properties</c> under the field's key.</summary>
    public static string WriteProperty(FieldModel field, string key, string value)
    {
        var keyField = CodeNames.KeyField(key);
        var keyLiteral = CodeNames.Literal(key);
        return field.ValueKind switch
        {
            ValueKind.Boolean => S + ".PropertiesWriter.WriteBoolean(writer, " + keyField + ", " + value + ");",
            ValueKind.Int32 or ValueKind.Int64 => S + ".PropertiesWriter.WriteInt64(writer, " + keyField + ", " + value + ");",
            ValueKind.Single => S + ".PropertiesWriter.WriteSingle(writer, " + keyField + ", " + value + ", " + keyLiteral + ");",
            ValueKind.Double => S + ".PropertiesWriter.WriteDouble(writer, " + keyField + ", " + value + ", " + keyLiteral + ");",
            ValueKind.Enum => S + ".PropertiesWriter.WriteString(writer, " + keyField + ", " + FormatEnum(field, value, key) + ");",
            ValueKind.DateTime or ValueKind.DateTimeOffset => S + ".PropertiesWriter.WriteEpochSeconds(writer, " + keyField + ", " + value + ");",
            ValueKind.StringSequence => S + ".PropertiesWriter.WriteJoined(writer, " + keyField + ", " + value + ", " + keyLiteral + ");",
            _ => S + ".PropertiesWriter.WriteString(writer, " + keyField + ", " + value + ");",
        };
    }

    /// <summary>The statement writing the field's CSV cell (null is an empty cell).</summary>
    public static string WriteCsvCell(FieldModel field)
    {
        var name = CodeNames.Literal(field.FieldName);
        var value = field.IsNullable ? CodeNames.Member(field) : NonNull(field, field.FieldName);
        return field.ValueKind switch
        {
            ValueKind.Boolean => "row.WriteBoolean(" + value + ", " + name + ");",
            ValueKind.Int64 when field.FieldName == ReservedFields.Timestamp => "row.WriteEpochSeconds(" + value + ", " + name + ");",
            ValueKind.Int32 or ValueKind.Int64 => "row.WriteInteger(" + value + ", " + name + ");",
            ValueKind.Single => "row.WriteSingle(" + value + ", " + name + ");",
            ValueKind.Double when field.FieldName == ReservedFields.EventValue => "row.WriteEventValue(" + value + ", " + name + ");",
            ValueKind.Double => "row.WriteDouble(" + value + ", " + name + ");",
            ValueKind.Enum when field.IsNullable => "row.WriteText(" + value + " is { } __enum_" + field.PropertyName + " ? " + FormatEnum(field, "__enum_" + field.PropertyName, field.FieldName) + " : null, " + name + ");",
            ValueKind.Enum => "row.WriteText(" + FormatEnum(field, value, field.FieldName) + ", " + name + ");",
            ValueKind.DateTime or ValueKind.DateTimeOffset => "row.WriteEpochSeconds(" + value + ", " + name + ");",
            ValueKind.StringSequence => "row.WriteJoined(" + value + ", " + name + ");",
            ValueKind.String when field.FieldName == ReservedFields.Impression => "row.WriteJoined(" + value + ", " + name + ");",
            _ => "row.WriteText(" + value + ", " + name + ");",
        };
    }

    /// <summary>The expression turning the text of a <c>properties</c> value back into the field's value type.</summary>
    public static string ParseText(FieldModel field, string text)
    {
        var key = CodeNames.Literal(field.PropertiesKey);
        var type = field.ValueTypeName;
        return field.ValueKind switch
        {
            ValueKind.Boolean => S + ".FieldParse.Boolean(" + text + ", " + key + ")",
            ValueKind.Int32 or ValueKind.Int64 => "(" + type + ")" + S + ".FieldParse.Integer(" + text + ", " + key + ", " + type + ".MinValue, " + type + ".MaxValue)",
            ValueKind.Single => S + ".FieldParse.Single(" + text + ", " + key + ")",
            ValueKind.Double => S + ".FieldParse.Double(" + text + ", " + key + ")",
            ValueKind.Enum => CodeNames.ParseEnumMethod(field) + "(" + text + ")",
            ValueKind.DateTime => S + ".FieldParse.UtcDateTime(" + text + ", " + key + ")",
            ValueKind.DateTimeOffset => S + ".FieldParse.Instant(" + text + ", " + key + ")",
            ValueKind.StringSequence => CodeNames.IsList(field)
                ? "new " + field.ValueTypeName + "(" + S + ".FieldFormat.Split(" + text + ", " + key + "))"
                : S + ".FieldFormat.Split(" + text + ", " + key + ")",
            _ => text,
        };
    }

    /// <summary>The expression sending a present value as text (the event type, from a string or an enum).</summary>
    public static string AsText(FieldModel field, string value, string name) =>
        field.ValueKind == ValueKind.Enum ? FormatEnum(field, value, name) : value;

    /// <summary>An enum value's name; a value without one is refused naming <paramref name="name"/>.</summary>
    private static string FormatEnum(FieldModel field, string value, string name) =>
        CodeNames.FormatEnumMethod(field) + "(" + value + ", " + CodeNames.Literal(name) + ")";
}
