using System.CommandLine;
using System.IO;
using System.Linq;
using Send.Cli.Infrastructure;

namespace Send.Cli.Commands.Kpi;

/// <summary><c>send kpi measures [--search text]</c>: every LAIT measure with its title, unit, polarity, years and catalogue id.</summary>
internal static class KpiMeasuresCommand
{
    public static Command Create()
    {
        var command = new Command("measures", "List the LAIT measures: code, catalogue id (when the catalogue has one), title, unit, polarity, display decimals and years.\n\nExamples:\n  send kpi measures\n  send kpi measures --search \"20 weeks\"\n  send kpi measures --search exclusion --json");
        var search = new Option<string?>("--search") { Description = "Only measures whose code, catalogue id, title or topic contains this text (any case)." };
        var dataDir = new Option<DirectoryInfo?>("--data-dir") { Description = "The DfE data folder holding lait/ (default: SEND_DFE_DATA, else ../shared/data beside the repository)." };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of text." };
        command.Options.Add(search);
        command.Options.Add(dataDir);
        command.Options.Add(json);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var folder = KpiCommandSupport.ResolveDataFolder(parseResult.GetValue(dataDir));
            var benchmark = KpiCommandSupport.LoadLait(folder, "may2025", null, false, out _);
            var measures = benchmark.Measures(parseResult.GetValue(search));
            if (parseResult.GetValue(json))
            {
                output.WriteLine(CliJson.Serialize(new KpiMeasuresJson(measures.Count, measures)));
                return ExitCodes.Success;
            }

            var rows = measures.Select(m => new[]
            {
                m.Code,
                m.CatalogueId ?? string.Empty,
                m.Title,
                m.Unit ?? string.Empty,
                m.Polarity.ToString(),
                m.Decimals.ToString(System.Globalization.CultureInfo.InvariantCulture),
                m.Years.Count == 0 ? string.Empty : m.Years[0] + (m.Years.Count > 1 ? " to " + m.Years[m.Years.Count - 1] : string.Empty),
            }).ToList();
            TextTable.Write(output, new[] { "Code", "Catalogue id", "Title", "Unit", "Polarity", "dp", "Years" }, rows);
            output.WriteLine();
            output.WriteLine($"{measures.Count} measure(s). Benchmark one with: send kpi benchmark --la <council> --measure <code or catalogue id>");
            return ExitCodes.Success;
        });
        return command;
    }
}
