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
        double m1 = 1e9, m2 = 1e9, m3 = 1e9, m4 = 1e9;
        for (var round = 0; round < 200; round++)
        {
            var sw = Stopwatch.StartNew();
            var md = engine.RenderMarkdown(template, model);
            var t1 = sw.Elapsed.TotalMilliseconds;
            var doc = ReportMarkdown.Parse(md);
            var t2 = sw.Elapsed.TotalMilliseconds;
            var bytes = DocxRenderer.RenderDocumentRaw(doc, HouseStyle.Default, engine.BlockRenderers, "x");
            var t3 = sw.Elapsed.TotalMilliseconds;
            DeterministicPackage.Normalize(bytes);
            var t4 = sw.Elapsed.TotalMilliseconds;
            m1 = Math.Min(m1, t1); m2 = Math.Min(m2, t2 - t1); m3 = Math.Min(m3, t3 - t2); m4 = Math.Min(m4, t4 - t3);
        }

        Console.WriteLine($"min over 200: scriban {m1:F2} markdig {m2:F2} docx {m3:F2} normalize {m4:F2}");

        return 0;
    }
}
