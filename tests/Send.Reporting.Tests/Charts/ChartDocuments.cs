using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Send.Reporting.Charts;

namespace Send.Reporting.Tests.Charts;

/// <summary>Builds minimal Word documents holding charts, for tests.</summary>
internal static class ChartDocuments
{
    public static MemoryStream WithCharts(params ChartSpec[] specs)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            for (var i = 0; i < specs.Length; i++)
            {
                body.Append(new Paragraph(new Run(new Text("Chart " + (i + 1)))));
                body.Append(ChartPartWriter.AddChart(main, specs[i], ChartStyle.Fallback, "rIdChart" + (i + 1), (uint)(i + 1)));
            }

            body.Append(new SectionProperties());
        }

        stream.Position = 0;
        return stream;
    }

    public static ChartSpec Expenditure(ChartKind kind = ChartKind.Line) => new(
        kind,
        "Total high needs expenditure",
        new[] { "2017/18", "2018/19", "2019/20", "2020/21", "2021/22", "2022/23" },
        new[]
        {
            new ChartSeries("Expenditure (£m)", new decimal?[] { 30.0m, 32.4m, 36.1m, 40.5m, 45.2m, 50.4m }),
            new ChartSeries("Budget (£m)", new decimal?[] { 29.5m, 31.0m, 33.0m, 36.0m, 39.0m, null }),
        },
        "Financial year",
        "£m",
        "#,##0.0");
}
