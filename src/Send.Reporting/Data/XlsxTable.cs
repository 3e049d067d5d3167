using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using Send.Domain.Validation;

namespace Send.Reporting.Data;

/// <summary>
/// Reads one sheet of an .xlsx workbook as rows of cell text (shared and inline strings resolved, numbers as written
/// in the file, cells formatted as dates as NodaTime dates), with each row's number and each cell's column.
/// </summary>
internal static class XlsxTable
{
    private static readonly LocalDate ExcelEpoch = new(1899, 12, 30);

    public static (string Sheet, List<TableData.RawRow> Rows)? Read(string path, string? sheetName, List<DataProblem> problems)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(path, false);
            var workbookPart = document.WorkbookPart;
            var sheets = workbookPart?.Workbook.Sheets?.Elements<Sheet>().ToList() ?? new List<Sheet>();
            if (workbookPart is null || sheets.Count == 0)
            {
                problems.Add(new DataProblem(path, "the workbook has no sheets") { Code = TableData.Code });
                return null;
            }

            var sheet = sheetName is null ? sheets[0] : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, sheetName, StringComparison.OrdinalIgnoreCase));
            if (sheet is null)
            {
                problems.Add(new DataProblem(path, "the workbook has no sheet of that name") { Value = sheetName, Expected = "one of " + string.Join(", ", sheets.Select(s => s.Name?.Value)), Code = TableData.Code });
                return null;
            }

            var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? Array.Empty<string>();
            var dateStyles = DateStyles(workbookPart);
            var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!)).Worksheet;
            var rows = new List<TableData.RawRow>();
            foreach (var row in worksheet.GetFirstChild<SheetData>()?.Elements<Row>() ?? Enumerable.Empty<Row>())
            {
                var cells = new List<TableData.RawCell>();
                var next = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is string reference ? ColumnIndex(reference) : next;
                    while (cells.Count < column)
                    {
                        cells.Add(new TableData.RawCell(string.Empty, null, cells.Count + 1));
                    }

                    var text = Text(cell, shared);
                    LocalDate? date = null;
                    if (cell.DataType is null && cell.StyleIndex?.Value is uint style && dateStyles.Contains(style)
                        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466)
                    {
                        // Excel stores a date as days since 30 December 1899; the whole part is the date (the time of day is dropped).
                        date = ExcelEpoch.PlusDays((int)Math.Floor(serial));
                    }

                    if (cell.DataType is null && date is null)
                    {
                        text = Significant(text);
                    }

                    cells.Add(new TableData.RawCell(text, date, column + 1));
                    next = column + 1;
                }

                var number = row.RowIndex?.Value is uint r ? (int)r : rows.Count + 1;
                rows.Add(new TableData.RawRow(number, sheet.Name?.Value, cells.ToArray()));
            }

            return (sheet.Name?.Value ?? "Sheet1", rows);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FormatException)
        {
            problems.Add(new DataProblem(path, "the workbook could not be read: " + ex.Message) { Expected = "an .xlsx workbook", Code = TableData.Code });
            return null;
        }
    }

    /// <summary>The column letters of a 0-based column index: 0 is A, 26 is AA.</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>
    /// A number cell as Excel shows it: the file holds a binary double's digits (61.183999999999997), Excel shows
    /// 15 significant digits (61.184); the decimal read is the shown one.
    /// </summary>
    private static string Significant(string text)
    {
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value == 0m)
        {
            return text;
        }

        var magnitude = 0;
        for (var abs = Math.Abs(value); abs >= 10m; abs /= 10m)
        {
            magnitude++;
        }

        for (var abs = Math.Abs(value); abs < 1m; abs *= 10m)
        {
            magnitude--;
        }

        var places = Math.Clamp(14 - magnitude, 0, 28);
        var shown = Math.Round(value, places, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
        return shown.Contains('.', StringComparison.Ordinal) ? shown.TrimEnd('0').TrimEnd('.') : shown;
    }

    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var result = new HashSet<uint>();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList();
        if (formats is null)
        {
            return result;
        }

        var custom = stylesheet!.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? string.Empty) ?? new Dictionary<uint, string>();
        for (var i = 0; i < formats.Count; i++)
        {
            var id = formats[i].NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 22 or >= 45 and <= 47 || (custom.TryGetValue(id, out var code) && IsDateCode(code)))
            {
                result.Add((uint)i);
            }
        }

        return result;
    }

    private static bool IsDateCode(string code)
    {
        var inQuotes = false;
        foreach (var c in code)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && (c is 'd' or 'D' or 'y' or 'Y'))
            {
                return true;
            }
        }

        return false;
    }

    private static string Text(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var raw = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Length ? shared[index] : string.Empty;
        }

        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
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
