using System.Collections.Generic;
using System.IO;
using System.Linq;
using Send.Domain.Finance;

namespace Send.Cli.Commands.Finance;

/// <summary>
/// The further lines of <c>send finance deficit</c>: the High Needs Block balance, monitoring round and override status
/// side by side, the budget, forecast and outturn positions, each further identity checked, the scenario and plan
/// version comparisons, and (JSON) the same as data. Nothing is printed for a table without them.
/// </summary>
internal static class DeficitLinesOutput
{
    public static void WriteText(TextWriter output, PublishedDeficitTable table, DeficitReconciliation result)
    {
        var f = table.Format;
        var overrides = result.StatutoryOverride.ToDictionary(o => o.Year);
        var hasHnb = table.Rows.Any(r => r.Lines.HighNeeds is not null);
        var hasRound = table.Rows.Any(r => r.Lines.Monitoring is not null);
        if (hasHnb || hasRound || overrides.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(FinanceFiles.Left("Year", 9) + (hasRound ? FinanceFiles.Left("Round", 10) : string.Empty) + FinanceFiles.Right("DSG c/f", 10)
                + (hasHnb ? FinanceFiles.Right("HNB b/f", 10) + FinanceFiles.Right("HNB in-yr", 10) + FinanceFiles.Right("HNB contr", 10) + FinanceFiles.Right("HNB c/f", 10) : string.Empty)
                + (overrides.Count > 0 ? "  Statutory override" : string.Empty));
            foreach (var row in table.Rows)
            {
                var h = row.Lines.HighNeeds;
                string Hnb(PrintedFigure? figure) => figure is { } x ? f.Format(x.Amount) : "-";
                var over = overrides.TryGetValue(row.Year, out var o)
                    ? "  " + FinanceFiles.Snake(o.Status) + (o.Stated is { } s && s != o.Status ? $" (stated {FinanceFiles.Snake(s)})" : string.Empty)
                    : string.Empty;
                output.WriteLine(FinanceFiles.Left(row.Year.ToString(), 9) + (hasRound ? FinanceFiles.Left(row.Lines.Monitoring?.ToString() ?? "-", 10) : string.Empty)
                    + FinanceFiles.Right(f.Format(row.CarriedForward), 10)
                    + (hasHnb ? FinanceFiles.Right(Hnb(h?.BroughtForward), 10) + FinanceFiles.Right(Hnb(h?.InYear), 10) + FinanceFiles.Right(Hnb(h?.Contributions), 10) + FinanceFiles.Right(Hnb(h?.CarriedForward), 10) : string.Empty)
                    + over);
            }
        }

        var positioned = table.Rows.Where(r => r.Lines.Positions.Count > 0).ToArray();
        if (positioned.Length > 0)
        {
            output.WriteLine();
            output.WriteLine("In-year positions:");
            foreach (var row in positioned)
            {
                var positions = row.Lines.Positions;
                var text = string.Join("; ", positions.Select(p => $"{p.Label} {f.Format(p.InYear.Amount)}"));
                var budget = positions.FirstOrDefault(p => p.Status == DsgYearStatus.Budget);
                var latest = positions.LastOrDefault(p => p.Status == DsgYearStatus.Outturn) ?? positions.Where(p => p.Status == DsgYearStatus.Forecast).OrderBy(p => p.Period?.Month ?? 0).LastOrDefault();
                var variance = budget is not null && latest is not null
                    ? $"; {char.ToLowerInvariant(latest.Label[0]) + latest.Label[1..]} against budget {Signed(latest.InYear.Amount - budget.InYear.Amount, f)}"
                    : string.Empty;
                output.WriteLine($"  {row.Year}: {text}{variance}");
            }
        }

        if (result.Lines.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Further checks:");
            foreach (var line in result.Lines)
            {
                output.WriteLine($"  {line.Year} {line.Explanation}");
            }
        }

        foreach (var comparison in result.Comparisons)
        {
            output.WriteLine();
            WriteComparison(output, comparison, f);
        }
    }

    public static void WriteComparison(TextWriter output, ScenarioComparison comparison, MoneyFormat f)
    {
        output.WriteLine($"{comparison.OtherName} against {comparison.BaselineName} ({FinanceFiles.Snake(comparison.Measure)}"
            + (comparison.IsBalance ? ", a balance: the difference is already cumulative" : string.Empty) + "):");
        output.WriteLine(FinanceFiles.Left("  Year", 11) + FinanceFiles.Right("Baseline", 10) + FinanceFiles.Right("Other", 10) + FinanceFiles.Right("Diff", 10) + FinanceFiles.Right("Cumulative", 12));
        foreach (var y in comparison.Years)
        {
            string Show(Money? m) => m is Money x ? f.Format(x) : "-";
            string ShowSigned(Money? m) => m is Money x ? Signed(x, f) : "-";
            output.WriteLine(FinanceFiles.Left("  " + y.Year, 11) + FinanceFiles.Right(Show(y.Baseline), 10) + FinanceFiles.Right(Show(y.Other), 10)
                + FinanceFiles.Right(ShowSigned(y.Difference), 10) + FinanceFiles.Right(ShowSigned(y.Cumulative), 12));
        }
    }

