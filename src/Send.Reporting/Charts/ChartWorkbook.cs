using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Send.Reporting.Docx;

namespace Send.Reporting.Charts;

/// <summary>
/// Builds the .xlsx workbook embedded in a chart part, so that Word's "Edit data" opens the same numbers the chart
/// shows: sheet <c>Sheet1</c>, categories in column A from row 2, one series per column from B with its name in row 1.
/// </summary>
/// <remarks>
/// The cell layout is what <see cref="ChartPartWriter"/>'s formulas (<c>Sheet1!$B$2:$B$7</c>) point at; the two must
/// change together. Gaps are left as empty cells. Zip entry times are fixed so that the same spec always gives the
/// same bytes.
/// </remarks>
internal static class ChartWorkbook
{
    /// <summary>The name of the only worksheet.</summary>
    public const string SheetName = "Sheet1";

    private const string WorkbookPartName = "xl/workbook.xml";
    private const string SheetPartName = "xl/worksheets/sheet1.xml";
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string SheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private const string SheetRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

    /// <summary>Returns the workbook for <paramref name="spec"/> as .xlsx bytes.</summary>
    public static byte[] Build(ChartSpec spec)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1U };
        header.Append(TextCell("A1", spec.CategoryAxisTitle ?? string.Empty));
        for (var s = 0; s < spec.Series.Count; s++)
        {
            header.Append(TextCell(CellRef(s + 1, 1), spec.Series[s].Name));
        }

        data.Append(header);
        for (var c = 0; c < spec.Categories.Count; c++)
        {
            var rowIndex = (uint)(c + 2);
            var row = new Row { RowIndex = rowIndex };
            row.Append(TextCell(CellRef(0, c + 2), spec.Categories[c]));
            for (var s = 0; s < spec.Series.Count; s++)
            {
                if (spec.Series[s].Values[c] is decimal value)
                {
                    row.Append(new Cell
                    {
                        CellReference = CellRef(s + 1, c + 2),
                        CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
                    });
                }
            }

            data.Append(row);
        }

        var workbook = new Workbook(new Sheets(new Sheet { Name = SheetName, SheetId = 1U, Id = "rId1" }));
        var package = new PackageBuilder();
        package.SetPart(WorkbookPartName, WorkbookContentType, workbook);
        package.SetPart(SheetPartName, SheetContentType, new Worksheet(data));
        package.AddRelationship(string.Empty, "rId1", PackageBuilder.OfficeDocumentRelationshipType, WorkbookPartName);
        package.AddRelationship(WorkbookPartName, "rId1", SheetRelationshipType, SheetPartName);
        return package.ToArray();
    }

    /// <summary>Gets the A1-style reference of a zero-based column and one-based row.</summary>
    public static string CellRef(int column, int row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets the letters of a zero-based column (0 = A, 25 = Z, 26 = AA).</summary>
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        var n = column + 1;
        while (n > 0)
        {
            var rem = (n - 1) % 26;
            name = (char)('A' + rem) + name;
            n = (n - 1) / 26;
        }

        return name;
    }

    private static Cell TextCell(string reference, string text) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };
}
