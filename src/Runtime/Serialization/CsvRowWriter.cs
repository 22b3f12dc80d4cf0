using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;

namespace SchemaGen.Serialization;

/// <summary>
/// Writes one bulk-import CSV record: cells separated by commas, an empty cell for null, one line per record.
/// A cell holding a comma, a quote or a backslash is wrapped in double quotes, with <c>"</c> and <c>\</c> escaped
/// by a backslash, as the Personalize import format describes. Called by generated code.
/// </summary>
/// <remarks>
/// The cells are gathered in a pooled buffer and reach the <see cref="TextWriter"/> only at <see cref="EndRow"/>:
/// a value refused halfway through a record leaves nothing behind, so a file written row by row never holds half
/// a row glued to the next.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct CsvRowWriter
{
    private readonly TextWriter _writer;
    private PooledCharBuffer _row;
    private bool _hasCell;

    /// <summary>Starts a record on <paramref name="writer"/>.</summary>
    public CsvRowWriter(TextWriter writer)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _row = new PooledCharBuffer(256);
        _hasCell = false;
    }

    /// <summary>Writes a text cell; null is an empty cell.</summary>
    /// <exception cref="InteractionFormatException">The text holds a line break (a record must stay on one line) or a lone surrogate.</exception>
    public void WriteText(string? value, string fieldName)
    {
        Separate();
        if (value is null)
        {
            return;
        }

        if (value.IndexOf('\n') >= 0 || value.IndexOf('\r') >= 0)
        {
            throw new InteractionFormatException(fieldName, "holds a line break; each bulk-import record must be on a single line");
        }

        TextRules.EnsureWellFormed(value, fieldName);
        if (value.IndexOfAny(CharactersToQuote) < 0)
        {
            _row.Append(value);
            return;
        }

        _row.Append('"');
        foreach (var character in value)
        {
            if (character is '"' or '\\')
            {
                _row.Append('\\');
            }

            _row.Append(character);
        }

        _row.Append('"');
    }

    /// <summary>Writes an integer cell; null is an empty cell.</summary>
    public void WriteInteger(long? value, string fieldName) => WriteText(value is { } number ? FieldFormat.Int64(number) : null, fieldName);

    /// <summary>Writes a boolean cell as <c>true</c>/<c>false</c>; null is an empty cell.</summary>
    public void WriteBoolean(bool? value, string fieldName) => WriteText(value is { } flag ? FieldFormat.Boolean(flag) : null, fieldName);

    /// <summary>Writes a float cell; NaN and infinities are refused.</summary>
    public void WriteSingle(float? value, string fieldName) => WriteText(value is { } number ? FieldFormat.Single(number, fieldName) : null, fieldName);

    /// <summary>Writes a double cell; NaN and infinities are refused.</summary>
    public void WriteDouble(double? value, string fieldName) => WriteText(value is { } number ? FieldFormat.Double(number, fieldName) : null, fieldName);

    /// <summary>Writes a double EVENT_VALUE as the float it is stored as, by the rule the event uses.</summary>
    /// <exception cref="InteractionFormatException">No float holds the value (see <see cref="FieldFormat.NarrowToSingle"/>).</exception>
    public void WriteEventValue(double? value, string fieldName) =>
        WriteSingle(value is { } number ? FieldFormat.NarrowToSingle(number, fieldName) : null, fieldName);

    /// <summary>Writes a TIMESTAMP held as epoch seconds.</summary>
    /// <exception cref="InteractionFormatException">The value is no instant of the years 1 to 9999, as milliseconds are not.</exception>
    public void WriteEpochSeconds(long? value, string fieldName) => WriteInteger(value is { } seconds ? EpochSeconds.Ensure(seconds, fieldName) : null, fieldName);

    /// <summary>Writes an instant as epoch seconds; null is an empty cell.</summary>
    public void WriteEpochSeconds(DateTimeOffset? value, string fieldName) => WriteInteger(value is { } instant ? EpochSeconds.From(instant) : null, fieldName);

    /// <summary>Writes an instant as epoch seconds; null is an empty cell.</summary>
    public void WriteEpochSeconds(DateTime? value, string fieldName) => WriteInteger(value is { } instant ? EpochSeconds.From(instant) : null, fieldName);

    /// <summary>Writes a value already joined with <c>|</c> (an IMPRESSION string); null is an empty cell.</summary>
    /// <exception cref="InteractionFormatException">A value between separators is empty.</exception>
    public void WriteJoined(string? joined, string fieldName)
    {
        if (joined is not null)
        {
            FieldFormat.EnsureNoEmptyValue(joined, fieldName);
        }

        WriteText(joined, fieldName);
    }

    /// <summary>Writes the values joined with <c>|</c>; null is an empty cell.</summary>
    public void WriteJoined(IEnumerable<string?>? values, string fieldName) => WriteText(values is null ? null : FieldFormat.Join(values, fieldName), fieldName);

    /// <summary>Writes the whole record, ending it with a line feed.</summary>
    public void EndRow()
    {
        _row.Append('\n');
        try
        {
            _writer.Write(_row.WrittenArray, 0, _row.Length);
        }
        finally
        {
            _row.Dispose();
        }
    }

    private static readonly char[] CharactersToQuote = { ',', '"', '\\' };

    private void Separate()
    {
        if (_hasCell)
        {
            _row.Append(',');
        }

        _hasCell = true;
    }
}
