using System;
using System.Text;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// A tiny indentation-aware text writer. Lines end with <c>\n</c> on every platform, so output is deterministic.
/// </summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder _builder = new();
    private readonly string _indentUnit;
    private int _depth;

    public IndentedWriter(string indentUnit = "    ") => _indentUnit = indentUnit;

    public IndentedWriter Line(string text)
    {
        for (var i = 0; i < _depth; i++)
        {
            _builder.Append(_indentUnit);
        }

        _builder.Append(text).Append('\n');
        return this;
    }

    public IndentedWriter Line()
    {
        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes text as is, with no indentation, for multi-line literals whose content must not shift.</summary>
    public IndentedWriter Raw(string text)
    {
        _builder.Append(text);
        return this;
    }

    public IndentedWriter OpenBlock(string header)
    {
        Line(header);
        Line("{");
        _depth++;
        return this;
    }

    public IndentedWriter CloseBlock(string closing = "}")
    {
        if (_depth == 0)
        {
            throw new InvalidOperationException("CloseBlock without a matching OpenBlock.");
        }

        _depth--;
        return Line(closing);
    }

    public override string ToString()
    {
        if (_depth != 0)
        {
            throw new InvalidOperationException("Unclosed block in generated code.");
        }

        return _builder.ToString();
    }
}
