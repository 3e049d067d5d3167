using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Send.Domain.Finance;
using Send.Domain.Validation;

namespace Send.Cli.Commands.Finance;

/// <summary><c>send finance savings</c> for a programme over several years: strands by year, totals per year and overall.</summary>
internal static partial class SavingsCommand
{
    private static void WriteText(TextWriter output, MultiYearSavingsProgramme plan)
    {
        var f = MoneyFormat.Millions(plan.Decimals);
        string Show(Money? m) => m is Money v ? v.ToString(f) : "-";
        output.WriteLine($"{plan.Name} ({plan.FirstYear} to {plan.LastYear})");
        output.WriteLine();
        output.WriteLine(FinanceFiles.Left("Strand", 34) + string.Concat(plan.Years.Select(y => FinanceFiles.Right(y.Year + " target", 16) + FinanceFiles.Right("forecast", 10))) + FinanceFiles.Right("Total", 10));
        foreach (var strand in plan.StrandTotals)
        {
            var cells = plan.Years.Select(y => y.Strands.FirstOrDefault(s => s.Name == strand.Name)).Select(s => FinanceFiles.Right(s is null ? "-" : s.Target.ToString(f), 16) + FinanceFiles.Right(Show(s?.Forecast), 10));
            output.WriteLine(FinanceFiles.Left(strand.Name, 34) + string.Concat(cells) + FinanceFiles.Right(strand.Target.ToString(f), 10));
        }

        output.WriteLine(FinanceFiles.Left("Strands total", 34) + string.Concat(plan.Years.Select(y => FinanceFiles.Right(y.StrandTargetTotal.ToString(f), 16) + FinanceFiles.Right(string.Empty, 10))) + FinanceFiles.Right(Money.Sum(plan.StrandTotals.Select(s => s.Target)).ToString(f), 10));
        output.WriteLine(FinanceFiles.Left("Stated", 34) + string.Concat(plan.Years.Select(y => FinanceFiles.Right(y.StatedTarget.ToString(f), 16) + FinanceFiles.Right(Show(y.StatedForecast), 10))) + FinanceFiles.Right(Show(plan.StatedTarget), 10));
        output.WriteLine();
        foreach (var year in plan.Years)
        {
            output.WriteLine(year.Forecast is Money forecast
                ? $"{year.Year}: forecast {forecast.ToString(f)} of {year.StatedTarget.ToString(f)}: {Percent(year.DeliveryPercent)} delivered; shortfall {year.Shortfall!.Value.ToString(f)}"
                : $"{year.Year}: target {year.StatedTarget.ToString(f)}; no forecast yet");
        }

        output.WriteLine(plan.Forecast is Money total
            ? $"Over {plan.FirstYear} to {plan.LastYear}: target {plan.Target.ToString(f)}; forecast {total.ToString(f)} of {plan.ForecastTarget.ToString(f)} for the years with a forecast: {Percent(plan.DeliveryPercent)} delivered; shortfall {plan.Shortfall!.Value.ToString(f)}"
            : $"Over {plan.FirstYear} to {plan.LastYear}: target {plan.Target.ToString(f)}; no forecast yet");
    }

    private static string Percent(decimal? percent) => percent is decimal p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "(no target)";

    private static MultiYearJson ToJson(MultiYearSavingsProgramme plan, IReadOnlyList<DataProblem> problems)
    {
        decimal M(Money m) => FinanceFiles.Millions(m, plan.Decimals);
        decimal? N(Money? m) => m is Money v ? M(v) : null;
        return new MultiYearJson(
            plan.Name,
            plan.FirstYear.ToString(),
            plan.LastYear.ToString(),
            "£m",
            plan.Decimals,
            M(plan.Target),
            N(plan.StatedTarget),
            N(plan.Forecast),
            M(plan.ForecastTarget),
            N(plan.Delivered),
            plan.DeliveryPercent,
            N(plan.Shortfall),
            plan.Years.Select(y => new YearJson(y.Year.ToString(), M(y.StatedTarget), M(y.StrandTargetTotal), N(y.Forecast), N(y.Delivered), y.DeliveryPercent, N(y.Shortfall))).ToArray(),
            plan.StrandTotals.Select(s => new StrandTotalJson(
                s.Name,
                M(s.Target),
                N(s.Forecast),
                N(s.Delivered),
                N(s.StatedTarget),
                plan.Years.SelectMany(y => y.Strands.Where(x => x.Name == s.Name)).Select(x => new StrandJson(x.Name, x.Year.ToString(), M(x.Target), N(x.Forecast), N(x.Delivered), x.DeliveryPercent, N(x.Shortfall), x.Rag, x.Commentary)).ToArray())).ToArray(),
            problems.Select(ProblemJson.From).ToArray());
    }

    private sealed record MultiYearJson(
        string Name,
        string FirstYear,
        string LastYear,
        string Unit,
        int Decimals,
        decimal Target,
        decimal? StatedTarget,
        decimal? Forecast,
        decimal ForecastTarget,
        decimal? Delivered,
        decimal? DeliveryPercent,
        decimal? Shortfall,
        IReadOnlyList<YearJson> Years,
        IReadOnlyList<StrandTotalJson> Strands,
        IReadOnlyList<ProblemJson> Problems);

    private sealed record YearJson(string Year, decimal Target, decimal StrandsTotal, decimal? Forecast, decimal? Delivered, decimal? DeliveryPercent, decimal? Shortfall);

    private sealed record StrandTotalJson(string Name, decimal Target, decimal? Forecast, decimal? Delivered, decimal? StatedTotal, IReadOnlyList<StrandJson> Years);
}
