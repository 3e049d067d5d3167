using System.CommandLine;
using System.IO;
using System.Linq;
using Send.Cli.Infrastructure;
using Send.Data.Kpis;
using Send.Domain.Kpis;

namespace Send.Cli.Commands.Kpi;

/// <summary><c>send kpi table values.json</c>: prints a KPI table with each comparator's verdict.</summary>
internal static class KpiTableCommand
{
    public static Command Create()
    {
        var command = new Command("table", "Print a KPI table: each value beside its comparators (statistical neighbours, region, England) with better/worse/same given polarity, direction of travel and RAG.\n\nExamples:\n  send kpi table templates/data/devon-strategic-kpis.json\n  send kpi table values.json --json");
        var file = new Argument<FileInfo>("values") { Description = "The KPI values file (docs/schemas/kpi-table.schema.json)." };
        var json = new Option<bool>("--json") { Description = "Write JSON: a rows array with kpi, period, value and, per comparator, value and verdict." };
        var definitions = new Option<FileInfo?>("--definitions") { Description = "A council's own KPI definitions to add to the built-in ones." };
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.Options.Add(definitions);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var catalogue = KpiCommandSupport.Catalogue(parseResult.GetValue(definitions));
            var table = KpiTableFile.LoadFile(parseResult.GetValue(file)!.FullName, catalogue);
            var results = table.Evaluate();
            if (parseResult.GetValue(json))
            {
                output.WriteLine(CliJson.Serialize(new KpiTableJson(
                    table.Title,
                    table.Council,
                    table.Source,
                    table.Comparators,
                    results.Select(r => new KpiRowJson(
                        r.Row.Definition.Id,
                        r.Row.Label,
                        r.Row.Period.ToString(),
                        KpiJson.Number(r.Row.Value),
                        KpiJson.Symbol(r.Row.Value),
                        r.Row.Value.Status,
                        r.Row.Value.ToDisplayString(r.Row.Definition.DisplayDecimals),
                        KpiJson.Typed(r.Row.Previous, r.Row.Definition.DisplayDecimals),
                        r.Row.Definition.Polarity,
                        r.Comparisons.Select((c, i) => new KpiRowComparatorJson(
                            table.Comparators[i].Id,
                            c.Comparator,
                            KpiJson.Number(c.ComparatorValue),
                            KpiJson.Symbol(c.ComparatorValue),
                            c.ComparatorValue.ToDisplayString(r.Row.Definition.DisplayDecimals),
                            c.Verdict,
                            KpiJson.Typed(c.Difference, r.Row.Definition.DisplayDecimals))),
                        r.Travel?.Direction,
                        r.Rating is null ? null : new KpiRagJson(r.Rating.Colour, r.Rating.Reason))))));
                return ExitCodes.Success;
            }

            if (table.Title is not null)
            {
                output.WriteLine(table.Title + (table.Council is null ? string.Empty : " — " + table.Council));
                output.WriteLine();
            }

            var header = new[] { "KPI", "Period", "Value" }.Concat(table.Comparators.Select(c => c.Name)).Concat(new[] { "Travel", "RAG" }).ToArray();
            var rows = results.Select(r =>
            {
                var d = r.Row.Definition.DisplayDecimals;
                return new[] { r.Row.Label, r.Row.Period.ToString(), r.Row.Value.ToDisplayString(d) }
                    .Concat(r.Comparisons.Select(c => c.ComparatorValue.ToDisplayString(d) + " (" + Verdict(c, d) + ")"))
                    .Concat(new[] { r.Travel?.Direction.ToString() ?? string.Empty, r.Rating is null ? string.Empty : r.Rating.Colour + ": " + r.Rating.Reason })
                    .ToArray();
            }).ToList();
            TextTable.Write(output, header, rows);
            output.WriteLine();
            output.WriteLine("Verdicts compare at each KPI's display precision; a KPI without polarity is never called better or worse.");
            foreach (var c in table.Comparators.Where(c => c.Provenance is not null))
            {
                output.WriteLine($"{c.Name}: {c.Provenance}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Verdict(KpiComparison c, int decimals) => c.Verdict switch
    {
        Domain.Kpis.Verdict.Better or Domain.Kpis.Verdict.Worse => c.Verdict.ToString().ToLowerInvariant() + " by " + Abs(c.Difference).ToDisplayString(decimals),
        Domain.Kpis.Verdict.Same => "same",
        Domain.Kpis.Verdict.NotJudged => c.Difference.Number > 0 ? "higher" : "lower",
        _ => "n/a",
    };

    private static KpiValue Abs(KpiValue value) => value.HasNumber && value.Number < 0 ? KpiValue.Of(-value.Number) : value;
}
