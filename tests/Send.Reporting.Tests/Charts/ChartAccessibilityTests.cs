using System;
using System.Linq;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using Send.Reporting.Charts;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests.Charts;

/// <summary>Charts a screen-reader user and a colour-blind reader can follow (issue 14).</summary>
public sealed class ChartAccessibilityTests
{
    private static byte[] Render(string markdown)
    {
        var engine = new ReportEngineBuilder().UseDefaults().Build();
        var docx = engine.MarkdownToDocx(markdown, "t.md");
        DocxAssert.Valid(docx);
        return docx;
    }

    [Fact]
    public void Description_Default_SummarisesTheData()
    {
        var spec = new ChartSpec(ChartKind.Line, "High needs deficit", ["2022/23", "2023/24", "2024/25"], [new ChartSeries("Unmitigated", [10.2m, 30.5m, 61.2m]), new ChartSeries("Mitigated", [10.2m, null, -1.5m])], valueAxisTitle: "£m");
        Assert.Equal("Line chart: High needs deficit (£m), 2022/23 to 2024/25. Unmitigated: from 10.2 to 61.2. Mitigated: from 10.2 to \u22121.5.", spec.Description);
    }

    [Fact]
    public void Render_ChartWithCaptionAndSource_NumberedFigureKeptWithChart()
    {
        var docx = Render("```chart\ntitle: Spend\ncategories: 2023/24; 2024/25\nseries: Spend | 1; 2\ncaption: Spend by year\nsource: Outturn reports\ndescription: Spend rose from 1 to 2.\n```\n");
        var paragraphs = DocxReader.Open(docx).BodyParagraphs.ToList();
        Assert.NotNull(paragraphs[0].ParagraphProperties?.KeepNext);
        Assert.Equal("Spend rose from 1 to 2.", paragraphs[0].Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Single().Description?.Value);
        Assert.Equal("Figure 1: Spend by year", DocxReader.TextOf(paragraphs[1]));
        Assert.Contains(paragraphs[1].Descendants<FieldCode>(), f => f.Text.Contains("SEQ Figure", StringComparison.Ordinal));
        Assert.Equal("Source: Outturn reports", DocxReader.TextOf(paragraphs[2]));
    }

    [Fact]
    public void Render_SameSeriesNameInTwoCharts_KeepsItsColourMarkerAndDash()
    {
        var docx = Render(
            "```chart\ntitle: One\ncategories: a; b\nseries: Unmitigated | 1; 2\nseries: Mitigated | 1; 1\n```\n\n" +
            "```chart\ntitle: Two\ncategories: a; b\nseries: Mitigated | 1; 1\nseries: Unmitigated | 1; 2\n```\n");
        XNamespace c = "http://schemas.openxmlformats.org/drawingml/2006/chart";
        string Look(string part, string name)
        {
            var series = XDocument.Parse(DocxAssert.PartXml(docx, part)).Descendants(c + "ser").Single(s => s.Element(c + "tx")!.Value.Contains(name, StringComparison.Ordinal));
            return string.Join("|", series.Element(c + "spPr")!.ToString(SaveOptions.DisableFormatting), series.Element(c + "marker")!.ToString(SaveOptions.DisableFormatting));
        }

        Assert.Equal(Look("word/charts/chart1.xml", "Mitigated"), Look("word/charts/chart2.xml", "Mitigated"));
        Assert.Equal(Look("word/charts/chart1.xml", "Unmitigated"), Look("word/charts/chart2.xml", "Unmitigated"));
        Assert.NotEqual(Look("word/charts/chart1.xml", "Mitigated"), Look("word/charts/chart1.xml", "Unmitigated"));
    }

    [Fact]
    public void Render_BarChartSeries_DifferByPatternAsWellAsColour()
    {
        var docx = Render("```chart\ntype: bar\ntitle: Plans\ncategories: a; b\nseries: One | 1; 2\nseries: Two | 2; 3\nseries: Three | 3; 4\n```\n");
        XNamespace c = "http://schemas.openxmlformats.org/drawingml/2006/chart";
        XNamespace a = "http://schemas.openxmlformats.org/drawingml/2006/main";
        var fills = XDocument.Parse(DocxAssert.PartXml(docx, "word/charts/chart1.xml")).Descendants(c + "ser")
            .Select(s => s.Element(c + "spPr")!.Elements().First()).ToList();

        // The first series solid; each other one hatched in its own pattern, so a reader who cannot tell the colours apart (or a black-and-white print) still can.
        Assert.Equal(a + "solidFill", fills[0].Name);
        Assert.All(fills.Skip(1), f => Assert.Equal(a + "pattFill", f.Name));
        Assert.Equal(2, fills.Skip(1).Select(f => (string?)f.Attribute("prst")).Distinct().Count());
    }

    [Theory]
    [InlineData("series: Pupils | 1200; 1070; 900", "#,##0")]
    [InlineData("series: Deficit | 10.2; 30.5; 61", "#,##0.0")]
    [InlineData("series: Pupils | 1200; c; 900\nformat: 0.00", "0.00")]
    public void Parse_NoFormat_WholeNumbersHaveNoDecimalPlace(string series, string format)
    {
        // A count of pupils on the axis reads 1,200, never 1,200.0; a figure with a fraction keeps one place.
        var spec = ChartBlockParser.Parse("title: T\ncategories: a; b; c\n" + series, "t.md");
        Assert.Equal(format, spec.NumberFormat);
    }
}
