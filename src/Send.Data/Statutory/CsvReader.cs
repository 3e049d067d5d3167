using System.Collections.Generic;
using System.IO;
using Send.Data.Parsing;

namespace Send.Data.Statutory;

/// <summary>
/// Reads the caseload CSV's records through Send's one RFC 4180 reader (<see cref="CsvRecordReader"/>), skipping a
/// byte-order mark and blank lines, and turning an unclosed quote into a row with an error rather than an exception.
/// </summary>
internal static class CsvReader
{
    /// <summary>One record: its fields and the line it starts on; <see cref="Error"/> is set for an unterminated quote.</summary>
    internal sealed record Row(int Line, IReadOnlyList<string> Fields, string? Error);

    public static IEnumerable<Row> Read(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        var csv = new CsvRecordReader(new StringReader(text));
        while (csv.TryRead(out var fields, out var line))
        {
            if (csv.UnterminatedQuoteLine is int openedOn)
            {
                yield return new Row(openedOn, fields, "a quoted field is not closed (missing \")");
                yield break;
            }

            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            yield return new Row(line, fields, null);
        }
    }
}
