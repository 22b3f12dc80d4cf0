using System;
using System.Runtime.CompilerServices;
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

    // The schema files are the generator's largest allocation after their text itself: one builder per thread is
    // kept between files, up to this size, rather than a new one per file on every run.
    private const int LargestKept = 64 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_cached;

    /// <param name="capacity">
    /// The characters to make room for at once: a writer that never grows builds its text in one piece, and a
    /// builder grown chunk by chunk costs a copy of every chunk and garbage for every run of the generator.
    /// </param>
    public IndentedWriter(int capacity = 1024)
    {
        var cached = t_cached;
        if (cached is not null && cached.Capacity >= capacity)
        {
            t_cached = null;
            _builder = cached.Clear();
        }
        else
        {
            _builder = new StringBuilder(capacity);
        }
    }

    public IndentedWriter Line(string text)
    {
        _builder.Append(' ', _depth * IndentWidth).Append(text).Append('\n');
        return this;
    }

    /// <summary>
    /// Writes an interpolated line straight into the text: the generator writes some fifteen thousand characters
    /// per schema, and building each line as a string first made most of its garbage.
    /// </summary>
    public IndentedWriter Line([InterpolatedStringHandlerArgument("")] ref LineText text)
    {
        _builder.Append('\n');
        return this;
    }

    public IndentedWriter Line()
    {
        _builder.Append('\n');
        return this;
    }

    public IndentedWriter OpenBlock(string header)
    {
        Line(header);
        return Open();
    }

    /// <inheritdoc cref="OpenBlock(string)"/>
    public IndentedWriter OpenBlock([InterpolatedStringHandlerArgument("")] ref LineText header)
    {
        _builder.Append('\n');
        return Open();
    }

    private IndentedWriter Open()
    {
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

    /// <summary>The text, like <see cref="ToString"/>; the builder is kept for the next writer, so this writer is done.</summary>
    public string ToStringAndRecycle()
    {
        var text = ToString();
        if (_builder.Capacity <= LargestKept)
        {
            t_cached = _builder;
        }

        return text;
    }

    /// <summary>One interpolated line, appended piece by piece after the line's indentation.</summary>
    [InterpolatedStringHandler]
    public readonly ref struct LineText
    {
        private readonly StringBuilder _builder;

        public LineText(int literalLength, int formattedCount, IndentedWriter writer)
        {
            _builder = writer._builder.Append(' ', writer._depth * IndentWidth);
        }

        public void AppendLiteral(string text) => _builder.Append(text);

        public void AppendFormatted(string? text) => _builder.Append(text);

        /// <summary>A piece of code that writes itself (<see cref="ICodePiece"/>), without a string of its own.</summary>
        public void AppendFormatted<TPiece>(TPiece piece)
            where TPiece : struct, ICodePiece => piece.AppendTo(_builder);
    }
}
