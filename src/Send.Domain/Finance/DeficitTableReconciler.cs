using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Send.Domain.Validation;

namespace Send.Domain.Finance;

/// <summary>
/// Checks a DSG deficit table as a council printed it: recomputes each year's carried-forward balance from the
/// displayed figures, classes each gap as exact, rounding or an error, checks that each year links to the previous
/// one, and checks the whole period telescopes (DSG reference, sections 6, 11 and 12.1).
/// </summary>
/// <remarks>
/// <para>
/// Each row is recomputed as <c>b/f + in-year − Safety Valve − local − other</c> in the table's own conventions. A
/// gap of zero is <see cref="ReconciliationVerdict.Exact"/>; a gap within <see cref="RoundingTolerance"/> for the
/// row's parts is <see cref="ReconciliationVerdict.Rounding"/>: it is reported, and the published figure is kept;
/// anything larger is <see cref="ReconciliationVerdict.Error"/> and becomes a <see cref="DataProblem"/> naming the
/// year and field.
/// </para>
/// <para>
/// Years must run consecutively; a missing, repeated or out-of-order year is a problem naming it. The reconciler is
/// stateless and thread-safe.
/// </para>
/// </remarks>
public sealed class DeficitTableReconciler
{
    /// <summary>Creates a reconciler.</summary>
    /// <param name="options">The options, or null for <see cref="DeficitReconciliationOptions.Default"/>.</param>
    public DeficitTableReconciler(DeficitReconciliationOptions? options = null)
    {
        Options = options ?? DeficitReconciliationOptions.Default;
    }

    /// <summary>The options in use.</summary>
    public DeficitReconciliationOptions Options { get; }

    /// <summary>Checks <paramref name="table"/>.</summary>
    /// <param name="table">The table as printed.</param>
    /// <returns>The verdicts and problems; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public DeficitReconciliation Reconcile(PublishedDeficitTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var problems = new List<DataProblem>();
        var years = new List<ReconciledYear>();
        var links = new List<ChainLink>();
        var format = table.Format;
        var consecutive = true;

        if (table.Rows.Count == 0)
        {
            problems.Add(new DataProblem(table.Source, "the table has no years") { Field = "years", Expected = "at least one year", Code = "SEND-FIN-YEARS" });
        }

        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            years.Add(ReconcileRow(table, row, i, problems));
            if (i == 0)
            {
                continue;
            }

            var previous = table.Rows[i - 1];
            if (row.Year != previous.Year.Next)
            {
                consecutive = false;
                var message = row.Year > previous.Year.Next
                    ? $"{row.Year} follows {previous.Year}, so {Missing(previous, row)} missing"
                    : $"{row.Year} is repeated or out of order after {previous.Year}";
                problems.Add(new DataProblem(table.Source, message)
                {
                    Field = $"years[{i}].year",
                    Value = row.Year.ToString(),
                    Expected = previous.Year.Next.ToString(),
                    Code = "SEND-FIN-YEARS",
                });
                continue;
            }

