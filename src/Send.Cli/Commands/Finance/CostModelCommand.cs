using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Send.Cli.Infrastructure;
using Send.Data.Finance;
using Send.Domain.Finance;

namespace Send.Cli.Commands.Finance;

/// <summary><c>send finance cost-model model.json [--json]</c>: caseload × cost, growth projection, unmitigated and mitigated scenarios.</summary>
internal static partial class CostModelCommand
{
    public static Command Create() => FinanceFiles.FileCommand<HighNeedsCostModel>(
        "cost-model",
        "Work out caseload × average cost for the base year, project it at the growth rate, and show the unmitigated and "
        + "mitigated scenarios with any lower and upper bounds.\n"
        + "Example: send finance cost-model templates/data/devon-cost-model.json --json",
        "model",
        "A high needs cost model (schema: docs/schemas/finance-cost-model.schema.json).",
        CostModelReader.Read,
        (model, loaded, json, output) =>
        {
            var unmitigated = model.Unmitigated();
            var mitigated = model.Mitigated();
            if (json)
            {
                output.WriteLine(CliJson.Serialize(ToJson(model, unmitigated, mitigated)));
            }
            else
            {
                WriteText(output, model, unmitigated, mitigated);
            }

            return FileOutcome.Success(loaded);
        });

    private static void WriteText(TextWriter output, HighNeedsCostModel model, ForecastScenario unmitigated, ForecastScenario mitigated)
    {
        var m1 = MoneyFormat.Millions(1);
        output.WriteLine($"{model.Name} (base year {model.BaseYear})");
        output.WriteLine();
        output.WriteLine(FinanceFiles.Left("Line", 40) + FinanceFiles.Right("Count", 8) + FinanceFiles.Right("Average", 12) + FinanceFiles.Right("Cost", 12));
        foreach (var line in model.Lines)
        {
            output.WriteLine(FinanceFiles.Left(line.Label, 40) + FinanceFiles.Right(line.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), 8)
                + FinanceFiles.Right(line.AverageCost.ToString(MoneyFormat.Pounds), 12) + FinanceFiles.Right(line.Cost.ToString(m1), 12));
        }

        output.WriteLine(FinanceFiles.Left("Total", 40) + FinanceFiles.Right(model.BaseCaseload.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), 8)
            + FinanceFiles.Right(model.AverageCost.ToString(MoneyFormat.Pounds), 12) + FinanceFiles.Right(model.BaseCost.ToString(m1), 12));
        output.WriteLine();
        output.WriteLine($"Growth: {model.Growth}");
        output.WriteLine(FinanceFiles.Left("Year", 9) + FinanceFiles.Right("Unmitigated", 14) + FinanceFiles.Right("Savings", 10) + FinanceFiles.Right("Mitigated", 12));
        for (var i = 0; i < unmitigated.Years.Count; i++)
        {
            var u = unmitigated.Years[i];
            var m = mitigated.Years[i];
            output.WriteLine(FinanceFiles.Left(u.Year.ToString(), 9) + FinanceFiles.Right(u.Amount.ToString(m1), 14)
                + FinanceFiles.Right((u.Amount - m.Amount).ToString(m1), 10) + FinanceFiles.Right(m.Amount.ToString(m1), 12));
        }

        foreach (var range in model.Ranges)
        {
            output.WriteLine($"{range.Label} {range.Year}: {range.Lower.ToString(MoneyFormat.Narrative)} to {range.Upper.ToString(MoneyFormat.Narrative)}");
        }
    }

    private static CostModelJson ToJson(HighNeedsCostModel model, ForecastScenario unmitigated, ForecastScenario mitigated) =>
        new(
            model.Name,
            model.BaseYear.ToString(),
            model.Growth.PerYearFraction,
            model.Growth.Percent,
            model.BaseCaseload,
            model.BaseCost.Pounds,
            model.Lines.Select(l => new LineJson(l.Label, l.Category, l.Count, l.AverageCost.Pounds, l.Cost.Pounds)).ToArray(),
            unmitigated.Years.Select((u, i) => new YearJson(
                u.Year.ToString(),
                u.Amount.RoundToPennies().Pounds,
                (u.Amount - mitigated.Years[i].Amount).RoundToPennies().Pounds,
                mitigated.Years[i].Amount.RoundToPennies().Pounds)).ToArray(),
            model.Ranges.Select(r => new RangeJson(r.Label, r.Year.ToString(), r.Lower.Pounds, r.Upper.Pounds)).ToArray());

    private sealed record CostModelJson(
        string Name,
        string BaseYear,
        decimal GrowthPerYear,
        decimal GrowthPercent,
        int BaseCaseload,
        decimal BaseCost,
        IReadOnlyList<LineJson> Lines,
        IReadOnlyList<YearJson> Years,
        IReadOnlyList<RangeJson> Ranges);

    private sealed record LineJson(string Label, PlacementCategory? Category, int Count, decimal AverageCost, decimal Cost);

    private sealed record YearJson(string Year, decimal Unmitigated, decimal Savings, decimal Mitigated);

    private sealed record RangeJson(string Label, string Year, decimal Lower, decimal Upper);
}
