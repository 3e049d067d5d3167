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
        double m1 = 1e9, m2 = 1e9, m3 = 1e9, m4 = 1e9, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
        for (var round = 0; round < 200; round++)
        {
            var sw = Stopwatch.StartNew();
            var md = engine.RenderMarkdown(template, model);
            var t1 = sw.Elapsed.TotalMilliseconds;
            var doc = ReportMarkdown.Parse(md);
            var t2 = sw.Elapsed.TotalMilliseconds;
            DocxRenderer.RenderDocument(doc, HouseStyle.Default, engine.BlockRenderers, "x");
            var t3 = sw.Elapsed.TotalMilliseconds;
            var t4 = t3;
            s1 += t1; s2 += t2 - t1; s3 += t3 - t2; s4 += t4 - t3; m1 = Math.Min(m1, t1); m2 = Math.Min(m2, t2 - t1); m3 = Math.Min(m3, t3 - t2); m4 = Math.Min(m4, t4 - t3);
        }

        foreach (var level in new[] { System.IO.Compression.CompressionLevel.Optimal, System.IO.Compression.CompressionLevel.Fastest, System.IO.Compression.CompressionLevel.NoCompression })
        {
            var best = 1e9;
            for (var i = 0; i < 200; i++)
            {
                var sw = Stopwatch.StartNew();
                HouseStyle.Default.CreatePackage().ToArray(level);
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"house style package only, {level}: {best:F3} ms, {HouseStyle.Default.CreatePackage().ToArray(level).Length} bytes");
        }

        Console.WriteLine($"min over 200: scriban {m1:F2} markdig {m2:F2} docx {m3:F2} ");
        Console.WriteLine($"mean over 200: scriban {s1 / 200:F2} markdig {s2 / 200:F2} docx {s3 / 200:F2} ");

        return 0;
    }
}
