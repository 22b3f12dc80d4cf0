using System.Collections.Generic;
using System.IO;
using System.Text;

namespace SchemaGen.Serialization;

/// <summary>
/// Reads bulk-import CSV one record at a time, so a file larger than memory streams through. A cell is bare or
/// wrapped in double quotes; inside quotes <c>\"</c> and <c>\\</c> are escapes (the Personalize import format, as
/// <see cref="CsvRowWriter"/> writes it) and so is <c>""</c> (as spreadsheets write it).
/// </summary>
internal sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly StringBuilder _cell = new();

    public CsvRecordReader(TextReader reader) => _reader = reader;

    /// <summary>The number of characters read so far, for progress reports.</summary>
    public long CharactersRead { get; private set; }

    /// <summary>Reads the next record into <paramref name="cells"/>; false at the end of the input.</summary>
    /// <exception cref="InteractionFormatException">A quoted cell is not closed before the input ends.</exception>
    public bool TryRead(List<string> cells)
    {
        cells.Clear();
        var next = Read();
        if (next < 0)
        {
            return false;
        }

        while (true)
        {
            _cell.Clear();
            if (next == '"')
            {
                next = ReadQuoted();
            }
            else
            {
                while (next >= 0 && next is not (',' or '\n' or '\r'))
                {
                    _cell.Append((char)next);
                    next = Read();
                }
            }

            cells.Add(_cell.ToString());
            if (next == ',')
            {
                next = Read();
                continue;
            }

            if (next == '\r' && _reader.Peek() == '\n')
            {
                Read();
            }

            return true;
        }
    }

    /// <summary>Reads a quoted cell's content; returns the character after the closing quote.</summary>
    private int ReadQuoted()
    {
        while (true)
        {
            var character = Read();
            switch (character)
            {
                case < 0:
                    throw new InteractionFormatException("csv", "a quoted cell is not closed before the end of the file");
                case '\\' when _reader.Peek() is '"' or '\\':
                    _cell.Append((char)Read());
                    break;
                case '"' when _reader.Peek() == '"':
                    _cell.Append((char)Read());
                    break;
                case '"':
                    var after = Read();
                    while (after >= 0 && after is not (',' or '\n' or '\r'))
                    {
                        // Text after a closing quote belongs to the cell, as lenient readers take it.
                        _cell.Append((char)after);
                        after = Read();
                    }

                    return after;
                default:
                    _cell.Append((char)character);
                    break;
            }
        }
    }

    private int Read()
    {
        var character = _reader.Read();
        if (character >= 0)
        {
            CharactersRead++;
        }

        return character;
    }
}
