using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Send.Data.Parsing;
using Send.Domain.Kpis;
using Send.Data.Validation;
using Send.Domain.Validation;

namespace Send.Reporting.Data;

/// <summary>
/// Binds a table a council keeps (a CSV export or an .xlsx sheet) as an array of row objects keyed by the header in
/// snake_case, with each column's type decided from its cells: numbers (decimal), dates (NodaTime
/// <see cref="LocalDate"/>), text, or empty.
/// </summary>
/// <remarks>
/// <para>
/// A column whose cells are all numbers, or numbers and DfE suppression symbols (<c>c x z low k u : ~ - ..</c>), is a
/// number column: its cells read as decimals and its symbols as their text. A column whose cells are all dates is a
/// date column. When more than half of a column's non-empty cells are numbers (or dates), the column is of that type
/// and every other cell in it is a bad cell, reported at <c>file(line,col)</c> (CSV) or <c>file(Sheet!A12)</c> (.xlsx)
/// with the value and what was expected. Any other column is text. Empty cells read as null.
/// </para>
/// <para>
/// Headers become names by <see cref="ToName"/>: <c>Request date</c> is <c>request_date</c>,
/// <c>EHCPs issued (%)</c> is <c>ehcps_issued</c>. Two headers with the same name, or an empty header over a column
/// with values, are problems. Stateless and thread-safe.
/// </para>
/// </remarks>
public static class TableData
{
    /// <summary>The problem code for a bad cell or header in a CSV or .xlsx data source.</summary>
    public const string Code = "SEND-DATA-CELL";

    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
    private static readonly LocalDatePattern British = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");

