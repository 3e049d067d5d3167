using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using Send.Reporting;

namespace Send.Benchmarks.Reporting;

/// <summary>
/// A tiny end-to-end console path for timing the whole process against pandoc:
/// <c>Send.Benchmarks render scrutiny|long out.docx [out.md]</c> renders the sample template with its model and
/// saves it; with a third argument it also writes the Markdown the template produced (pandoc's input).
/// </summary>
internal static class RenderOnce
{
    public static int Run(string[] args)
    {
        var name = args[1];
        object model = name == "long" ? new LongReportModel() : new ScrutinySampleModel();
        var template = Path.Combine(ReportEngineBenchmarks.Samples, name, "template.md.scriban");
        var engine = new ReportEngine();
        engine.RenderToFile(template, model, args[2]);
        if (args.Length > 3)
        {
            File.WriteAllText(args[3], engine.RenderMarkdown(template, model));
        }

        if (Environment.GetEnvironmentVariable("SEND_BENCH_MEMORY") == "1")
        {
            Console.WriteLine("peak working set MB: " + (Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture));
        }

        return 0;
    }
}
