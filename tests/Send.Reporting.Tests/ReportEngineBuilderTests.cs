using System;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using Send.Domain.Validation;
using Send.Reporting.Docx;
using Send.Reporting.Extensions;
using Send.Reporting.Markdown;
using Send.Reporting.Styling;
using Send.Reporting.Templating;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests;

/// <summary>The Markdig-style builder: one extension per feature, then an engine that never changes (#21).</summary>
public sealed class ReportEngineBuilderTests
{
    private const string RagTable = "| Strand | Status |\n|---|---|\n| Early help | [[rag:green]] |\n| Carried forward [[totals]] | |\n";

    private const string Chart = "```chart\ntype: bar\ntitle: Plans\ncategories: 2023/24; 2024/25\nseries: Plans | 10; 12\n```\n";

    [Fact]
    public void Build_NoExtensions_MarkersStayText()
    {
        var engine = new ReportEngineBuilder().Build();

        var document = engine.ParseMarkdown(RagTable, typographic: true);

        Assert.Empty(document.Descendants<RagInline>());
        Assert.Empty(document.Descendants<TotalsInline>());
        var docx = engine.MarkdownToDocx(RagTable, "t.md");
        DocxAssert.Valid(docx);
        Assert.Contains("[[rag:green]]", DocxReader.TextOf(DocxReader.Open(docx).Body));
    }

    [Fact]
    public void UseRagCells_Marker_IsANodeAndFillsTheCell()
    {
        var engine = new ReportEngineBuilder().UseRagCells().Build();

        var document = engine.ParseMarkdown(RagTable, typographic: true);

        Assert.Equal(Send.Domain.Finance.RagStatus.Green, Assert.Single(document.Descendants<RagInline>()).Status);
        Assert.Empty(document.Descendants<TotalsInline>());
        var body = DocxReader.Open(engine.MarkdownToDocx(RagTable, "t.md")).Body;
        Assert.DoesNotContain("[[rag:", DocxReader.TextOf(body));
        Assert.Contains(body.Descendants<Shading>(), s => s.Fill?.Value == HouseStyle.Default.Palette.Fill(Send.Domain.Finance.RagStatus.Green));
    }

    [Fact]
    public void UseTotals_Marker_MakesATotalsRow()
    {
        var engine = new ReportEngineBuilder().UseTotals().Build();

        var rows = DocxReader.Open(engine.MarkdownToDocx(RagTable, "t.md")).Body.Descendants<TableRow>().ToList();

        Assert.Equal(StyleIds.TableTotal, DocxReader.StyleOf(rows[2].Elements<TableCell>().First().Elements<Paragraph>().Single()));
        Assert.Contains("[[rag:green]]", DocxReader.TextOf(rows[1]));
    }

    [Fact]
    public void UseCharts_ChartBlock_BecomesAWordChart()
    {
        var docx = new ReportEngineBuilder().UseCharts().Build().MarkdownToDocx(Chart, "t.md");

        DocxAssert.Valid(docx);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Single(document.MainDocumentPart!.ChartParts);
    }

    [Fact]
    public void Build_WithoutCharts_ChartBlockIsAnUnknownBlock()
    {
        var error = Assert.Throws<DataException>(() => new ReportEngineBuilder().UseRagCells().UseTotals().Build().MarkdownToDocx(Chart, "t.md"));

        Assert.Equal(ReportProblemCodes.Markdown, Assert.Single(error.Problems).Code);
    }

    [Fact]
    public void UseDefaults_Twice_AddsEachFeatureOnce()
    {
        var builder = new ReportEngineBuilder().UseDefaults().UseCharts().UseDefaults();

        Assert.Equal(new[] { typeof(RagCellsExtension), typeof(TotalsExtension), typeof(ChartsExtension) }, builder.Extensions.Select(e => e.GetType()));
        Assert.Equal(3, builder.Build().Extensions.Count);
    }

    [Fact]
    public void Build_Engine_BlockRenderersAreReadOnly()
    {
        var engine = new ReportEngineBuilder().UseDefaults().Build();

        Assert.True(engine.BlockRenderers.IsReadOnly);
        Assert.True(engine.BlockRenderers.TryGet("chart", out _));
        Assert.Throws<InvalidOperationException>(() => engine.BlockRenderers.Register(new CalloutExtension()));
    }

    [Fact]
    public void Build_LaterChangesToTheBuilder_DoNotReachTheEngine()
    {
        var builder = new ReportEngineBuilder();
        var engine = builder.Build();

        builder.UseCharts();

        Assert.Empty(engine.Extensions);
        Assert.False(engine.BlockRenderers.TryGet("chart", out _));
    }

    [Fact]
    public void ReportEngineConstructor_AsBefore_HasRagAndTotalsButNoCharts()
    {
        var engine = new ReportEngine();

        Assert.Equal(new[] { typeof(RagCellsExtension), typeof(TotalsExtension) }, engine.Extensions.Select(e => e.GetType()));
        Assert.False(engine.BlockRenderers.IsReadOnly);
    }

    [Fact]
    public void Use_OwnExtension_AddsFunctionsAndBlockTogether()
    {
        var engine = new ReportEngineBuilder().Use(new CalloutExtension()).Build();
        var template = ReportTemplate.Parse("t.scriban", "{{ shout 'budget' }}\n\n```callout\nSee the appendix.\n```\n");

        var markdown = engine.RenderMarkdown(template, new { }, TestContext.Current.CancellationToken);
        var docx = engine.RenderDocx(template, new { }, TestContext.Current.CancellationToken);

        Assert.StartsWith("BUDGET", markdown, StringComparison.Ordinal);
        DocxAssert.Valid(docx);
        Assert.Contains(StyleIds.BoxedNote + ": See the appendix.", DocxReader.Open(docx).Outline());
    }

    [Fact]
    public void UseTemplateFunctions_NotAStaticClass_BuildThrows()
    {
        var builder = new ReportEngineBuilder().UseTemplateFunctions(typeof(CalloutExtension));

        Assert.Throws<ArgumentException>(() => builder.Build());
    }

    [Fact]
    public void UseTemplateFunctions_SameClassTwice_ImportedOnce()
    {
        var builder = new ReportEngineBuilder().UseTemplateFunctions(typeof(CalloutFunctions)).UseTemplateFunctions(typeof(CalloutFunctions));

        Assert.Single(builder.Extensions);
        Assert.Equal("BUDGET", builder.Build().RenderMarkdown(ReportTemplate.Parse("t.scriban", "{{ shout 'budget' }}"), new { }, TestContext.Current.CancellationToken).Trim());
    }

    [Fact]
    public void WarmUp_WithEveryExtension_RendersWithoutProblems()
    {
        var engine = new ReportEngineBuilder().UseDefaults().Use(new CalloutExtension()).Build();

        engine.WarmUp();
        engine.WarmUp();
    }

    public static class CalloutFunctions
    {
        public static string Shout(string text) => text.ToUpperInvariant();
    }

    /// <summary>A feature written outside the engine: a template function and a fenced block, set up together.</summary>
    private sealed class CalloutExtension : IReportExtension, IDocxBlockRenderer
    {
        public string InfoString => "callout";

        public void Setup(ReportEngineSetup setup)
        {
            setup.AddTemplateFunctions(typeof(CalloutFunctions));
            setup.AddBlockRenderer(this);
            setup.AddWarmUpMarkdown("\n```callout\nWarm.\n```\n");
        }

        public void Render(DocxBlockContext context, string body) =>
            context.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.BoxedNote }), new Run(new Text(body.Trim()))));
    }
}
