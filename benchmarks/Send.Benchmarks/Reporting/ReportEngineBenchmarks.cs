using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Send.Reporting;
using Send.Reporting.Templating;

namespace Send.Benchmarks.Reporting;

/// <summary>
/// The report engine's targets (issue 6): the scrutiny-committee sample with a cached template under 5 ms; a
/// 100-page report under 100 MB.
/// </summary>
[MemoryDiagnoser]
public class ReportEngineBenchmarks
{
    private ReportEngine engine = null!;
    private ReportTemplate scrutiny = null!;
    private ReportTemplate longReport = null!;
    private readonly ScrutinySampleModel scrutinyModel = new();
    private readonly LongReportModel longModel = new();

    internal static string Samples => Path.Combine(AppContext.BaseDirectory, "Reporting", "Samples");

    [GlobalSetup]
    public void Setup()
    {
        engine = new ReportEngine();
        scrutiny = engine.Cache.GetOrParse(Path.Combine(Samples, "scrutiny", "template.md.scriban"));
        longReport = engine.Cache.GetOrParse(Path.Combine(Samples, "long", "template.md.scriban"));
    }

    /// <summary>Template (cached) + model to .docx bytes: Scriban, Markdig, WordprocessingML, deterministic zip.</summary>
    [Benchmark]
    public byte[] ScrutinySample_CachedTemplate() => engine.RenderDocx(scrutiny, scrutinyModel);

    /// <summary>Only the Scriban step, for comparison.</summary>
    [Benchmark]
    public string ScrutinySample_MarkdownOnly() => engine.RenderMarkdown(scrutiny, scrutinyModel);

    /// <summary>About 100 pages (80 sections, 480 paragraphs, 80 tables of 14 rows).</summary>
    [Benchmark]
    public byte[] HundredPageReport() => engine.RenderDocx(longReport, longModel);
}
