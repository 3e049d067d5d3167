using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Send.Data.Kpis.Sources;

/// <summary>
/// Reads the cells of one worksheet of a SpreadsheetML (.xlsx) workbook as text, resolving shared strings and inline
/// strings, with each row's 1-based number. Cells may be sparse; missing cells read as null.
/// </summary>
/// <remarks>
/// Bounded: a cell reference beyond Excel's own limits (column XFD = 16,384, row 1,048,576), a row of more than
/// <see cref="MaxColumns"/> columns or a sheet of more than <see cref="MaxCells"/> cells is a <see cref="Send.Domain.Validation.DataException"/>
/// naming the file, row and reference, before any memory is spent on it (a tampered reference such as
/// <c>ZZZZZZ2</c> used to pad a row with 321 million empty cells). A file that is not a workbook is one too.
/// </remarks>
internal static partial class XlsxSheet
{
    /// <summary>The most columns a row may span (Excel's limit, XFD).</summary>
    public const int MaxColumns = 16_384;

    /// <summary>The most rows (Excel's limit).</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>The most cells read from one sheet, counting the empty cells a sparse row is padded with.</summary>
    public const int MaxCells = 2_000_000;

    /// <summary>Reads the rows of the sheet named <paramref name="sheetName"/>, or of the first sheet when it is null or absent.</summary>
    public static IReadOnlyList<(int Row, string?[] Cells)> Read(string path, string? sheetName)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(path, false);
            return Read(document, path, sheetName);
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.IO.InvalidDataException or System.IO.FileFormatException or System.Xml.XmlException)
        {
            throw Problem(path, null, null, "the file is not a readable .xlsx workbook (" + e.Message + ")", "an Excel workbook as the DfE publishes it");
        }
    }

    private static Send.Domain.Validation.DataException Problem(string path, int? row, string? reference, string message, string expected) =>
        new(new[] { new Send.Domain.Validation.DataProblem(path, message) { Line = row, Field = reference, Expected = expected, Code = "SEND-XLSX" } });

    private static IReadOnlyList<(int Row, string?[] Cells)> Read(SpreadsheetDocument document, string path, string? sheetName, Func<Cell, string[], string?>? text = null)
    {
        var workbookPart = document.WorkbookPart ?? throw Problem(path, null, null, "the workbook has no workbook part", "an Excel workbook");
        var sheets = workbookPart.Workbook.Sheets?.Elements<Sheet>().ToList() ?? new List<Sheet>();
        var sheet = sheets.FirstOrDefault(s => sheetName is not null && string.Equals(s.Name?.Value, sheetName, StringComparison.OrdinalIgnoreCase))
            ?? sheets.FirstOrDefault()
            ?? throw Problem(path, null, null, "the workbook has no sheets", "an Excel workbook with a sheet");
        var worksheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
        var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? Array.Empty<string>();
        var rows = new List<(int, string?[])>();
        var data = worksheetPart.Worksheet.GetFirstChild<SheetData>();
        if (data is null)
        {
            return rows;
        }

        long total = 0;
        foreach (var row in data.Elements<Row>())
        {
            var number = row.RowIndex?.Value is uint r && r <= MaxRows ? (int)r : rows.Count + 1;
            if (row.RowIndex?.Value is uint bad && bad > MaxRows)
            {
                throw Problem(path, rows.Count + 1, null, $"row number {bad.ToString(CultureInfo.InvariantCulture)} is beyond Excel's last row", "rows 1 to 1,048,576");
            }

            var cells = new List<string?>();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var reference = cell.CellReference?.Value;
                var column = reference is not null ? ColumnIndex(reference) : next;
                if (column >= MaxColumns || column < 0)
                {
                    throw Problem(path, number, reference, $"the cell reference '{Truncate(reference)}' is beyond Excel's last column (XFD)", "cell references within A to XFD");
                }

                total += Math.Max(0, column - cells.Count) + 1;
                if (total > MaxCells)
                {
                    throw Problem(path, number, reference, $"the sheet has more than {MaxCells.ToString("N0", CultureInfo.InvariantCulture)} cells", "a statistical-neighbour or code-list sheet (a few thousand cells)");
                }

                while (cells.Count < column)
                {
                    cells.Add(null);
                }

                cells.Add((text ?? Text)(cell, shared));
                next = column + 1;
            }

            rows.Add((number, cells.ToArray()));
        }

        return rows;
    }

    private static string? Text(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        var raw = cell.CellValue?.Text;
        if (raw is null)
        {
            return null;
        }

        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Length ? shared[index] : null;
        }

        return raw;
    }

    private static string Truncate(string? text) => text is null ? string.Empty : text.Length <= 20 ? text : text.Substring(0, 20) + "...";

    /// <summary>The 0-based column of a reference (<c>B7</c> is 1); <see cref="MaxColumns"/> for any column past XFD, without overflowing.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (c - 'A' + 1);
            if (index > MaxColumns)
            {
                return MaxColumns;
            }
        }

        return index - 1;
    }
}
