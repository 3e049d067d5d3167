using System;
using System.Diagnostics;
using System.IO;
using Send.Reporting;
using Send.Reporting.Docx;
using Send.Reporting.Markdown;
using Send.Reporting.Styling;

namespace Send.Benchmarks.Reporting;

internal static class ProfileOnce
{
    public static int Run()
    {
        var engine = new ReportEngine();
        var template = engine.Cache.GetOrParse(Path.Combine(ReportEngineBenchmarks.Samples, "scrutiny", "template.md.scriban"));
        var model = new ScrutinySampleModel();
        const int Rounds = 1000;
        double minScriban = 1e9, minMarkdig = 1e9, minDocx = 1e9;
        for (var round = 0; round < Rounds; round++)
        {
            var sw = Stopwatch.StartNew();
            var md = engine.RenderMarkdown(template, model);
            var t1 = sw.Elapsed.TotalMilliseconds;
            var doc = ReportMarkdown.Parse(md);
            var t2 = sw.Elapsed.TotalMilliseconds;
            DocxRenderer.RenderDocument(doc, HouseStyle.Default, engine.BlockRenderers, "x");
            var t3 = sw.Elapsed.TotalMilliseconds;
            minScriban = Math.Min(minScriban, t1);
            minMarkdig = Math.Min(minMarkdig, t2 - t1);
            minDocx = Math.Min(minDocx, t3 - t2);
        }

        Console.WriteLine($"min over {Rounds}: Scriban {minScriban:F2} ms, Markdig {minMarkdig:F2} ms, WordprocessingML and package {minDocx:F2} ms");

        return 0;
    }
}