    /// <summary>The Safety Valve lines: a re-profile, and what the total implies for unpublished amounts.</summary>
    public static void WriteSafetyValve(TextWriter output, SafetyValveAgreement agreement)
    {
        var m3 = MoneyFormat.Millions(3);
        if (agreement.Reprofile is { } r)
        {
            output.WriteLine($"  Payments re-profiled{(r.Date is { } d ? " on " + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}"
                + $"{(r.Reason is null ? string.Empty : ": " + r.Reason)}; original schedule {r.Original.Total.ToString(m3)}, revised {r.Revised.Total.ToString(m3)}"
                + (r.TotalChange.IsZero ? " (timing only)" : string.Empty) + ". Checked against the revised schedule.");
        }

        if (agreement.ImpliedUnpublished is Money implied)
        {
            var count = agreement.CurrentSchedule.Payments.Count(p => !p.IsAmountPublished);
            output.WriteLine($"  If the schedule covers the whole total, the unpublished amount{(count == 1 ? " is" : "s add up to")} {implied.ToString(m3)} (derived: total less the published payments).");
        }
    }

    /// <summary>A condition's RAG history, as one line.</summary>
    public static string History(SafetyValveCondition condition) =>
        condition.History.Count == 0
            ? string.Empty
            : "      history: " + string.Join("; ", condition.History.Select(h => $"{h.Round} {FinanceFiles.Snake(h.Rag)}"))
              + (condition.Trend == RagTrend.NotKnown ? string.Empty : $" ({FinanceFiles.Snake(condition.Trend)})");

    private static string Signed(Money value, MoneyFormat format) => (value > Money.Zero ? "+" : string.Empty) + format.Format(value);

    public static LinesJson ToJson(PublishedDeficitTable table, DeficitReconciliation result)
    {
        var dp = table.Decimals;
        decimal M(Money m) => FinanceFiles.Millions(m, dp);
        decimal? P(PrintedFigure? p) => p is { } x ? M(x.Amount) : null;
        return new LinesJson(
            table.Rows.Where(r => !r.Lines.IsEmpty).Select(r => new YearLinesJson(
                r.Year.ToString(),
                r.Lines.Monitoring?.ToString(),
                r.Lines.StatutoryOverride,
                r.Lines.Funding is { } fl ? new FundingJson(P(fl.Allocation), P(fl.Expenditure), P(fl.Transfers), P(fl.FinancingCost), P(fl.Adjustments)) : null,
                r.Lines.HighNeeds is { } h ? new BlockJson(h.Block, M(h.BroughtForward.Amount), M(h.InYear.Amount), P(h.Contributions), M(h.CarriedForward.Amount)) : null,
                r.Lines.Positions.Select(p => new PositionJson(p.Status, p.Period?.ToString(), M(p.InYear.Amount))).ToArray())).ToArray(),
            result.Lines.Select(l => new LineJson(l.Year.ToString(), l.Field, l.Identity, M(l.Computed), M(l.Published), M(l.Difference), l.Tolerance.Amount, l.Verdict, l.Explanation)).ToArray(),
            result.StatutoryOverride.Select(o => new OverrideJson(o.Year.ToString(), o.Status, o.Stated, o.DeficitAtEnd)).ToArray(),
            result.Comparisons.Select(c => Comparison(c, dp)).ToArray());
    }

    public static ComparisonJson Comparison(ScenarioComparison c, int dp)
    {
        decimal? N(Money? m) => m is Money x ? FinanceFiles.Millions(x, dp) : null;
        return new ComparisonJson(c.BaselineName, c.OtherName, c.Measure, c.Years.Select(y => new ComparisonYearJson(y.Year.ToString(), N(y.Baseline), N(y.Other), N(y.Difference), N(y.Cumulative))).ToArray());
    }

    internal sealed record LinesJson(IReadOnlyList<YearLinesJson> Years, IReadOnlyList<LineJson> Checks, IReadOnlyList<OverrideJson> StatutoryOverride, IReadOnlyList<ComparisonJson> Comparisons);

    internal sealed record YearLinesJson(string Year, string? Monitoring, StatutoryOverrideStatus? StatutoryOverride, FundingJson? Funding, BlockJson? HighNeeds, IReadOnlyList<PositionJson> Positions);

    internal sealed record FundingJson(decimal? Allocation, decimal? Expenditure, decimal? Transfers, decimal? FinancingCost, decimal? Adjustments);

    internal sealed record BlockJson(FundingBlock Block, decimal BroughtForward, decimal InYear, decimal? Contributions, decimal CarriedForward);

    internal sealed record PositionJson(DsgYearStatus Status, string? Monitoring, decimal InYear);

    internal sealed record LineJson(string Year, string Field, string Identity, decimal Computed, decimal Published, decimal Difference, decimal Tolerance, ReconciliationVerdict Verdict, string Explanation);

    internal sealed record OverrideJson(string Year, StatutoryOverrideStatus Status, StatutoryOverrideStatus? Stated, bool DeficitAtEnd);

    internal sealed record ComparisonJson(string Baseline, string Other, ForecastMeasure Measure, IReadOnlyList<ComparisonYearJson> Years);

    internal sealed record ComparisonYearJson(string Year, decimal? Baseline, decimal? Other, decimal? Difference, decimal? Cumulative);

    internal sealed record ReprofileJson(string? Date, string? Reason, decimal OriginalTotal, decimal RevisedTotal, ComparisonJson Years);

    internal sealed record HistoryJson(string Round, string? Date, RagStatus Rag, string? Commentary);
}
