using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Send.Cli.Infrastructure;
using Send.Data.Finance;
using Send.Domain.Finance;
using Send.Domain.Validation;

namespace Send.Cli.Commands.Finance;

/// <summary><c>send finance deficit table.json [--json] [--tolerance £m] [--count-total] [--links-within-rounding]</c>: the roll-forward of a published DSG table with a verdict per year.</summary>
internal static partial class DeficitCommand
{
    public static Command Create()
    {
        var tolerance = new Option<string?>("--tolerance")
        {
            Description = "Accept a gap up to this amount in the table's unit (£m) as rounding, for every row and the whole period, "
                + "instead of working it out from the printed figures (for a paper that states its own, e.g. 0.01).",
        };
        tolerance.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && ParseTolerance(text) is null)
            {
                result.AddError($"--tolerance: '{text}' is not a tolerance; expected a number of £m, 0 or more, such as 0.01.");
            }
        });
        var countTotal = new Option<bool>("--count-total")
        {
            Description = "Count the printed c/f as one more rounded figure: (n + 1) x half a unit instead of n (the reference counts the parts only).",
        };
        var linksWithinRounding = new Option<bool>("--links-within-rounding")
        {
            Description = "Class a b/f one unit in the last place away from the previous c/f as rounding (a warning) instead of an error.",
        };
        var enactedOverrideOnly = new Option<bool>("--enacted-override-only")
        {
            Description = "Count only enacted statutory override periods (to 31 March 2026), not the extension announced in June 2025 (to 31 March 2028).",
        };
        return FinanceFiles.FileCommand<DeficitTableDocument>(
            "deficit",
            "Recompute every row of a published DSG deficit table, class each year as exact, rounding or error, check each b/f "
            + "against the previous c/f, check the Safety Valve column against the agreement's schedule and assess its conditions. "
            + "Exit code 1 if a row, link or check is an error.\n"
            + "Example: send finance deficit templates/data/wiltshire-deficit.json --json --count-total\n"
            + "From a workbook: send finance deficit book.xlsx#DSG!B4:H12 --map map.json",
            "table",
            "A published DSG deficit table (schema: docs/schemas/finance-deficit-table.schema.json).",
            DeficitTableReader.Read,
            (document, loaded, parse, json, output) =>
            {
                var options = new DeficitReconciliationOptions(
                    CountTotalAsPart: parse.GetValue(countTotal),
                    AllowRoundingInLinks: parse.GetValue(linksWithinRounding),
                    Tolerance: parse.GetValue(tolerance) is string t ? ParseTolerance(t) : null)
                {
                    CountAnnouncedOverride = !parse.GetValue(enactedOverrideOnly),
                };
                var reconciliation = new DeficitTableReconciler(options).Reconcile(document.Table, document.SafetyValve);
                var problems = loaded.Problems.Concat(loaded.Locate(reconciliation.Problems)).ToArray();
                if (json)
                {
                    output.WriteLine(CliJson.Serialize(ToJson(document, reconciliation, problems)));
                }
                else
                {
                    WriteText(output, document, reconciliation);
                }

                return new FileOutcome(problems, reconciliation.HasErrors ? ExitCodes.DataError : ExitCodes.Success);
            },
            "Write the result as JSON (a 'years' array with a verdict per year).",
            FinanceSheetReader.ReadDeficitTable,
            tolerance,
            countTotal,
            linksWithinRounding,
            enactedOverrideOnly);
    }

    private static decimal? ParseTolerance(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static void WriteText(TextWriter output, DeficitTableDocument document, DeficitReconciliation result)
    {
        var table = document.Table;
        var f = table.Format;
        if (document.Authority is not null || table.Title is not null)
        {
            output.WriteLine(string.Join(": ", new[] { document.Authority, table.Title }.Where(s => s is not null)));
        }

        output.WriteLine($"£m to {table.Decimals} dp; {Describe(table.Convention)}; contributions {FinanceFiles.Snake(table.Contributions)}");
        output.WriteLine();
        var hasOther = table.Rows.Any(r => r.Other is not null);
        var header = FinanceFiles.Left("Year", 9) + FinanceFiles.Left("Status", 10) + FinanceFiles.Right("b/f", 10) + FinanceFiles.Right("In-year", 10)
            + FinanceFiles.Right("SV", 10) + FinanceFiles.Right("Local", 10) + (hasOther ? FinanceFiles.Right("Other", 10) : string.Empty)
            + FinanceFiles.Right("c/f calc", 10) + FinanceFiles.Right("c/f pub", 10) + FinanceFiles.Right("Diff", 9) + "  Verdict";
        output.WriteLine(header);
        foreach (var year in result.Years)
        {
            var r = year.Row;
            output.WriteLine(
                FinanceFiles.Left(r.Year.ToString(), 9) + FinanceFiles.Left(FinanceFiles.Snake(r.Status), 10)
                + FinanceFiles.Right(f.Format(r.BroughtForward), 10) + FinanceFiles.Right(f.Format(r.InYear), 10)
                + FinanceFiles.Right(f.Format(r.SafetyValve), 10) + FinanceFiles.Right(f.Format(r.Local), 10)
                + (hasOther ? FinanceFiles.Right(r.Other is Money o ? f.Format(o) : string.Empty, 10) : string.Empty)
                + FinanceFiles.Right(f.Format(year.ComputedCarriedForward), 10) + FinanceFiles.Right(f.Format(r.CarriedForward), 10)
                + FinanceFiles.Right(Signed(year.Difference, f), 9) + "  " + FinanceFiles.Snake(year.Verdict));
        }

        output.WriteLine();
        var broken = result.Links.Where(l => l.Verdict != ReconciliationVerdict.Exact || l.IsRestatement).ToArray();
        output.WriteLine(!result.LinksChecked
            ? "Links: not checked, because the years do not run consecutively and in order (see the problems on years)."
            : broken.Length == 0
                ? "Links: every b/f equals the previous year's published c/f."
                : "Links: " + string.Join("; ", broken.Select(l => $"{l.Year} b/f {f.Format(l.BroughtForward)} vs previous c/f {f.Format(l.PreviousCarriedForward)} ({(l.IsRestatement ? "restated " + Signed(l.Difference, f) : FinanceFiles.Snake(l.Verdict))})")));
        if (result.Telescoping is { } t)
        {
            output.WriteLine(
                $"Whole period: {f.Format(t.OpeningBalance)} + {f.Format(t.TotalInYear)} - {f.Format(t.TotalSafetyValve)} - {f.Format(t.TotalLocal)}"
                + (t.TotalOther.IsZero ? string.Empty : $" - {f.Format(t.TotalOther)}")
                + (t.Restatements.IsZero ? string.Empty : $" {(t.Restatements.IsNegative ? "-" : "+")} {f.Format(t.Restatements.Abs())} restated")
                + $" = {f.Format(t.Computed)} (published {f.Format(t.Published)}): {FinanceFiles.Snake(t.Verdict)}");
        }

        foreach (var year in result.Years.Where(y => y.Verdict == ReconciliationVerdict.Rounding))
        {
            output.WriteLine($"{year.Year}: {year.Explanation}");
        }

        output.WriteLine($"Overall: {FinanceFiles.Snake(result.OverallVerdict)}");
        DeficitLinesOutput.WriteText(output, table, result);
        if (result.SafetyValveNotAssessed is string why)
        {
            output.WriteLine();
            output.WriteLine($"Safety Valve: conditions not assessed: {why}.");
            return;
        }

        if (result.SafetyValve is not SafetyValveEvaluation evaluation)
        {
            return;
        }

        var a = evaluation.Agreement;
        var m3 = MoneyFormat.Millions(3);
        output.WriteLine();
        output.WriteLine($"Safety Valve {a.FirstYear} to {a.LastYear}: DfE total {a.TotalDfeContribution.ToString(m3)}; paid {a.CurrentSchedule.Paid.ToString(m3)}; "
            + $"withheld {a.CurrentSchedule.Withheld.ToString(m3)}; suspended {a.CurrentSchedule.Suspended.ToString(m3)}; remaining {a.Remaining.ToString(m3)}");
        var unpublished = a.CurrentSchedule.Payments.Count(p => !p.IsAmountPublished);
        if (unpublished > 0)
        {
            output.WriteLine($"  {unpublished} payment{(unpublished == 1 ? "'s amount is" : "s' amounts are")} not published, so paid, remaining and the schedule's total leave {(unpublished == 1 ? "it" : "them")} out.");
        }
        else if (!a.ScheduleDifference.IsZero)
        {
            output.WriteLine($"  The payment schedule adds up to {a.CurrentSchedule.Total.ToString(m3)}, not the total {a.TotalDfeContribution.ToString(m3)}.");
        }

        DeficitLinesOutput.WriteSafetyValve(output, a);

        foreach (var assessment in evaluation.Assessments)
        {
            var c = assessment.Condition;
            output.WriteLine($"  {c.Id} [{FinanceFiles.Snake(c.Rag)}] {FinanceFiles.Snake(assessment.Outcome)}: {assessment.Explanation}");
            if (c.History.Count > 0)
            {
                output.WriteLine(DeficitLinesOutput.History(c));
            }
        }

        output.WriteLine($"Council contribution the plan implies: {evaluation.PlannedCouncilContribution.ToString(m3)}"
            + (a.LocalAuthorityContribution is Money la ? $" (stated {la.ToString(MoneyFormat.Millions(1))})" : string.Empty)
            + $"; residual deficit {evaluation.ResidualDeficit.ToString(m3)}; to clear it {evaluation.ContributionToClear.ToString(m3)}");
    }

    private static string Describe(SignConvention convention) =>
        convention == SignConvention.DeficitPositive ? "deficit positive" : "deficit negative";

    private static string Signed(Money value, MoneyFormat format) => (value > Money.Zero ? "+" : string.Empty) + format.Format(value);

    private static DeficitJson ToJson(DeficitTableDocument document, DeficitReconciliation result, IEnumerable<DataProblem> problems)
    {
        var table = document.Table;
        var dp = table.Decimals;
        decimal M(Money m) => FinanceFiles.Millions(m, dp);
        return new DeficitJson(
            table.Source,
            document.Authority,
            table.Title,
            "£m",
            dp,
            table.Convention,
            table.Contributions,
            result.Years.Select(y => new DeficitYearJson(
                y.Year.ToString(),
                y.Row.Status,
                M(y.Row.BroughtForward),
                M(y.Row.InYear),
                M(y.Row.SafetyValve),
                M(y.Row.Local),
                y.Row.Other is Money o ? M(o) : null,
                M(y.ComputedCarriedForward),
                M(y.PublishedCarriedForward),
                M(y.Difference),
                y.Tolerance.Amount,
                y.Verdict,
                y.Explanation)).ToArray(),
            result.LinksChecked,
            result.Links.Select(l => new LinkJson(l.Year.ToString(), M(l.BroughtForward), M(l.PreviousCarriedForward), M(l.Difference), l.Verdict, l.IsRestatement)).ToArray(),
            result.Telescoping is { } t
                ? new TelescopingJson(M(t.OpeningBalance), M(t.TotalInYear), M(t.TotalSafetyValve), M(t.TotalLocal), M(t.TotalOther), M(t.Computed), M(t.Published), M(t.Difference), t.Verdict)
                : null,
            result.OverallVerdict,
            result.SafetyValve is { } evaluation ? SafetyValveJson.From(evaluation) : null,
            result.SafetyValveNotAssessed,
            problems.Select(ProblemJson.From).ToArray(),
            DeficitLinesOutput.ToJson(table, result));
    }

    private sealed record DeficitJson(
        string Source,
        string? Authority,
        string? Title,
        string Unit,
        int Decimals,
        SignConvention SignConvention,
        ContributionPresentation Contributions,
        IReadOnlyList<DeficitYearJson> Years,
        bool LinksChecked,
        IReadOnlyList<LinkJson> Links,
        TelescopingJson? Telescoping,
        ReconciliationVerdict OverallVerdict,
        SafetyValveJson? SafetyValve,
        string? SafetyValveNotAssessed,
        IReadOnlyList<ProblemJson> Problems,
        DeficitLinesOutput.LinesJson FurtherLines);

    private sealed record DeficitYearJson(
        string Year,
        DsgYearStatus Status,
        decimal BroughtForward,
        decimal InYear,
        decimal SafetyValve,
        decimal Local,
        decimal? Other,
        decimal CarriedForward,
        decimal PublishedCarriedForward,
        decimal Difference,
        decimal Tolerance,
        ReconciliationVerdict Verdict,
        string Explanation);

    private sealed record LinkJson(string Year, decimal BroughtForward, decimal PreviousCarriedForward, decimal Difference, ReconciliationVerdict Verdict, bool Restated);

    private sealed record TelescopingJson(
        decimal OpeningBalance,
        decimal TotalInYear,
        decimal TotalSafetyValve,
        decimal TotalLocal,
        decimal TotalOther,
        decimal Computed,
        decimal Published,
        decimal Difference,
        ReconciliationVerdict Verdict);

    private sealed record SafetyValveJson(
        string FirstYear,
        string LastYear,
        decimal TotalDfeContribution,
        decimal Paid,
        decimal Withheld,
        decimal Suspended,
        decimal Remaining,
        decimal PlannedCouncilContribution,
        decimal ResidualDeficit,
        decimal ContributionToClear,
        IReadOnlyList<ConditionJson> Conditions,
        decimal? ImpliedUnpublished,
        DeficitLinesOutput.ReprofileJson? Reprofiled)
    {
        public static SafetyValveJson From(SafetyValveEvaluation e)
        {
            static decimal M(Money m) => FinanceFiles.Millions(m, 3);
            var a = e.Agreement;
            return new SafetyValveJson(
                a.FirstYear.ToString(),
                a.LastYear.ToString(),
                M(a.TotalDfeContribution),
                M(a.CurrentSchedule.Paid),
                M(a.CurrentSchedule.Withheld),
                M(a.CurrentSchedule.Suspended),
                M(a.Remaining),
                M(e.PlannedCouncilContribution),
                M(e.ResidualDeficit),
                M(e.ContributionToClear),
                e.Assessments.Select(x => new ConditionJson(
                    x.Condition.Id,
                    x.Condition.Text,
                    x.Condition.Rag,
                    x.Condition.Commentary,
                    x.Outcome,
                    x.Variance is null ? null : M(x.Variance.Variance),
                    x.Variance?.Percent,
                    x.VarianceToPlan is null ? null : M(x.VarianceToPlan.Variance),
                    x.Explanation,
                    x.Condition.History.Select(h => new DeficitLinesOutput.HistoryJson(h.Round, h.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), h.Rag, h.Commentary)).ToArray(),
                    x.Condition.Trend)).ToArray(),
                a.ImpliedUnpublished is Money implied ? M(implied) : null,
                a.Reprofile is { } r
                    ? new DeficitLinesOutput.ReprofileJson(r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Reason, M(r.Original.Total), M(r.Revised.Total), DeficitLinesOutput.Comparison(r.Compare(), 3))
                    : null);
        }
    }

    private sealed record ConditionJson(
        string Id,
        string Text,
        RagStatus Rag,
        string? Commentary,
        ConditionOutcome Outcome,
        decimal? Variance,
        decimal? VariancePercent,
        decimal? VarianceToPlan,
        string Explanation,
        IReadOnlyList<DeficitLinesOutput.HistoryJson> History,
        RagTrend Trend);
}
