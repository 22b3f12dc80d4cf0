using System;
using System.Collections.Generic;
using System.IO;

namespace SchemaGen.Serialization;

/// <summary>
/// Writes one bulk-import CSV record: cells separated by commas, an empty cell for null, one line per record.
/// A cell holding a comma, a quote or a backslash is wrapped in double quotes, with <c>"</c> and <c>\</c> escaped
/// by a backslash, as the Personalize import format describes. Called by generated code.
/// </summary>
public struct CsvRowWriter
{
    private readonly TextWriter _writer;
    private bool _hasCell;

    /// <summary>Starts a record on <paramref name="writer"/>.</summary>
    public CsvRowWriter(TextWriter writer)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _hasCell = false;
    }

    /// <summary>Writes a text cell; null is an empty cell.</summary>
    /// <exception cref="InteractionFormatException">The text holds a line break: a record must stay on one line.</exception>
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

        if (value.IndexOfAny(CharactersToQuote) < 0)
        {
            _writer.Write(value);
            return;
        }

        _writer.Write('"');
        foreach (var character in value)
        {
            if (character is '"' or '\\')
            {
                _writer.Write('\\');
            }

            _writer.Write(character);
        }

        _writer.Write('"');
    }

    /// <summary>Writes an integer cell; null is an empty cell.</summary>
    public void WriteInteger(long? value, string fieldName) => WriteText(value is { } number ? FieldFormat.Int64(number) : null, fieldName);

    /// <summary>Writes a boolean cell as <c>true</c>/<c>false</c>; null is an empty cell.</summary>
    public void WriteBoolean(bool? value, string fieldName) => WriteText(value is { } flag ? FieldFormat.Boolean(flag) : null, fieldName);

    /// <summary>Writes a float cell; NaN and infinities are refused.</summary>
    public void WriteSingle(float? value, string fieldName) => WriteText(value is { } number ? FieldFormat.Single(number, fieldName) : null, fieldName);

    /// <summary>Writes a double cell; NaN and infinities are refused.</summary>
    public void WriteDouble(double? value, string fieldName) => WriteText(value is { } number ? FieldFormat.Double(number, fieldName) : null, fieldName);

    /// <summary>Writes an instant as epoch seconds; null is an empty cell.</summary>
    public void WriteEpochSeconds(DateTimeOffset? value, string fieldName) => WriteInteger(value is { } instant ? EpochSeconds.From(instant) : null, fieldName);

    /// <summary>Writes an instant as epoch seconds; null is an empty cell.</summary>
    public void WriteEpochSeconds(DateTime? value, string fieldName) => WriteInteger(value is { } instant ? EpochSeconds.From(instant) : null, fieldName);

    /// <summary>Writes the values joined with <c>|</c>; null is an empty cell.</summary>
    public void WriteJoined(IEnumerable<string>? values, string fieldName) => WriteText(values is null ? null : FieldFormat.Join(values, fieldName), fieldName);

    /// <summary>Ends the record with a line feed.</summary>
    public void EndRow() => _writer.Write('\n');

    private static readonly char[] CharactersToQuote = { ',', '"', '\\' };

    private void Separate()
    {
        if (_hasCell)
        {
            _writer.Write(',');
        }

        _hasCell = true;
    }
}
