using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Send.Data.Kpis.Sources;
using Send.Data.Parsing;
using Send.Data.Validation;
using Send.Domain.Validation;

namespace Send.Data.Finance;

/// <summary>
/// The cells of a table kept in a workbook or CSV file, as printed, each knowing where it is, so that a problem
/// with a figure names the cell: <c>book.xlsx(DSG!C7)</c> or <c>table.csv(12,3)</c>.
/// </summary>
/// <remarks>
/// Read with the project's own readers: <see cref="XlsxSheet.ReadPrinted"/> (number cells as their number format
/// prints them) and <see cref="CsvRecordReader"/>. Only the cells within the range are kept; rows with no text are
/// dropped. Immutable once read.
/// </remarks>
internal sealed class SheetGrid
{
    private SheetGrid(SheetLocation location, string? sheet, IReadOnlyList<Row> rows)
    {
        Location = location;
        Sheet = sheet;
        Rows = rows;
        Name = location.IsWorkbook ? location.Path + "#" + sheet : location.Path;
    }

    /// <summary>Where the table is.</summary>
    public SheetLocation Location { get; }

    /// <summary>The sheet read (null for CSV).</summary>
    public string? Sheet { get; }

    /// <summary>The name problems use before they are put on a cell: <c>book.xlsx#DSG</c> or <c>table.csv</c>.</summary>
    public string Name { get; }

    /// <summary>The rows with some text, in order.</summary>
    public IReadOnlyList<Row> Rows { get; }

    /// <summary>Reads the grid, or records why it cannot be read.</summary>
    public static SheetGrid? Read(SheetLocation location, List<DataProblem> problems)
    {
        (int FirstRow, int FirstColumn, int LastRow, int LastColumn) range = (1, 1, int.MaxValue, int.MaxValue);
        if (location.Range is { } text && ParseRange(text) is not { } parsed)
        {
            problems.Add(new DataProblem(location.ToString(), "not a range of cells") { Value = text, Expected = "a range such as B4:H12 (or B4 for everything from B4 on)", Code = ProblemCodes.FinanceSheet });
            return null;
        }
        else if (location.Range is { } given)
        {
            range = ParseRange(given)!.Value;
        }

        if (!File.Exists(location.Path))
        {
            problems.Add(new DataProblem(location.Path, "the file does not exist") { Expected = location.IsWorkbook ? "an .xlsx workbook" : "a CSV file", Code = ProblemCodes.FinanceSheet });
            return null;
        }

        string? sheet = null;
        IReadOnlyList<(int Row, string?[] Cells)> raw;
        try
        {
            if (location.IsWorkbook)
            {
                sheet = location.Sheet ?? XlsxSheet.FirstSheetName(location.Path);
                if (sheet is null)
                {
                    problems.Add(new DataProblem(location.Path, "the workbook has no sheets") { Expected = "an Excel workbook with the table on a sheet", Code = ProblemCodes.FinanceSheet });
                    return null;
                }

                raw = XlsxSheet.ReadPrinted(location.Path, sheet);
            }
            else
            {
                raw = ReadCsv(location.Path, problems);
            }
        }
        catch (DataException e)
        {
            problems.AddRange(e.Problems);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new DataProblem(location.Path, "the file cannot be read: " + e.Message) { Code = ProblemCodes.FinanceSheet });
            return null;
        }

        var rows = new List<Row>();
        foreach (var (number, cells) in raw)
        {
            if (number < range.FirstRow || number > range.LastRow)
            {
                continue;
            }

            var kept = new List<Cell>();
            for (var c = range.FirstColumn - 1; c < Math.Min(cells.Length, range.LastColumn); c++)
            {
                kept.Add(new Cell(number, c + 1, (cells[c] ?? string.Empty).Trim()));
            }

            if (kept.Any(k => k.Text.Length > 0))
            {
                rows.Add(new Row(number, kept));
            }
        }

        if (rows.Count == 0)
        {
            problems.Add(new DataProblem(location.ToString(), "there is nothing in the range") { Expected = "the table's header and rows", Code = ProblemCodes.FinanceSheet });
            return null;
        }

        return new SheetGrid(location, sheet, rows);
    }

    /// <summary>Where a cell is, as problems print it: <c>book.xlsx(DSG!C7)</c>, or a CSV file's line and column.</summary>
    public DataProblem Place(DataProblem problem, Cell cell) => Sheet is null
        ? problem with { Source = Location.Path, Line = cell.Row, Column = cell.Column }
        : problem with { Source = $"{Location.Path}({(Sheet.Any(ch => !char.IsLetterOrDigit(ch)) ? "'" + Sheet + "'" : Sheet)}!{cell.Reference})", Line = null, Column = null };

    /// <summary>A problem with a cell.</summary>
    public DataProblem Problem(Cell cell, string message, string expected, string? field = null) =>
        Place(new DataProblem(Name, message) { Value = cell.Text, Expected = expected, Field = field, Code = ProblemCodes.FinanceSheet }, cell);

    /// <summary>The column letters of a 1-based column: 1 is A, 27 is AA.</summary>
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Reads <c>B4:H12</c> or <c>B4</c> (from B4 to the end).</summary>
    internal static (int FirstRow, int FirstColumn, int LastRow, int LastColumn)? ParseRange(string text)
    {
        var parts = text.Trim().Replace("$", string.Empty, StringComparison.Ordinal).Split(':');
        if (parts.Length > 2 || Reference(parts[0]) is not { } first)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return (first.Row, first.Column, int.MaxValue, int.MaxValue);
        }

        return Reference(parts[1]) is { } last && last.Row >= first.Row && last.Column >= first.Column
            ? (first.Row, first.Column, last.Row, last.Column)
            : null;
    }

    private static (int Row, int Column)? Reference(string text)
    {
        var letters = 0;
        var column = 0;
        while (letters < text.Length && char.IsAsciiLetter(text[letters]) && letters < 3)
        {
            column = (column * 26) + (char.ToUpperInvariant(text[letters]) - 'A' + 1);
            letters++;
        }

        return letters > 0 && column <= XlsxSheet.MaxColumns
            && int.TryParse(text.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row is >= 1 and <= XlsxSheet.MaxRows
            ? (row, column)
            : null;
    }

    private static IReadOnlyList<(int Row, string?[] Cells)> ReadCsv(string path, List<DataProblem> problems)
    {
        var reader = new CsvRecordReader(new StringReader(Utf8Text.ReadFile(path, path, ProblemCodes.FinanceSheet)));
        var rows = new List<(int, string?[])>();
        while (reader.TryRead(out var fields, out var line))
        {
            rows.Add((line, fields.ToArray<string?>()));
        }

        if (reader.UnterminatedQuoteLine is int open)
        {
            throw new DataException(new[] { new DataProblem(path, "a quoted field is never closed") { Line = open, Expected = "a closing double quote", Code = ProblemCodes.FinanceSheet } });
        }

        return rows;
    }

    /// <summary>A row of the range: its 1-based number (a CSV file's line) and its cells from the range's first column.</summary>
    internal sealed record Row(int Number, IReadOnlyList<Cell> Cells);

    /// <summary>A cell: its 1-based row and column and its text as printed, trimmed (empty when blank).</summary>
    internal sealed record Cell(int Row, int Column, string Text)
    {
        /// <summary>The cell's reference, such as <c>C7</c>.</summary>
        public string Reference => ColumnName(Column) + Row.ToString(CultureInfo.InvariantCulture);
    }
}
