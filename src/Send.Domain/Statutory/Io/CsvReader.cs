using System.Collections.Generic;
using System.Text;

namespace Send.Domain.Statutory.Io;

/// <summary>
/// A small RFC 4180 reader: comma-separated fields, double-quoted fields that may hold commas, doubled quotes and
/// line breaks, CRLF or LF line ends. Hand-written because no CSV library is in the package mirror, and the format
/// needed is small; it reports the 1-based line on which each record starts.
/// </summary>
internal static class CsvReader
{
    /// <summary>One record: its fields and the line it starts on; <see cref="Error"/> is set for an unterminated quote.</summary>
    internal sealed record Row(int Line, IReadOnlyList<string> Fields, string? Error);

    public static IEnumerable<Row> Read(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var inQuotes = false;
        var quotedField = false;
        var i = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !quotedField:
                    inQuotes = true;
                    quotedField = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    quotedField = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    quotedField = false;
                    if (!(fields.Count == 1 && fields[0].Length == 0))
                    {
                        yield return new Row(rowLine, fields.ToArray(), null);
                    }

                    fields.Clear();
                    line++;
                    rowLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            yield return new Row(rowLine, fields.ToArray(), "a quoted field is not closed (missing \")");
            yield break;
        }

        if (field.Length > 0 || fields.Count > 0 || quotedField)
        {
            fields.Add(field.ToString());
            yield return new Row(rowLine, fields.ToArray(), null);
        }
    }
}
