using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Send.Benchmarks.Reporting;
using Send.Domain.Finance;
using Send.Domain.Validation;
using Send.Reporting.Docx;
using Send.Reporting.Styling;
using Send.Reporting.Templating;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests;

public sealed class ReportEngineTests
{
    private sealed record TitleModel(string Title);

    [Fact]
    public void RenderDocx_ScrutinySample_IsValidAndNumberedLikeTheDevonPaper()
    {
        var engine = new ReportEngine();
        var docx = engine.RenderDocx(RepoPaths.ScrutinyTemplate, new ScrutinySampleModel(), TestContext.Current.CancellationToken);
        TestOutput.Save("scrutiny.docx", docx);

        DocxAssert.Valid(docx);
        var outline = DocxReader.Open(docx).Outline();
        Assert.Equal("Title: Update on Special Educational Needs & Disabilities (SEND) Transformation Programme", outline[2]);
        Assert.Contains("Heading1: Recommendation", outline);
        Assert.Contains("Heading2: Education, Health and Care Plan processes headlines", outline);
        Assert.Contains("ListRoman: a national increase in requests for EHCP plans post pandemic; and", outline);
        Assert.Contains("ContactBlock: Julian Wooster", outline);
    }

    [Fact]
    public void RenderDocx_SameInputsTwice_GiveIdenticalBytes()
    {
        var first = new ReportEngine(cache: new TemplateCache()).RenderDocx(RepoPaths.ScrutinyTemplate, new ScrutinySampleModel(), TestContext.Current.CancellationToken);
        var previous = CultureInfo.CurrentCulture;
        byte[] second;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            second = new ReportEngine(cache: new TemplateCache()).RenderDocx(RepoPaths.ScrutinyTemplate, new ScrutinySampleModel(), TestContext.Current.CancellationToken);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal(first, second);
    }