            links.Add(Link(table, previous, row, i, format, problems));
        }

        // Across a missing year or a broken link the whole-period check says nothing new, so it is only reported
        // (and only becomes a problem) when the years run on and every link holds.
        var linked = consecutive && links.All(l => l.Verdict != ReconciliationVerdict.Error);
        var telescoping = table.Rows.Count == 0 || !consecutive ? null : Telescope(table);
        if (linked && telescoping is { Verdict: ReconciliationVerdict.Error })
        {
            problems.Add(new DataProblem(
                table.Source,
                $"the first brought-forward balance plus the in-year results less the contributions gives {format.Format(table.FromDeficitPositive(telescoping.Computed))}, "
                + $"but {table.Rows[table.Rows.Count - 1].Year} carries forward {format.Format(table.Rows[table.Rows.Count - 1].CarriedForward)}, more than rounding ({telescoping.Tolerance}) explains")
            {
                Field = $"years[{table.Rows.Count - 1}].carried_forward",
                Code = "SEND-FIN-TELESCOPE",
            });
        }

        DsgAccount? account = null;
        if (consecutive && table.Rows.Count > 0)
        {
            account = ToAccount(table);
        }

        return new DeficitReconciliation(table, years, links, telescoping, problems, account);
    }

    private ReconciledYear ReconcileRow(PublishedDeficitTable table, PublishedDeficitRow row, int index, List<DataProblem> problems)
    {
        var format = table.Format;
        var contributions = table.ToContributionAmount(row.SafetyValve)
            + table.ToContributionAmount(row.Local)
            + (row.Other is Money other ? table.ToContributionAmount(other) : Money.Zero);
        var computedDeficit = table.ToDeficitPositive(row.BroughtForward) + table.ToDeficitPositive(row.InYear) - contributions;
        var computed = table.FromDeficitPositive(computedDeficit);
        var difference = row.CarriedForward - computed;
        var tolerance = new RoundingTolerance(row.PartCount + (Options.CountTotalAsPart ? 1 : 0), table.Decimals);
        var verdict = tolerance.Classify(difference.Millions);
        var shownDifference = Signed(difference, table.Decimals);
        var explanation = verdict switch
        {
            ReconciliationVerdict.Exact => $"{format.Format(row.CarriedForward)} follows exactly from the row",
            ReconciliationVerdict.Rounding =>
                $"{format.Format(row.CarriedForward)} does not follow exactly from the row (computed {format.Format(computed)}); "
                + $"the difference {shownDifference} is within rounding of {row.PartCount} figures shown to {table.Decimals} dp ({tolerance})",
            _ =>
                $"{format.Format(row.CarriedForward)} does not follow from the row (computed {format.Format(computed)}); "
                + $"the difference {shownDifference} is more than rounding of {row.PartCount} figures shown to {table.Decimals} dp explains ({tolerance})",
        };

        if (verdict == ReconciliationVerdict.Error)
        {
            problems.Add(new DataProblem(table.Source, $"{row.Year}: {explanation}")
            {
                Field = $"years[{index}].carried_forward",
                Value = format.Format(row.CarriedForward),
                Expected = $"{format.Format(computed)} within {tolerance.Amount.ToString(CultureInfo.InvariantCulture)}",
                Code = "SEND-FIN-RECON",
            });
        }

        return new ReconciledYear(row, computed, difference, tolerance, verdict, explanation);
    }

    private ChainLink Link(PublishedDeficitTable table, PublishedDeficitRow previous, PublishedDeficitRow row, int index, MoneyFormat format, List<DataProblem> problems)
    {
        var difference = row.BroughtForward - previous.CarriedForward;
        var verdict = ReconciliationVerdict.Exact;
        if (!difference.IsZero)
        {
            var oneUnit = RoundingTolerance.Unit(table.Decimals);
            verdict = Options.AllowRoundingInLinks && Math.Abs(difference.Millions) <= oneUnit
                ? ReconciliationVerdict.Rounding
                : ReconciliationVerdict.Error;
            problems.Add(new DataProblem(
                table.Source,
                $"{row.Year}: brought forward {format.Format(row.BroughtForward)} is not {previous.Year}'s carried forward {format.Format(previous.CarriedForward)} "
                + $"(difference {Signed(difference, table.Decimals)})")
            {
                Field = $"years[{index}].brought_forward",
                Value = format.Format(row.BroughtForward),
                Expected = format.Format(previous.CarriedForward),
                Severity = verdict == ReconciliationVerdict.Rounding ? DataProblemSeverity.Warning : DataProblemSeverity.Error,
                Code = "SEND-FIN-LINK",
            });
        }

        return new ChainLink(row.Year, row.BroughtForward, previous.CarriedForward, verdict);
    }

    private TelescopingCheck Telescope(PublishedDeficitTable table)
    {
        var rows = table.Rows;
        var opening = table.ToDeficitPositive(rows[0].BroughtForward);
        var inYear = Money.Sum(rows.Select(r => table.ToDeficitPositive(r.InYear)));
        var safetyValve = Money.Sum(rows.Select(r => table.ToContributionAmount(r.SafetyValve)));
        var local = Money.Sum(rows.Select(r => table.ToContributionAmount(r.Local)));
        var other = Money.Sum(rows.Select(r => r.Other is Money o ? table.ToContributionAmount(o) : Money.Zero));
        var computed = opening + inYear - safetyValve - local - other;
        var published = table.ToDeficitPositive(rows[rows.Count - 1].CarriedForward);
        var parts = 1 + rows.Sum(r => r.PartCount - 1) + (Options.CountTotalAsPart ? 1 : 0);
        var tolerance = new RoundingTolerance(parts, table.Decimals);
        return new TelescopingCheck(opening, inYear, safetyValve, local, other, computed, published, tolerance, tolerance.Classify((published - computed).Millions));
    }

    private static DsgAccount ToAccount(PublishedDeficitTable table)
    {
        var years = new List<DsgAccountYear>();
        var broughtForward = table.ToDeficitPositive(table.Rows[0].BroughtForward);
        foreach (var row in table.Rows)
        {
            var contributions = new List<DsgContribution>
            {
                DsgContribution.SafetyValve(table.ToContributionAmount(row.SafetyValve)),
                DsgContribution.Local(table.ToContributionAmount(row.Local)),
            };
            if (row.Other is Money other)
            {
                contributions.Add(new DsgContribution(ContributionType.Other, table.ToContributionAmount(other)));
            }

            var year = new DsgAccountYear(row.Year, row.Status, broughtForward, table.ToDeficitPositive(row.InYear), contributions);
            years.Add(year);
            broughtForward = year.CarriedForward;
        }

        return new DsgAccount(years);
    }

    private static string Missing(PublishedDeficitRow previous, PublishedDeficitRow row)
    {
        var missing = new List<string>();
        for (var y = previous.Year.Next; y < row.Year && missing.Count < 10; y = y.Next)
        {
            missing.Add(y.ToString());
        }

        return missing.Count == 1 ? missing[0] + " is" : string.Join(", ", missing) + " are";
    }

    private static string Signed(Money difference, int decimals)
    {
        var text = MoneyFormat.TableOf(decimals).Format(difference);
        return difference > Money.Zero ? "+" + text : text;
    }
}
