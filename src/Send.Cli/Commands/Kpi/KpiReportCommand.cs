using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Send.Cli.Infrastructure;
using Send.Data.Kpis.Sources;
using Send.Domain.Validation;
using Send.Reporting;
using Send.Reporting.Reports;
using Send.Reporting.Styling;

namespace Send.Cli.Commands.Kpi;

/// <summary>
/// <c>send kpi report</c>: a council's benchmark pack as a Word report. Wiring only: the pack is computed by
/// <see cref="LaitBenchmarkPack"/> in Send.Domain and laid out by the <c>templates/kpi-benchmark</c> template through
/// the report engine.
/// </summary>
internal static class KpiReportCommand
{
    public const string TemplateFolder = "kpi-benchmark";

    public static Command Create()
    {
        var command = new Command("report", "Write a council's benchmark pack (.docx): for each measure a line chart of the council against its statistical neighbours' mean, its region and England over every year, the latest rank and quartile band, and a one-line reading, in the house style.\n\nExamples:\n  send kpi report --la Devon --measures SEN_EHC_Excpt_20wks,SEN_CASES_JAN,cla-rate-per-10k -o devon-benchmark.docx\n  send kpi report --la 878 --measures measures.txt --sn-set april2021 -o devon-benchmark.docx --house-style council.docx");
        var la = new Option<string>("--la") { Description = "The council: a name in any common form, its LA number (878) or its ONS code (E10000008).", Required = true };
        var measures = new Option<string>("--measures") { Description = "LAIT codes or catalogue ids, comma-separated, or a text file with one a line (# starts a comment).", Required = true };
        var output = new Option<FileInfo>("--output", "-o") { Description = "The .docx to write (atomically).", Required = true };
        var dataDir = new Option<DirectoryInfo?>("--data-dir") { Description = "The DfE data folder holding lait/ (default: SEND_DFE_DATA, else ../shared/data beside the repository)." };
        var snSet = new Option<string>("--sn-set") { Description = "The statistical-neighbour set: may2025 (default) or april2021.", DefaultValueFactory = _ => "may2025" };
        snSet.AcceptOnlyFromAmong("may2025", "april2021");
        var houseStyle = new Option<FileInfo?>("--house-style") { Description = "A reference .docx with the council's styles (default: Send's house style)." };
        var template = new Option<DirectoryInfo?>("--template") { Description = "The template folder (default: templates/kpi-benchmark in the repository, else beside the send tool)." };
        foreach (var option in new Option[] { la, measures, output, dataDir, snSet, houseStyle, template })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var (codes, source, lines) = ReadMeasures(parseResult.GetValue(measures)!);
            var council = parseResult.GetValue(la)!;
            var templatePath = Path.Combine(FindTemplate(parseResult.GetValue(template)), ReportPack.TemplateFileName);
            var folder = KpiCommandSupport.ResolveDataFolder(parseResult.GetValue(dataDir));
            var benchmark = KpiCommandSupport.LoadLait(folder, parseResult.GetValue(snSet)!, codes, CouncilDirectory.IsOnsCode(council), out var fileErrors);
            var pack = LaitBenchmarkPack.Build(benchmark, council, codes, source, lines);
            KpiCommandSupport.WriteWarnings(stderr, benchmark, pack.Measures.Select(m => m.Code), fileErrors);
            var style = parseResult.GetValue(houseStyle) is FileInfo h ? HouseStyle.Load(h.FullName) : null;
            var engine = new ReportEngineBuilder().UseHouseStyle(style).UseDefaults().Build();
            var path = parseResult.GetValue(output)!.FullName;
            engine.RenderToFile(templatePath, pack, path);
            stdout.WriteLine($"wrote {path} ({pack.Measures.Count.ToString(CultureInfo.InvariantCulture)} measures for {pack.Council})");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A comma-separated list, or a file with one measure a line (blank lines and # comments ignored).</summary>
    private static (IReadOnlyList<string> Codes, string Source, IReadOnlyList<int>? Lines) ReadMeasures(string value)
    {
        if (File.Exists(value))
        {
            var codes = new List<string>();
            var lines = new List<int>();
            var number = 0;
            foreach (var line in File.ReadLines(value))
            {
                number++;
                var text = line.Split('#')[0].Trim();
                if (text.Length > 0)
                {
                    codes.Add(text);
                    lines.Add(number);
                }
            }

            return (codes, value, lines);
        }

        return (value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), "--measures", null);
    }

    private static string FindTemplate(DirectoryInfo? option)
    {
        if (option is not null)
        {
            return option.FullName;
        }

        var candidates = new List<string>();
        if (ReportPack.FindTemplatesRoot(Directory.GetCurrentDirectory()) is string root)
        {
            candidates.Add(Path.Combine(root, TemplateFolder));
        }

        candidates.Add(Path.Combine(AppContext.BaseDirectory, "templates", TemplateFolder));
        var found = candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, ReportPack.TemplateFileName)));
        return found ?? throw new DataException(new[]
        {
            new DataProblem(candidates[0], "the benchmark template was not found") { Expected = "templates/kpi-benchmark/template.md.scriban in the repository or beside the send tool, or --template <folder>", Code = "SEND-KPI-TEMPLATE" },
        });
    }
}
