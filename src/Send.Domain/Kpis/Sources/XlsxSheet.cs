using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Send.Domain.Kpis.Sources;

/// <summary>
/// Reads the cells of one worksheet of a SpreadsheetML (.xlsx) workbook as text, resolving shared strings and inline
/// strings, with each row's 1-based number. Cells may be sparse; missing cells read as null.
/// </summary>
internal static class XlsxSheet
{
    /// <summary>Reads the rows of the sheet named <paramref name="sheetName"/>, or of the first sheet when it is null or absent.</summary>
    public static IReadOnlyList<(int Row, string?[] Cells)> Read(string path, string? sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidOperationException("The workbook has no workbook part.");
        var sheets = workbookPart.Workbook.Sheets?.Elements<Sheet>().ToList() ?? new List<Sheet>();
        var sheet = sheets.FirstOrDefault(s => sheetName is not null && string.Equals(s.Name?.Value, sheetName, StringComparison.OrdinalIgnoreCase))
            ?? sheets.FirstOrDefault()
            ?? throw new InvalidOperationException("The workbook has no sheets.");
        var worksheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
        var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? Array.Empty<string>();
        var rows = new List<(int, string?[])>();
        var data = worksheetPart.Worksheet.GetFirstChild<SheetData>();
        if (data is null)
        {
            return rows;
        }

        foreach (var row in data.Elements<Row>())
        {
            var cells = new List<string?>();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is string reference ? ColumnIndex(reference) : next;
                while (cells.Count < column)
                {
                    cells.Add(null);
                }

                cells.Add(Text(cell, shared));
                next = column + 1;
            }

            var number = row.RowIndex?.Value is uint r ? (int)r : rows.Count + 1;
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
        }

        return index - 1;
    }
}