    [Fact]
    public void RenderToFile_FailingRender_LeavesNoFileAndNoTemporaryFile()
    {
        using var folder = new TemplateFolder();
        var template = folder.Write("template.md.scriban", "{{ missing }}\n");
        var output = Path.Combine(folder.Path, "out", "report.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);

        Assert.Throws<DataException>(() => new ReportEngine(cache: new TemplateCache()).RenderToFile(template, new TitleModel("T"), output, TestContext.Current.CancellationToken));

        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(output)!));
    }

    [Fact]
    public void RenderToFile_FailingRender_LeavesExistingReportUntouched()
    {
        using var folder = new TemplateFolder();
        var template = folder.Write("template.md.scriban", "{{ missing }}\n");
        var output = folder.Write("report.docx", "previous report");

        Assert.Throws<DataException>(() => new ReportEngine(cache: new TemplateCache()).RenderToFile(template, new TitleModel("T"), output, TestContext.Current.CancellationToken));

        Assert.Equal("previous report", File.ReadAllText(output));
    }

    [Fact]
    public void WriteAllBytes_TargetIsAFolder_ThrowsAndLeavesNoTemporaryFile()
    {
        using var folder = new TemplateFolder();
        var target = Path.Combine(folder.Path, "report.docx");
        Directory.CreateDirectory(target);

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllBytes(target, new byte[] { 1, 2, 3 }));

        Assert.Equal(new[] { target }, Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void RenderToFile_Success_WritesOnlyTheReport()
    {
        using var folder = new TemplateFolder();
        var template = folder.Write("template.md.scriban", "# {{ title }}\n");
        var output = Path.Combine(folder.Path, "report.docx");

        new ReportEngine(cache: new TemplateCache()).RenderToFile(template, new TitleModel("Purpose"), output, TestContext.Current.CancellationToken);

        DocxAssert.Valid(File.ReadAllBytes(output));
        Assert.Equal(new[] { "report.docx", "template.md.scriban" }, Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void GetOrParse_SameContent_ParsesOnceAndEditedContentAgain()
    {
        using var folder = new TemplateFolder();
        var path = folder.Write("template.md.scriban", "# One\n");
        var cache = new TemplateCache();

        var first = cache.GetOrParse(path);
        var again = cache.GetOrParse(path);
        File.WriteAllText(path, "# Two\n");
        var edited = cache.GetOrParse(path);

        Assert.Same(first, again);
        Assert.NotSame(first, edited);
        Assert.Equal("# Two\n", edited.Text);
    }

    [Fact]
    public void MarkdownToDocx_TwoLists_EachGetsItsOwnNumberingInstanceThatRestarts()
    {
        var docx = new ReportEngine().MarkdownToDocx("a) one\nb) two\n\nText.\n\na) again\n\n3. three\n", "t.md");

        var reader = DocxReader.Open(docx);
        var numIds = reader.BodyParagraphs.Select(p => p.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value).OfType<int>().ToList();
        Assert.Equal(4, numIds.Count);
        Assert.Equal(numIds[0], numIds[1]);
        Assert.NotEqual(numIds[0], numIds[2]);
        var instances = reader.Numbering.Elements<NumberingInstance>().ToDictionary(n => n.NumberID!.Value);
        int Start(int id) => instances[id].Elements<LevelOverride>().Single(o => o.LevelIndex! == 0).StartOverrideNumberingValue!.Val!.Value;
        Assert.Equal(1, Start(numIds[0]));
        Assert.Equal(1, Start(numIds[2]));
        Assert.Equal(3, Start(numIds[3]));
        Assert.Equal(instances[numIds[0]].AbstractNumId!.Val!.Value, instances[numIds[2]].AbstractNumId!.Val!.Value);
    }

    [Fact]
    public void MarkdownToDocx_RagAndTotals_UsePaletteFillsAndTotalStyles()
    {
        var docx = new ReportEngine().MarkdownToDocx("| Strand | Status | Target |\n|---|---|---|\n| A | [[rag:amber]] | £1.0m |\n| Total | | £1.0m |\n", "t.md");

        DocxAssert.Valid(docx);
        var table = DocxReader.Open(docx).Body.Elements<Table>().Single();
        var rows = table.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        var amber = rows[1].Elements<TableCell>().ElementAt(1);
        Assert.Equal("Amber", DocxReader.TextOf(amber));
        Assert.Equal(RagPalette.Default.Fill(RagStatus.Amber), amber.TableCellProperties!.Shading!.Fill!.Value);
        Assert.Equal(StyleIds.TableNumber, DocxReader.StyleOf(rows[1].Elements<TableCell>().ElementAt(2).Elements<Paragraph>().Single()));
        Assert.Equal(new[] { StyleIds.TableTotal, StyleIds.TableTotal, StyleIds.TableTotalNumber }, rows[2].Elements<TableCell>().Select(c => DocxReader.StyleOf(c.Elements<Paragraph>().Single())));
    }

    [Fact]
    public void MarkdownToDocx_ChartWithRegisteredRenderer_IsDispatchedWithItsBody()
    {
        var engine = new ReportEngine();
        var chart = new RecordingChartRenderer();
        engine.BlockRenderers.Register(chart);

        var docx = engine.MarkdownToDocx("# Trend\n\n```chart\n{\"kind\":\"line\"}\n```\n", "t.md");

        Assert.Equal("{\"kind\":\"line\"}", chart.Body);
        Assert.Equal(3, chart.Line);
        Assert.Contains("Caption: chart 1 rIdSendChart1", DocxReader.Open(docx).Outline());
    }

    [Fact]
    public void MarkdownToDocx_ChartRendererReportsProblem_RenderFailsWithIt()
    {
        var engine = new ReportEngine();
        engine.BlockRenderers.Register(new RecordingChartRenderer { Fail = true });

        var error = Assert.Throws<DataException>(() => engine.MarkdownToDocx("```chart\n{}\n```\n", "t.md"));

        Assert.Equal("t.md(1): SEND-MARKDOWN: chart: no series", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void RenderDocx_CouncilHouseStyle_TakesItsPageSetupAndFooter()
    {
        var council = HouseStyleTests.Edit(HouseStyleBuilder.Build(), main =>
        {
            var section = main.Document!.Body!.Elements<SectionProperties>().Single();
            section.GetFirstChild<PageMargin>()!.Left = 1701U;
            var footer = main.FooterParts.Single().Footer!;
            footer.Append(new Paragraph(new Run(new Text("Wiltshire Council"))));
        });
        var engine = new ReportEngine(HouseStyle.Load(council, "wiltshire.docx"));

        var docx = engine.MarkdownToDocx("# Purpose\n\nText.\n", "t.md");

        DocxAssert.Valid(docx);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var section = document.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(1701U, section.GetFirstChild<PageMargin>()!.Left!.Value);
        Assert.Contains("Wiltshire Council", DocxReader.TextOf(document.MainDocumentPart.FooterParts.Single().Footer!));
        Assert.DoesNotContain("Report title", DocxReader.TextOf(document.MainDocumentPart.Document.Body));
    }

    private sealed class RecordingChartRenderer : IDocxBlockRenderer
    {
        public string InfoString => "chart";

        public string? Body { get; private set; }

        public int Line { get; private set; }

        public bool Fail { get; init; }

        public void Render(DocxBlockContext context, string body)
        {
            Body = body;
            Line = context.Line;
            if (Fail)
            {
                context.Problem("chart: no series");
                return;
            }

            context.Append(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Caption }),
                new Run(new Text($"chart {context.NextDrawingId()} {context.NextRelationshipId("Chart")}"))));
        }
    }
}
