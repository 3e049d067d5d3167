using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Send.Data.Parsing;

/// <summary>
/// A small RFC 4180 reader: comma-separated fields, fields in double quotes may hold commas, doubled quotes and line
/// breaks; records end with LF or CRLF. Each record carries the line it starts on.
/// </summary>
/// <remarks>
/// Hand-written because no CSV library is on the package mirror the project builds from, and the DfE files need only
/// this much (the statutory caseload CSV; the LAIT data dictionary has quoted fields with embedded line breaks; the EES files quote names such as
/// "Bristol, City of"). A quote that is never closed is reported through <see cref="UnterminatedQuoteLine"/> and ends
/// the input. Send.Reporting's CSV data route reads with it too, so a council's CSV is read one way everywhere. Not
/// thread-safe; one instance per file.
/// </remarks>
public sealed class CsvRecordReader
{
    private readonly TextReader reader;
    private readonly StringBuilder field = new();
    private int line = 1;

    /// <summary>Creates a reader over <paramref name="reader"/>, at its line 1.</summary>
    /// <param name="reader">The text, positioned at the start of a record; the caller disposes it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public CsvRecordReader(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        this.reader = reader;
    }

    /// <summary>The line on which a quoted field was opened and never closed, or null.</summary>
    public int? UnterminatedQuoteLine { get; private set; }

    /// <summary>Reads the next record.</summary>
    /// <param name="fields">The fields.</param>
    /// <param name="startLine">The 1-based line the record starts on.</param>
    /// <returns>False at the end of the input; true with a record otherwise (an empty line is one empty field).</returns>
    public bool TryRead(out List<string> fields, out int startLine)
    {
        fields = new List<string>();
        startLine = line;
        if (reader.Peek() < 0)
        {
            return false;
        }

        field.Clear();
        var inQuotes = false;
        var quoteLine = 0;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                if (inQuotes)
                {
                    UnterminatedQuoteLine = quoteLine;
                }

                fields.Add(field.ToString());
                return true;
            }

            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    quoteLine = line;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n':
                    line++;
                    fields.Add(field.ToString());
                    return true;
                default:
                    field.Append(ch);
                    break;
            }
        }
    }
}
