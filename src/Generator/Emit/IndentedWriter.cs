using System;
using System.Text;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// A tiny indentation-aware text writer. Lines end with <c>\n</c> on every platform, so output is deterministic.
/// </summary>
internal sealed class IndentedWriter
{
    // Four spaces per level, as the generated files are indented.
    private const int IndentWidth = 4;

    private readonly StringBuilder _builder;
    private int _depth;

    /// <param name="capacity">
    /// The characters to make room for at once: a writer that never grows builds its text in one piece, and a
    /// builder grown chunk by chunk costs a copy of every chunk and garbage for every run of the generator.
    /// </param>
    public IndentedWriter(int capacity = 1024) => _builder = new StringBuilder(capacity);

    public IndentedWriter Line(string text)
    {
        _builder.Append(' ', _depth * IndentWidth).Append(text).Append('\n');
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