    /// <summary>Reads and binds a CSV file: the first record is the header.</summary>
    /// <param name="path">The file, as the user named it.</param>
    /// <param name="problems">Receives every problem found.</param>
    /// <param name="columns">The columns found, with their types.</param>
    /// <returns>The rows, or null when there were errors.</returns>
    internal static BoundArray? LoadCsv(string path, List<DataProblem> problems, out IReadOnlyList<TableColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problems);
        columns = Array.Empty<TableColumn>();
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new DataProblem(path, "the data file could not be read: " + ex.Message) { Code = Code });
            return null;
        }

        // Not UTF-8 (an Excel "CSV" saved in Windows-1252, where £ is one byte) is a located problem, not text with
        // replacement characters in the report.
        if (Utf8Text.Decode(bytes, path, out var notUtf8) is not { } text)
        {
            problems.Add(notUtf8! with { Code = Code });
            return null;
        }

        var reader = new CsvRecordReader(new StringReader(text));
        var rows = new List<RawRow>();
        while (reader.TryRead(out var fields, out var line))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            var cells = new RawCell[fields.Count];
            var column = 1;
            for (var i = 0; i < fields.Count; i++)
            {
                // The column of a field is counted in fields: CSV editors and the problem list agree on "column 3".
                cells[i] = new RawCell(fields[i], null, column++);
            }

            rows.Add(new RawRow(line, null, cells));
        }

        if (reader.UnterminatedQuoteLine is int open)
        {
            problems.Add(new DataProblem(path, "a quoted field is never closed") { Line = open, Expected = "a closing double quote", Code = Code });
            return null;
        }

        return Bind(path, null, rows, 0, problems, out columns);
    }

    /// <summary>Reads and binds a sheet of an .xlsx workbook: the header is the first row with the most filled cells (title rows above it, merged or not, are skipped).</summary>
    /// <param name="path">The workbook, as the user named it.</param>
    /// <param name="sheet">The sheet's name, or null for the first sheet.</param>
    /// <param name="problems">Receives every problem found.</param>
    /// <param name="columns">The columns found, with their types.</param>
    /// <returns>The rows, or null when there were errors.</returns>
    internal static BoundArray? LoadXlsx(string path, string? sheet, List<DataProblem> problems, out IReadOnlyList<TableColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problems);
        columns = Array.Empty<TableColumn>();
        var read = XlsxTable.Read(path, sheet, problems);
        if (read is null)
        {
            return null;
        }

        var (name, rows) = read.Value;
        var scan = rows.Take(20).ToList();
        var widest = scan.Count == 0 ? 0 : scan.Max(r => r.Cells.Count(c => c.Text.Length > 0));
        var header = scan.FindIndex(r => r.Cells.Count(c => c.Text.Length > 0) == widest);
        return Bind(path, name, rows, Math.Max(0, header), problems, out columns);
    }

    /// <summary>The member name for a header: lower case, each run of characters other than letters and digits one underscore, no leading or trailing underscore; a name that would start with a digit gets <c>column_</c> in front.</summary>
    /// <param name="header">The header as written.</param>
    /// <returns>The name; empty when the header has no letters or digits.</returns>
    public static string ToName(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var builder = new StringBuilder(header.Length);
        var gap = false;
        foreach (var c in header.Trim())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (gap && builder.Length > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
                gap = false;
            }
            else
            {
                gap = true;
            }
        }

        return builder.Length > 0 && char.IsAsciiDigit(builder[0]) ? "column_" + builder : builder.ToString();
    }

    private static BoundArray? Bind(string path, string? sheet, List<RawRow> rows, int headerIndex, List<DataProblem> problems, out IReadOnlyList<TableColumn> columns)
    {
        columns = Array.Empty<TableColumn>();
        var before = problems.Count;
        if (rows.Count <= headerIndex)
        {
            problems.Add(new DataProblem(path, "the table has no header row") { Expected = "a first row naming the columns", Code = Code });
            return null;
        }

        var headerRow = rows[headerIndex];
        var data = rows.Skip(headerIndex + 1).ToList();
        var width = Math.Max(headerRow.Cells.Length, data.Count == 0 ? 0 : data.Max(r => r.Cells.Length));
        var names = new string[width];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var found = new List<TableColumn>();
        var kinds = new ColumnType[width];
        for (var c = 0; c < width; c++)
        {
            var headerCell = c < headerRow.Cells.Length ? headerRow.Cells[c] : new RawCell(string.Empty, null, c + 1);
            var name = ToName(headerCell.Text);
            var cells = data.Select(r => c < r.Cells.Length ? r.Cells[c] : null).ToList();
            if (name.Length == 0)
            {
                if (cells.Any(x => x is not null && x.Text.Length > 0))
                {
                    problems.Add(Problem(path, sheet, headerRow, headerCell, "a column with values has no header", headerCell.Text, "a header naming the column"));
                }

                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                problems.Add(Problem(path, sheet, headerRow, headerCell, $"two columns are both named '{name}' (the other is column {first + 1})", headerCell.Text, "a different header for each column"));
                continue;
            }

            seen[name] = c;
            names[c] = name;
            var (type, symbols) = Decide(cells);
            kinds[c] = type;
            found.Add(new TableColumn(headerCell.Text.Trim(), name, type, symbols));
        }

        var array = new BoundArray(new DataOrigin(path, sheet is null ? headerRow.Line : null, null, string.Empty, sheet is null ? null : sheet + "!A" + headerRow.Line.ToString(CultureInfo.InvariantCulture)));
        for (var r = 0; r < data.Count; r++)
        {
            var row = data[r];
            var rowPath = "[" + r.ToString(CultureInfo.InvariantCulture) + "]";
            var item = new BoundObject(new DataOrigin(path, sheet is null ? row.Line : null, sheet is null ? 1 : null, rowPath, sheet is null ? null : sheet + "!A" + row.Line.ToString(CultureInfo.InvariantCulture)));
            for (var c = 0; c < width; c++)
            {
                if (names[c] is null)
                {
                    continue;
                }

                var cell = c < row.Cells.Length ? row.Cells[c] : null;
                item.SetValue(names[c], cell is null ? null : Value(path, sheet, row, cell, kinds[c], problems), false);
            }

            array.Add(item);
        }

        columns = found;
        return problems.Count > before ? null : array;
    }

    private static (ColumnType Type, int Symbols) Decide(List<RawCell?> cells)
    {
        int filled = 0, numbers = 0, dates = 0, symbols = 0;
        foreach (var cell in cells)
        {
            if (cell is null || cell.Text.Trim().Length == 0)
            {
                continue;
            }

            filled++;
            if (cell.Date is not null || TryDate(cell.Text, out _))
            {
                dates++;
            }
            else if (TryNumber(cell.Text, out _))
            {
                numbers++;
            }
            else if (KpiValue.TryParseSymbol(cell.Text.Trim(), out _))
            {
                symbols++;
            }
        }

        if (filled == 0)
        {
            return (ColumnType.Empty, 0);
        }

        if (numbers > 0 && numbers * 2 > filled - symbols)
        {
            return (ColumnType.Number, symbols);
        }

        return dates * 2 > filled ? (ColumnType.Date, 0) : (ColumnType.Text, 0);
    }

    private static object? Value(string path, string? sheet, RawRow row, RawCell cell, ColumnType type, List<DataProblem> problems)
    {
        var text = cell.Text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        switch (type)
        {
            case ColumnType.Number:
                if (TryNumber(text, out var number))
                {
                    return number;
                }

                if (KpiValue.TryParseSymbol(text, out _))
                {
                    return text;
                }

                problems.Add(Problem(path, sheet, row, cell, "not a number", cell.Text, "a number such as 1,234.5, or a DfE suppression symbol (c, x, z, low, k, u, :, ~, -, ..)"));
                return null;
            case ColumnType.Date:
                if (cell.Date is LocalDate excel)
                {
                    return excel;
                }

                if (TryDate(text, out var date))
                {
                    return date;
                }

                problems.Add(Problem(path, sheet, row, cell, "not a date", cell.Text, "a date such as 2024-10-24 or 24/10/2024"));
                return null;
            default:
                return cell.Text;
        }
    }

    private static bool TryNumber(string text, out decimal value)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('£'))
        {
            trimmed = trimmed[1..];
        }

        return decimal.TryParse(trimmed, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryDate(string text, out LocalDate value)
    {
        var trimmed = text.Trim();
        var result = trimmed.Length == 10 ? (trimmed[4] == '-' ? Iso.Parse(trimmed) : British.Parse(trimmed)) : null;
        value = result is { Success: true } ? result.Value : default;
        return result is { Success: true };
    }

    private static DataProblem Problem(string path, string? sheet, RawRow row, RawCell cell, string message, string value, string expected) =>
        sheet is null
            ? new DataProblem(path, message) { Line = row.Line, Column = cell.Column, Value = value, Expected = expected, Code = Code }
            : new DataProblem(path + "(" + sheet + "!" + XlsxTable.ColumnName(cell.Column - 1) + row.Line.ToString(CultureInfo.InvariantCulture) + ")", message) { Value = value, Expected = expected, Code = Code };

    /// <summary>One cell as read: its text, its date when the workbook marks it as one, and its 1-based column.</summary>
    internal sealed record RawCell(string Text, LocalDate? Date, int Column);

    /// <summary>One row as read: its 1-based line (CSV) or row number (.xlsx) and its cells.</summary>
    internal sealed record RawRow(int Line, string? Sheet, RawCell[] Cells);
}
