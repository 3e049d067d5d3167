using System.CommandLine;
using System.IO;
using System.Linq;
using Send.Cli.Infrastructure;
using Send.Data.Kpis.Sources;
using Send.Domain.Kpis;

namespace Send.Cli.Commands.Kpi;

/// <summary><c>send kpi benchmark</c>: one council on one LAIT measure, as LAIT shows it.</summary>
internal static class KpiBenchmarkCommand
{
    public static Command Create()
    {
        var command = new Command("benchmark", "Benchmark a council on a LAIT measure from the DfE files: its value, its ten statistical neighbours' mean (with the count used), its region, England, its rank and quartile band among all councils, and the change since the previous year.\n\nExamples:\n  send kpi benchmark --la Devon --measure SEN_EHC_Excpt_20wks --year 2023\n  send kpi benchmark --la 878 --measure SecPermEx --sn-set april2021 --json --data-dir ~/dfe-data");
        var la = new Option<string>("--la") { Description = "The council: a name in any common form (Devon, Bristol, \"City of Bristol\"; any case), its LA number (878) or its ONS code (E10000008, read from the EES files).", Required = true };
        var measure = new Option<string>("--measure") { Description = "The LAIT measure code (SEN_EHC_Excpt_20wks; see send kpi measures) or a catalogue id (ehcp-issued-20wk-excl-exc-pct).", Required = true };
        var year = new Option<string?>("--year") { Description = "The year: its label (2022/23), another period form (22/23, 2022-23, 202223) or the year it ends in (2023); default the latest." };
        var dataDir = new Option<DirectoryInfo?>("--data-dir") { Description = "The DfE data folder holding lait/ (default: SEND_DFE_DATA, else ../shared/data beside the repository)." };
        var snSet = new Option<string>("--sn-set") { Description = "The statistical-neighbour set: may2025 (default) or april2021.", DefaultValueFactory = _ => "may2025" };
        snSet.AcceptOnlyFromAmong("may2025", "april2021");
        var json = new Option<bool>("--json") { Description = "Write JSON instead of text." };
        foreach (var option in new Option[] { la, measure, year, dataDir, snSet, json })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var folder = KpiCommandSupport.ResolveDataFolder(parseResult.GetValue(dataDir));
            var council = parseResult.GetValue(la)!;
            var benchmark = KpiCommandSupport.LoadLait(folder, parseResult.GetValue(snSet)!, new[] { parseResult.GetValue(measure)! }, CouncilDirectory.IsOnsCode(council), out var fileErrors);
            var result = benchmark.Benchmark(council, parseResult.GetValue(measure)!, parseResult.GetValue(year));
            KpiCommandSupport.WriteWarnings(error, benchmark, new[] { result.MeasureCode }, fileErrors);
            if (parseResult.GetValue(json))
            {
                output.WriteLine(CliJson.Serialize(ToJson(result, benchmark)));
                return ExitCodes.Success;
            }

            WriteText(output, result);
            return ExitCodes.Success;
        });
        return command;
    }

    private static KpiBenchmarkJson ToJson(LaitBenchmarkResult r, LaitBenchmark benchmark)
    {
        var d = r.Decimals;
        return new KpiBenchmarkJson(
            r.Council.Name,
            r.Council.Number,
            benchmark.Councils.OnsCodeOf(r.Council),
            r.MeasureCode,
            KpiCatalogue.BuiltIn.Definitions.FirstOrDefault(x => x.LaitMeasure == r.MeasureCode)?.Id,
            r.MeasureTitle,
            r.Year,
            r.Polarity,
            r.Decimals,
            KpiJson.Number(r.Value),
            KpiJson.Symbol(r.Value),
            r.Display(r.Value),
            new KpiNeighbourAverageJson(
                r.NeighbourSet,
                KpiJson.Number(r.NeighbourAverage.Value),
                KpiJson.Symbol(r.NeighbourAverage.Value),
                r.Display(r.NeighbourAverage.Value),
                r.NeighbourAverage.CountUsed,
                r.NeighbourAverage.CountListed),
            r.Neighbours.Select(n => new KpiNeighbourJson(n.Number, n.Name, n.Proximity, KpiJson.Number(n.Value), KpiJson.Symbol(n.Value), r.Display(n.Value))),
            new KpiRegionJson(r.RegionName, KpiJson.Number(r.Region), KpiJson.Symbol(r.Region), r.Display(r.Region)),
            KpiJson.Typed(r.England, d),
            r.Rank,
            r.RankedCount,
            r.Band?.ToString(),
            r.CutPoints,
            r.PreviousYear,
            r.Travel is null ? null : KpiJson.Typed(r.Travel.Change, d),
            r.Travel?.Direction,
            r.Comparisons.Select(c => new KpiBenchmarkComparisonJson(c.Comparator, KpiJson.Number(c.ComparatorValue), KpiJson.Symbol(c.ComparatorValue), c.Verdict, KpiJson.Typed(c.Difference, d))),
            r.Reading());
    }

    private static void WriteText(TextWriter output, LaitBenchmarkResult r)
    {
        output.WriteLine($"{r.Council.Name} ({r.Council.Number}): {r.MeasureTitle} [{r.MeasureCode}], {r.Year}");
        output.WriteLine($"Polarity: {r.Polarity}; shown to {r.Decimals} dp");
        output.WriteLine();
        var rows = new[]
        {
            new[] { r.Council.Name, r.Display(r.Value), string.Empty },
            new[] { $"Statistical neighbours ({r.NeighbourAverage.CountUsed} of {r.NeighbourAverage.CountListed})", r.Display(r.NeighbourAverage.Value), r.Comparisons[0].Verdict.ToString() },
            new[] { r.RegionName ?? "Region", r.Display(r.Region), r.Comparisons[1].Verdict.ToString() },
            new[] { "England", r.Display(r.England), r.Comparisons[2].Verdict.ToString() },
        };
        TextTable.Write(output, new[] { "", "Value", "Verdict" }, rows);
        output.WriteLine();
        output.WriteLine(r.Rank is int rank ? $"Rank: {rank} of {r.RankedCount} councils (1 = best)" : "Rank: none (no polarity or no value)");
        output.WriteLine(r.Band is QuartileBand band ? $"Quartile band: {band} (A best)" : "Quartile band: none");
        output.WriteLine(r.Reading());
        if (r.Travel is DirectionOfTravel travel)
        {
            output.WriteLine($"Since {r.PreviousYear}: {travel.Direction} ({r.Display(travel.Change)})");
        }

        output.WriteLine();
        output.WriteLine($"Neighbours ({r.NeighbourSet}):");
        TextTable.Write(output, new[] { "LA", "Name", "Proximity", "Value" }, r.Neighbours.Select(n => new[] { n.Number, n.Name, n.Proximity ?? string.Empty, r.Display(n.Value) }).ToList());
    }
}
