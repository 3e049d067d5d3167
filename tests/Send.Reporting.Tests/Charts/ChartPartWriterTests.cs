using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Send.Reporting.Charts;
using Send.Reporting.Tests.Support;
using Xunit;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Send.Reporting.Tests.Charts;

public sealed class ChartPartWriterTests
{
    [Theory]
    [InlineData(ChartKind.Line)]
    [InlineData(ChartKind.Bar)]
    public void AddChart_LineAndBar_DocumentValidatesWithZeroErrors(ChartKind kind)
    {
        using var stream = ChartDocuments.WithCharts(ChartDocuments.Expenditure(kind), ChartDocuments.Expenditure(ChartKind.Bar));
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToArray();
        Assert.Empty(errors);
    }

    [Fact]
    public void AddChart_EmbeddedWorkbook_CellsEqualChartCaches()
    {
        var spec = ChartDocuments.Expenditure();
        using var stream = ChartDocuments.WithCharts(spec);
        using var document = WordprocessingDocument.Open(stream, false);
        var chartPart = document.MainDocumentPart!.ChartParts.Single();
        var space = chartPart.ChartSpace;
        var external = space.GetFirstChild<C.ExternalData>()!;
        var embedded = (EmbeddedPackagePart)chartPart.GetPartById(external.Id!);
        using var workbookStream = embedded.GetStream();
        using var workbook = SpreadsheetDocument.Open(workbookStream, false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, CellText);

        var series = space.Descendants<C.LineChartSeries>().ToArray();
        Assert.Equal(2, series.Length);
        foreach (var ser in series)
        {
            // The series name cache equals the cell its formula names.
            var nameRef = ser.SeriesText!.StringReference!;
            Assert.Equal(cells[Cell(nameRef.Formula!.Text)], nameRef.StringCache!.Descendants<C.NumericValue>().Single().Text);

            // Every cached value equals the workbook cell at the same offset in the formula's range.
            var numRef = ser.GetFirstChild<C.Values>()!.NumberReference!;
            var (column, firstRow) = Start(numRef.Formula!.Text);
            foreach (var point in numRef.NumberingCache!.Elements<C.NumericPoint>())
            {
                var reference = column + (firstRow + (int)point.Index!.Value).ToString(CultureInfo.InvariantCulture);
                Assert.Equal(decimal.Parse(point.NumericValue!.Text, CultureInfo.InvariantCulture), decimal.Parse(cells[reference], CultureInfo.InvariantCulture));
            }

            var catRef = ser.GetFirstChild<C.CategoryAxisData>()!.StringReference!;
            var (catColumn, catFirst) = Start(catRef.Formula!.Text);
            foreach (var point in catRef.StringCache!.Elements<C.StringPoint>())
            {
                Assert.Equal(point.NumericValue!.Text, cells[catColumn + (catFirst + (int)point.Index!.Value).ToString(CultureInfo.InvariantCulture)]);
            }
        }

        // And the numbers are the spec's (the 2022/23 budget is a gap: no cache point, no cell).
        Assert.Equal("50.4", cells["B7"]);
        Assert.Equal("29.5", cells["C2"]);
        Assert.False(cells.ContainsKey("C7"));
        Assert.Equal(5, series[1].GetFirstChild<C.Values>()!.NumberReference!.NumberingCache!.Elements<C.NumericPoint>().Count());
    }

    [Fact]
    public void BuildChartSpace_LineChart_MatchesApprovedXml()
    {
        var xml = ChartPartWriter.BuildChartSpace(ChartDocuments.Expenditure(), ChartStyle.Fallback, "rId1").OuterXml;
        Approvals.Verify(XDocument.Parse(xml).ToString(), Path.Combine(RepoPaths.SourceFolder(), "line-chart.verified.xml"));
    }

    [Fact]
    public void BuildChartSpace_BarChart_MatchesApprovedXml()
    {
        var xml = ChartPartWriter.BuildChartSpace(ChartDocuments.Expenditure(ChartKind.Bar), ChartStyle.Fallback, "rId1").OuterXml;
        Approvals.Verify(XDocument.Parse(xml).ToString(), Path.Combine(RepoPaths.SourceFolder(), "bar-chart.verified.xml"));
    }

    [Fact]
    public void AddChart_SameSpecTwice_SameBytes()
    {
        using var first = ChartDocuments.WithCharts(ChartDocuments.Expenditure());
        using var second = ChartDocuments.WithCharts(ChartDocuments.Expenditure());
        using var a = WordprocessingDocument.Open(first, false);
        using var b = WordprocessingDocument.Open(second, false);
        static byte[] Workbook(WordprocessingDocument d)
        {
            var part = d.MainDocumentPart!.ChartParts.Single().EmbeddedPackagePart!;
            using var s = part.GetStream();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        }

        Assert.Equal(Workbook(a), Workbook(b));
    }

    [Fact]
    public void FromTheme_ThemeWithAccents_UsesThemeFontAndAccentOrder()
    {
        var theme = new DocumentFormat.OpenXml.Drawing.Theme(
            new DocumentFormat.OpenXml.Drawing.ThemeElements(
                new DocumentFormat.OpenXml.Drawing.ColorScheme(
                    new DocumentFormat.OpenXml.Drawing.Dark1Color(new DocumentFormat.OpenXml.Drawing.SystemColor { Val = DocumentFormat.OpenXml.Drawing.SystemColorValues.WindowText, LastColor = "000000" }),
                    new DocumentFormat.OpenXml.Drawing.Accent1Color(new DocumentFormat.OpenXml.Drawing.RgbColorModelHex { Val = "112233" }),
                    new DocumentFormat.OpenXml.Drawing.Accent2Color(new DocumentFormat.OpenXml.Drawing.RgbColorModelHex { Val = "445566" })),
                new DocumentFormat.OpenXml.Drawing.FontScheme(
                    new DocumentFormat.OpenXml.Drawing.MajorFont(new DocumentFormat.OpenXml.Drawing.LatinFont { Typeface = "Georgia" }),
                    new DocumentFormat.OpenXml.Drawing.MinorFont(new DocumentFormat.OpenXml.Drawing.LatinFont { Typeface = "Verdana" }))));
        var style = ChartStyle.FromTheme(theme);
        Assert.Equal("Verdana", style.FontName);
        Assert.Equal("000000", style.TextColour);
        Assert.Equal(new[] { "112233", "445566" }, style.SeriesColours);
        Assert.Equal("112233", style.SeriesColour(2));
    }

    private static string CellText(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue!.Text;

    private static string Cell(string formula) => formula.Substring(formula.IndexOf('!') + 1).Replace("$", string.Empty, System.StringComparison.Ordinal);

    private static (string Column, int FirstRow) Start(string formula)
    {
        var first = Cell(formula).Split(':')[0];
        var letters = new string(first.TakeWhile(char.IsLetter).ToArray());
        return (letters, int.Parse(first.Substring(letters.Length), CultureInfo.InvariantCulture));
    }
}
