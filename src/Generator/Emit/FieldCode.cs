using System.Text;
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

    /// <summary>The member, with a null guard when it is a reference that must not be null.</summary>
    public static NonNullCode NonNull(FieldModel field, string nullKey) => new(field, nullKey);

    /// <summary>
    /// Writes the statement putting the field into <c>properties</c> under its key: inside a null test for a
    /// nullable field, behind a null guard for a non-nullable reference (null there is a bug worth an exception),
    /// else directly.
    /// </summary>
    public static void WriteProperty(IndentedWriter writer, DatasetType dataset, FieldModel field)
    {
        if (field.IsNullable)
        {
            var value = CodeNames.ValueLocal(field);
            writer.OpenBlock($"if ({CodeNames.Member(field)} is {{ }} {value})");
            WriteProperty(writer, dataset, field, value);
            writer.CloseBlock();
        }
        else
        {
            WriteProperty(writer, dataset, field, NonNull(field, field.PropertiesKey));
        }
    }

    private static void WriteProperty<TValue>(IndentedWriter writer, DatasetType dataset, FieldModel field, TValue value)
        where TValue : struct, ICodePiece
    {
        var key = field.PropertiesKey;
        var keyField = CodeNames.KeyField(key);
        var keyLiteral = CodeNames.Literal(key);
        _ = field.ValueKind switch
        {
            ValueKind.Boolean => writer.Line($"{S}.PropertiesWriter.WriteBoolean(writer, {keyField}, {value});"),
            ValueKind.Int64 when IsEpochSeconds(dataset, field) => writer.Line($"{S}.PropertiesWriter.WriteEpochSeconds(writer, {keyField}, {value}, {keyLiteral});"),
            ValueKind.Int32 or ValueKind.Int64 => writer.Line($"{S}.PropertiesWriter.WriteInt64(writer, {keyField}, {value});"),
            ValueKind.Single => writer.Line($"{S}.PropertiesWriter.WriteSingle(writer, {keyField}, {value}, {keyLiteral});"),
            ValueKind.Double => writer.Line($"{S}.PropertiesWriter.WriteDouble(writer, {keyField}, {value}, {keyLiteral});"),
            ValueKind.Enum => writer.Line($"{S}.PropertiesWriter.WriteString(writer, {keyField}, {FormatEnum(field, value, key)});"),
            ValueKind.DateTime or ValueKind.DateTimeOffset => writer.Line($"{S}.PropertiesWriter.WriteEpochSeconds(writer, {keyField}, {value});"),
            ValueKind.StringSequence => writer.Line($"{S}.PropertiesWriter.WriteJoined(writer, {keyField}, {value}, {keyLiteral});"),
            _ => writer.Line($"{S}.PropertiesWriter.WriteString(writer, {keyField}, {value});"),
        };
    }

    /// <summary>Writes the statement writing the field's CSV cell (null is an empty cell).</summary>
    public static void WriteCsvCell(IndentedWriter writer, DatasetType dataset, FieldModel field)
    {
        if (field.IsNullable)
        {
            WriteCsvCell(writer, dataset, field, CodeNames.Member(field));
        }
        else
        {
            WriteCsvCell(writer, dataset, field, NonNull(field, field.FieldName));
        }
    }

    private static void WriteCsvCell<TValue>(IndentedWriter writer, DatasetType dataset, FieldModel field, TValue value)
        where TValue : struct, ICodePiece
    {
        var name = CodeNames.Literal(field.FieldName);
        _ = field.ValueKind switch
        {
            ValueKind.Boolean => writer.Line($"row.WriteBoolean({value}, {name});"),
            ValueKind.Int64 when IsEpochSeconds(dataset, field) => writer.Line($"row.WriteEpochSeconds({value}, {name});"),
            ValueKind.Int32 or ValueKind.Int64 => writer.Line($"row.WriteInteger({value}, {name});"),
            ValueKind.Single => writer.Line($"row.WriteSingle({value}, {name});"),
            ValueKind.Double when field.AvroType == AvroType.Float => writer.Line($"row.WriteEventValue({value}, {name});"),
            ValueKind.Double => writer.Line($"row.WriteDouble({value}, {name});"),
            ValueKind.Enum when field.IsNullable => writer.Line($"row.WriteText({value} is {{ }} {CodeNames.EnumLocal(field)} ? {FormatEnum(field, CodeNames.EnumLocal(field), field.FieldName)} : null, {name});"),
            ValueKind.Enum => writer.Line($"row.WriteText({FormatEnum(field, value, field.FieldName)}, {name});"),
            ValueKind.DateTime or ValueKind.DateTimeOffset => writer.Line($"row.WriteEpochSeconds({value}, {name});"),
            ValueKind.StringSequence => writer.Line($"row.WriteJoined({value}, {name});"),
            ValueKind.String when field.FieldName == ReservedFields.Impression && dataset.IsReserved(field.FieldName) => writer.Line($"row.WriteJoined({value}, {name});"),
            _ => writer.Line($"row.WriteText({value}, {name});"),
        };
    }

    /// <summary>
    /// A required TIMESTAMP's value as a <c>DateTimeOffset</c>: a <c>long</c> is checked to be epoch seconds, naming the
    /// field.
    /// </summary>
    public static string Instant(FieldModel field) =>
        field.ValueKind == ValueKind.DateTimeOffset
            ? CodeNames.Member(field).ToString()
            : field.ValueKind == ValueKind.Int64
                ? $"{S}.EpochSeconds.ToDateTimeOffset({CodeNames.Member(field).ToString()}, {CodeNames.Literal(field.FieldName).ToString()})"
                : $"{S}.EpochSeconds.ToDateTimeOffset({CodeNames.Member(field).ToString()})";

    /// <summary>A <c>long</c> the dataset type reserves for an instant (TIMESTAMP, CREATION_TIMESTAMP, …): epoch seconds, checked as such.</summary>
    private static bool IsEpochSeconds(DatasetType dataset, FieldModel field) =>
        ReservedFields.IsEpochSeconds(field.FieldName) && dataset.IsReserved(field.FieldName);

    /// <summary>The expression turning the text of a <c>properties</c> value back into the field's value type.</summary>
    public static ParseCode<TText> Parse<TText>(FieldModel field, TText text)
        where TText : struct, ICodePiece => new(field, text);

    /// <summary>The expression sending a present value as text (the event type, from a string or an enum).</summary>
    public static string AsText<TValue>(FieldModel field, TValue value, string name)
        where TValue : struct, ICodePiece =>
        field.ValueKind == ValueKind.Enum ? FormatEnum(field, value, name).ToString() : value.ToString();

    /// <summary>An enum value's name; a value without one is refused naming <paramref name="name"/>.</summary>
    private static FormatEnumCode<TValue> FormatEnum<TValue>(FieldModel field, TValue value, string name)
        where TValue : struct, ICodePiece => new(field, value, name);

    /// <summary>See <see cref="NonNull"/>.</summary>
    public readonly struct NonNullCode : ICodePiece
    {
        private readonly FieldModel _field;
        private readonly string _nullKey;

        public NonNullCode(FieldModel field, string nullKey)
        {
            _field = field;
            _nullKey = nullKey;
        }

        public void AppendTo(StringBuilder builder)
        {
            if (_field.ValueKind is ValueKind.String or ValueKind.StringSequence)
            {
                builder.Append('(');
                CodeNames.Member(_field).AppendTo(builder);
                builder.Append(" ?? throw " + S + ".FieldFormat.NullValue(");
                CodeNames.Literal(_nullKey).AppendTo(builder);
                builder.Append("))");
            }
            else
            {
                CodeNames.Member(_field).AppendTo(builder);
            }
        }

        public override string ToString() => CodePiece.Text(this);
    }

    /// <summary>See <see cref="FormatEnum"/>.</summary>
    public readonly struct FormatEnumCode<TValue> : ICodePiece
        where TValue : struct, ICodePiece
    {
        private readonly FieldModel _field;
        private readonly TValue _value;
        private readonly string _name;

        public FormatEnumCode(FieldModel field, TValue value, string name)
        {
            _field = field;
            _value = value;
            _name = name;
        }

        public void AppendTo(StringBuilder builder)
        {
            CodeNames.FormatEnumMethod(_field).AppendTo(builder);
            builder.Append('(');
            _value.AppendTo(builder);
            builder.Append(", ");
            CodeNames.Literal(_name).AppendTo(builder);
            builder.Append(')');
        }

        public override string ToString() => CodePiece.Text(this);
    }

    /// <summary>See <see cref="Parse"/>.</summary>
    public readonly struct ParseCode<TText> : ICodePiece
        where TText : struct, ICodePiece
    {
        private readonly FieldModel _field;
        private readonly TText _text;

        public ParseCode(FieldModel field, TText text)
        {
            _field = field;
            _text = text;
        }

        public void AppendTo(StringBuilder builder)
        {
            var type = _field.ValueTypeName;
            switch (_field.ValueKind)
            {
                case ValueKind.Boolean:
                    Call(builder, S + ".FieldParse.Boolean(");
                    break;
                case ValueKind.Int32 or ValueKind.Int64:
                    builder.Append('(').Append(type).Append(')');
                    Call(builder, S + ".FieldParse.Integer(", withRange: true);
                    break;
                case ValueKind.Single:
                    Call(builder, S + ".FieldParse.Single(");
                    break;
                case ValueKind.Double:
                    Call(builder, S + ".FieldParse.Double(");
                    break;
                case ValueKind.Enum:
                    CodeNames.ParseEnumMethod(_field).AppendTo(builder);
                    builder.Append('(');
                    _text.AppendTo(builder);
                    builder.Append(')');
                    break;
                case ValueKind.DateTime:
                    Call(builder, S + ".FieldParse.UtcDateTime(");
                    break;
                case ValueKind.DateTimeOffset:
                    Call(builder, S + ".FieldParse.Instant(");
                    break;
                case ValueKind.StringSequence when CodeNames.IsList(_field):
                    builder.Append("new ").Append(type).Append('(');
                    Call(builder, S + ".FieldFormat.Split(");
                    builder.Append(')');
                    break;
                case ValueKind.StringSequence:
                    Call(builder, S + ".FieldFormat.Split(");
                    break;
                default:
                    _text.AppendTo(builder);
                    break;
            }
        }

        /// <summary>
        /// <c>method(text, "key")</c>: every parse call names the key it reports; an integer's also takes its
        /// type's range.
        /// </summary>
        private void Call(StringBuilder builder, string method, bool withRange = false)
        {
            builder.Append(method);
            _text.AppendTo(builder);
            builder.Append(", ");
            CodeNames.Literal(_field.PropertiesKey).AppendTo(builder);
            if (withRange)
            {
                var type = _field.ValueTypeName;
                builder.Append(", ").Append(type).Append(".MinValue, ").Append(type).Append(".MaxValue");
            }

            builder.Append(')');
        }

        public override string ToString() => CodePiece.Text(this);
    }
}
