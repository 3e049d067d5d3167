using System.Linq;
using Send.Domain.Validation;
using Send.Reporting.Charts;
using Xunit;

namespace Send.Reporting.Tests.Charts;

public sealed class ChartBlockParserTests
{
    [Fact]
    public void Parse_FullBlock_ReadsEveryKey()
    {
        var spec = ChartBlockParser.Parse(
            "type: bar\ntitle: Caseload\ncategories: 2022/23; 2023/24\nseries: Plans | 8,100; 9,800\nseries: Forecast | ; 9,500\nx-axis: Year\ny-axis: Plans\nformat: #,##0",
            "t.md");
        Assert.Equal(ChartKind.Bar, spec.Kind);
        Assert.Equal("Caseload", spec.Title);
        Assert.Equal(new[] { "2022/23", "2023/24" }, spec.Categories);
        Assert.Equal(new decimal?[] { 8100m, 9800m }, spec.Series[0].Values);
        Assert.Equal(new decimal?[] { null, 9500m }, spec.Series[1].Values);
        Assert.Equal("Year", spec.CategoryAxisTitle);
        Assert.Equal("Plans", spec.ValueAxisTitle);
        Assert.Equal("#,##0", spec.NumberFormat);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEachWithItsLine()
    {
        var ex = Assert.Throws<DataException>(() => ChartBlockParser.Parse(
            "type: pie\ncategories: a; b\nseries: X | 1; two\nseries: Y | 1\ncolour: red",
            "templates/x/report.md",
            firstLine: 10));
        var lines = ex.Problems.Select(p => (p.Line, p.Code)).ToArray();
        Assert.Contains((10, "SEND-CHART-TYPE"), lines);
        Assert.Contains((12, "SEND-CHART-NUMBER"), lines);
        Assert.Contains((13, "SEND-CHART-COUNT"), lines);
        Assert.Contains((14, "SEND-CHART-KEY"), lines);
        Assert.Contains(ex.Problems, p => p.Code == "SEND-CHART-TITLE");
        Assert.Contains("templates/x/report.md(12)", ex.Problems.Single(p => p.Code == "SEND-CHART-NUMBER").ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MarkdownEscapedValues_AreUnescaped()
    {
        var spec = ChartBlockParser.Parse("title: Spend \\(£m\\) \\*actual\\*\ncategories: 2022\\/23\nseries: A\\|B | 1", "t.md");
        Assert.Equal("Spend (£m) *actual*", spec.Title);
        Assert.Equal("2022/23", spec.Categories[0]);
        Assert.Equal("A|B", spec.Series[0].Name);
    }

    [Fact]
    public void Parse_EscapedSeparatorsFromData_StayInTheirLabels()
    {
        // #12: a category or series name written from data ("Sept; provisional", "A: B | C") is escaped by the
        // template engine; its ';', ':' and '|' are part of the label, not separators. Before, "Sept; provisional"
        // became two categories and the chart was refused at the rendered Markdown's line.
        var spec = ChartBlockParser.Parse(
            "title: Plans\\: all\ncategories: Sept\\; provisional; Oct\nseries: A\\: B \\| C | 1; 2",
            "t.md");

        Assert.Equal("Plans: all", spec.Title);
        Assert.Equal(new[] { "Sept; provisional", "Oct" }, spec.Categories);
        Assert.Equal("A: B | C", spec.Series[0].Name);
        Assert.Equal(new decimal?[] { 1m, 2m }, spec.Series[0].Values);
    }

    [Fact]
    public void Parse_DfeSymbolInSeries_IsAGap()
    {
        // A council's CSV and LAIT hold suppressed figures as c, x, z...; the chart shows a gap, never a zero.
        var spec = ChartBlockParser.Parse("title: Pupils\ncategories: A; B; C; D\nseries: Pupils | 210; c; x; 1070", "t.md");

        Assert.Equal(new decimal?[] { 210m, null, null, 1070m }, spec.Series[0].Values);
    }

    [Fact]
    public void Parse_OnlySeriesLineBad_IsOneProblemNotAlsoNoSeries()
    {
        var ex = Assert.Throws<DataException>(() => ChartBlockParser.Parse("title: T\ncategories: A\nseries: S | 12x", "t.md"));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("SEND-CHART-NUMBER", problem.Code);
        Assert.Equal("12x", problem.Value);
    }
}
