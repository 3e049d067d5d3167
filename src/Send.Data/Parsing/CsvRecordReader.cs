using System;
using System.Collections.Generic;
using System.IO;

namespace Send.Data.Parsing;

/// <summary>
/// An RFC 4180 reader: comma-separated fields, fields in double quotes may hold commas, doubled quotes and line
/// breaks; records end with LF or CRLF. Each record carries the line it starts on.
/// </summary>
/// <remarks>
/// The parsing is CsvHelper 34's (<c>CsvHelper.CsvReader</c>, its parser only, no record mapping; adopted in issue #20,
/// figures in benchmarks/README.md, "Hand-written parts against libraries"); this type keeps the shape Send's readers
/// use: every record as strings with its start line, an empty line as one empty field, records of any length, and a
/// quote that is never closed reported through <see cref="UnterminatedQuoteLine"/> (the line it opened on) and ending
/// the input. The statutory caseload CSV, the EES files, the LAIT data dictionary, the council directory, finance
/// sheets from CSV and Send.Reporting's CSV data route all read with it, so a council's CSV is read one way
/// everywhere. Not thread-safe; one instance per file.
/// </remarks>
public sealed class CsvRecordReader
{
    private readonly CsvHelper.CsvReader csv;
    private int nextLine = 1;
    private bool done;

    /// <summary>Creates a reader over <paramref name="reader"/>, at its line 1.</summary>
    /// <param name="reader">The text, positioned at the start of a record; the caller disposes it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public CsvRecordReader(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        csv = CsvHelper.CsvReader.Create(reader, new CsvHelper.CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = false,
            TrimWhitespace = false,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvHelper.CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvHelper.CsvFieldCountHandling.Allow,
            OnMalformedRecord = record =>
            {
                if (record.Reason == CsvHelper.CsvMalformedReason.UnterminatedQuote)
                {
                    UnterminatedQuoteLine ??= (int)record.LineNumber;
                }
            },
        }, leaveOpen: true);
    }

    /// <summary>The line on which a quoted field was opened and never closed, or null.</summary>
    public int? UnterminatedQuoteLine { get; private set; }

    /// <summary>Reads the next record.</summary>
    /// <param name="fields">The fields.</param>
    /// <param name="startLine">The 1-based line the record starts on.</param>
    /// <returns>False at the end of the input; true with a record otherwise (an empty line is one empty field).</returns>
    public bool TryRead(out List<string> fields, out int startLine)
    {
        startLine = nextLine;
        if (done || !csv.Read())
        {
            done = true;
            fields = new List<string>();
            return false;
        }

        fields = new List<string>(Math.Max(1, csv.FieldCount));
        for (var i = 0; i < csv.FieldCount; i++)
        {
            fields.Add(csv.GetString(i));
        }

        if (fields.Count == 0)
        {
            fields.Add(string.Empty);
        }

        startLine = (int)csv.LineNumber;
        nextLine = startLine + 1;
        return true;
    }
}
