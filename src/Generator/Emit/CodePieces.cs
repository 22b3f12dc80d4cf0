using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// A piece of generated code that appends itself to the text being written, so an interpolated line
/// (<see cref="IndentedWriter.LineText"/>) needs no string for it.
/// </summary>
internal interface ICodePiece
{
    void AppendTo(StringBuilder builder);
}

/// <summary>
/// The pieces' <c>ToString</c>, for the few places that still need their text as a string. Interpolating a piece
/// into a string would format it through <c>string.Format</c>, boxing it, so those places interpolate its text.
/// </summary>
internal static class CodePiece
{
    /// <summary>Kept between pieces: a few dozen are written as strings per schema.</summary>
    [System.ThreadStatic]
    private static StringBuilder? t_builder;

    public static string Text<TPiece>(TPiece piece)
        where TPiece : struct, ICodePiece
    {
        // Taken while in use: a piece may write another as a string while it is written.
        var builder = t_builder ?? new StringBuilder();
        t_builder = null;
        piece.AppendTo(builder.Clear());
        var text = builder.ToString();
        t_builder = builder;
        return text;
    }
}

/// <summary>A C# string literal.</summary>
internal readonly struct LiteralCode : ICodePiece
{
    private readonly string _value;

    public LiteralCode(string value) => _value = value;

    public void AppendTo(StringBuilder builder)
    {
        // Field names, keys and type names are plain ASCII: they need only their quotes, which saves formatting a
        // string for each. Anything else is escaped by Roslyn's own literal formatter.
        if (IsPlain(_value))
        {
            builder.Append('"').Append(_value).Append('"');
        }
        else
        {
            builder.Append(SymbolDisplay.FormatLiteral(_value, quote: true));
        }
    }

    public override string ToString() => CodePiece.Text(this);

    private static bool IsPlain(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c > '~' || c == '"' || c == '\\')
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>An identifier, escaped with <c>@</c> when it is a keyword (<c>@event</c>).</summary>
internal readonly struct IdentifierCode : ICodePiece
{
    private readonly string _name;

    public IdentifierCode(string name) => _name = name;

    public void AppendTo(StringBuilder builder)
    {
        if (SyntaxFacts.GetKeywordKind(_name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(_name) is SyntaxKind.AwaitKeyword)
        {
            builder.Append('@');
        }

        builder.Append(_name);
    }

    public override string ToString() => CodePiece.Text(this);
}

/// <summary>A field's property on the instance being written: <c>this.Property</c>.</summary>
internal readonly struct MemberCode : ICodePiece
{
    private readonly FieldModel _field;

    public MemberCode(FieldModel field) => _field = field;

    public void AppendTo(StringBuilder builder)
    {
        builder.Append("this.");
        new IdentifierCode(_field.PropertyName).AppendTo(builder);
    }

    public override string ToString() => CodePiece.Text(this);
}

/// <summary>A generated name made of a fixed prefix and a name from the schema: <c>__field_Rating</c>, <c>__SchemaGen.Key_rating</c>.</summary>
internal readonly struct NameCode : ICodePiece
{
    private readonly string _prefix;
    private readonly string _name;

    public NameCode(string prefix, string name)
    {
        _prefix = prefix;
        _name = name;
    }

    /// <summary>A fixed generated name, with nothing from the schema in it.</summary>
    public NameCode(string name)
        : this(name, string.Empty)
    {
    }

    public void AppendTo(StringBuilder builder) => builder.Append(_prefix).Append(_name);

    public override string ToString() => _prefix + _name;
}

/// <summary>
/// An array of string literals: <c>new string[] { "A", "B" }</c>, or as an array initializer <c>{ "A", "B" }</c>;
/// <c>global::System.Array.Empty&lt;string&gt;()</c> when there are none.
/// </summary>
internal readonly struct StringArrayCode<T> : ICodePiece
    where T : System.IEquatable<T>
{
    private readonly EquatableArray<T> _items;
    private readonly System.Func<T, string> _text;
    private readonly bool _initializer;

    public StringArrayCode(EquatableArray<T> items, System.Func<T, string> text, bool initializer = false)
    {
        _items = items;
        _text = text;
        _initializer = initializer;
    }

    public void AppendTo(StringBuilder builder)
    {
        if (_items.Count == 0)
        {
            builder.Append("global::System.Array.Empty<string>()");
            return;
        }

        builder.Append(_initializer ? "{ " : "new string[] { ");
        for (var i = 0; i < _items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            new LiteralCode(_text(_items[i])).AppendTo(builder);
        }

        builder.Append(" }");
    }

    public override string ToString() => CodePiece.Text(this);
}

/// <summary>A schema's Avro JSON as a verbatim string literal, written from its model (<see cref="AvroSchemaWriter.AppendVerbatimLiteral"/>).</summary>
internal readonly struct AvroSchemaLiteralCode : ICodePiece
{
    private readonly SchemaModel _model;

    public AvroSchemaLiteralCode(SchemaModel model) => _model = model;

    public void AppendTo(StringBuilder builder) => AvroSchemaWriter.AppendVerbatimLiteral(builder, _model);

    public override string ToString() => CodePiece.Text(this);
}
