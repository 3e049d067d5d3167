using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Send.Data.Kpis.Sources;

/// <summary>Reading a sheet as Excel shows it: number cells through their number format.</summary>
internal static partial class XlsxSheet
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The built-in number formats that are not dates (ECMA-376 Part 1, 18.8.30); 0 and 49 show the value as it is.</summary>
    private static readonly Dictionary<uint, string> BuiltInFormats = new()
    {
        [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%", [11] = "0.00E+00", [12] = "# ?/?", [13] = "# ??/??",
        [37] = "#,##0 ;(#,##0)", [38] = "#,##0 ;[Red](#,##0)", [39] = "#,##0.00;(#,##0.00)", [40] = "#,##0.00;[Red](#,##0.00)", [48] = "##0.0E+0",
    };

    /// <summary>
    /// Reads the rows of the sheet named <paramref name="sheetName"/> (which must exist) as Excel shows them: a text
    /// cell as its text, a number cell as its number format prints it (<c>0.000</c> shows 61.183999999999997 as
    /// <c>61.184</c>, <c>#,##0.0;(#,##0.0)</c> shows −2.1 as <c>(2.1)</c>, <c>£#,##0.0,,"m"</c> shows 12843700 as
    /// <c>£12.8m</c>) and a General number as its 15 significant digits. Formatting is ExcelNumberFormat's.
    /// </summary>
    /// <exception cref="Send.Domain.Validation.DataException">The file is not a workbook, the sheet is not in it (the problem lists the sheets), or the sheet is beyond the limits of <see cref="Read(string, string?)"/>.</exception>
    public static IReadOnlyList<(int Row, string?[] Cells)> ReadPrinted(string path, string sheetName)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(path, false);
            var workbookPart = document.WorkbookPart ?? throw Problem(path, null, null, "the workbook has no workbook part", "an Excel workbook");
            var names = workbookPart.Workbook.Sheets?.Elements<Sheet>().Select(s => s.Name?.Value ?? string.Empty).ToList() ?? new List<string>();
            if (!names.Any(n => string.Equals(n, sheetName, StringComparison.OrdinalIgnoreCase)))
            {
                var near = names.OrderBy(n => Parsing.EditDistance.Between(n.ToUpperInvariant(), sheetName.ToUpperInvariant())).FirstOrDefault();
                throw new Send.Domain.Validation.DataException(new[]
                {
                    new Send.Domain.Validation.DataProblem(path, "the workbook has no sheet of that name" + (near is not null && Parsing.EditDistance.Between(near.ToUpperInvariant(), sheetName.ToUpperInvariant()) <= 3 ? $" (did you mean '{near}'?)" : string.Empty))
                    {
                        Value = sheetName,
                        Expected = "one of " + string.Join(", ", names.Select(n => "'" + n + "'")),
                        Code = "SEND-XLSX",
                    },
                });
            }

            var formats = NumberFormats(workbookPart);
            return Read(document, path, sheetName, (cell, shared) => Printed(cell, shared, formats));
        }
        catch (Exception e) when (e is OpenXmlPackageException or System.IO.InvalidDataException or System.IO.FileFormatException or System.Xml.XmlException)
        {
            throw Problem(path, null, null, "the file is not a readable .xlsx workbook (" + e.Message + ")", "an Excel workbook (.xlsx)");
        }
    }

    /// <summary>The first sheet's name, or null when the workbook has none.</summary>
    /// <exception cref="Send.Domain.Validation.DataException">The file is not a workbook.</exception>
    public static string? FirstSheetName(string path)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(path, false);
            return document.WorkbookPart?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()?.Name?.Value;
        }
        catch (Exception e) when (e is OpenXmlPackageException or System.IO.InvalidDataException or System.IO.FileFormatException or System.Xml.XmlException)
        {
            throw Problem(path, null, null, "the file is not a readable .xlsx workbook (" + e.Message + ")", "an Excel workbook (.xlsx)");
        }
    }

    /// <summary>The number format of each cell style, by style index; styles showing the value as it is (General, text, dates) are left out.</summary>
    private static Dictionary<uint, ExcelNumberFormat.NumberFormat> NumberFormats(WorkbookPart workbook)
    {
        var result = new Dictionary<uint, ExcelNumberFormat.NumberFormat>();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var styles = stylesheet?.CellFormats?.Elements<CellFormat>().ToList();
        if (styles is null)
        {
            return result;
        }

        var custom = stylesheet!.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? string.Empty) ?? new Dictionary<uint, string>();
        for (var i = 0; i < styles.Count; i++)
        {
            var id = styles[i].NumberFormatId?.Value ?? 0;
            var code = custom.TryGetValue(id, out var c) ? c : BuiltInFormats.TryGetValue(id, out var b) ? b : null;
            if (code is null)
            {
                continue;
            }

            var format = new ExcelNumberFormat.NumberFormat(code);
            if (format.IsValid && !format.IsDateTimeFormat && !format.IsTimeSpanFormat)
            {
                result[(uint)i] = format;
            }
        }

        return result;
    }

    private static string? Printed(Cell cell, string[] shared, Dictionary<uint, ExcelNumberFormat.NumberFormat> formats)
    {
        var text = Text(cell, shared);
        var isNumber = cell.DataType is null || cell.DataType.Value == CellValues.Number;
        if (!isNumber || text is null || !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return text;
        }

        // What Excel keeps of the binary double: 15 significant digits (61.183999999999997 is 61.184).
        var shown = Significant(value);
        if (cell.StyleIndex?.Value is uint style && formats.TryGetValue(style, out var format))
        {
            return format.Format(shown, EnglishUk).Trim();
        }

        return shown.ToString(CultureInfo.InvariantCulture);
    }

    private static decimal Significant(decimal value)
    {
        if (value == 0m)
        {
            return 0m;
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

        var rounded = Math.Round(value, Math.Clamp(14 - magnitude, 0, 28), MidpointRounding.AwayFromZero);
        return rounded / 1.000000000000000000000000000000m;
    }
}
