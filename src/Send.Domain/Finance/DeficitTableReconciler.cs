using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Send.Domain.Validation;

namespace Send.Domain.Finance;

/// <summary>
/// Checks a DSG deficit table as a council printed it: recomputes each year's carried-forward balance from the
/// displayed figures, classes each gap as exact, rounding or an error, checks that each year links to the previous
/// one, checks the whole period telescopes (DSG reference, sections 6, 11 and 12.1), and, given the Safety Valve
/// agreement, checks the table's Safety Valve column against the payment schedule and assesses the conditions.
/// </summary>
/// <remarks>
/// <para>
/// Each row is recomputed as <c>b/f + in-year − Safety Valve − local − other</c> in the table's own conventions. A
/// gap of zero is <see cref="ReconciliationVerdict.Exact"/>; a gap within the row's <see cref="RoundingTolerance"/> is
/// <see cref="ReconciliationVerdict.Rounding"/>: it is reported, and the published figure is kept; anything larger is
/// <see cref="ReconciliationVerdict.Error"/> and becomes a <see cref="DataProblem"/> naming the year and field.
/// </para>
/// <para>
/// The tolerance counts only the figures that can carry rounding: the balances and the in-year result always, each at
/// the places it was printed with; a contribution only when it is printed as non-zero, because a Safety Valve or local
/// column printed "0.0" means nothing was paid, not an amount that rounded away (docs/finance.md, "The tolerance rule").
/// </para>
/// <para>
/// Years must run consecutively and in order; a missing, repeated or out-of-order year is a problem naming it, and the
/// links, the whole-period check and the Safety Valve assessment are then not made (the result says so). A table whose
/// figures contradict its declared sign convention is a problem too. The reconciler is stateless and thread-safe.
/// </para>
/// </remarks>
public sealed class DeficitTableReconciler
{
    /// <summary>Creates a reconciler.</summary>
    /// <param name="options">The options, or null for <see cref="DeficitReconciliationOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The options' <see cref="DeficitReconciliationOptions.Tolerance"/> is negative.</exception>
    public DeficitTableReconciler(DeficitReconciliationOptions? options = null)
    {
        Options = options ?? DeficitReconciliationOptions.Default;
        if (Options.Tolerance is < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.Tolerance, "A tolerance cannot be negative.");
        }

    }

    /// <summary>The options in use.</summary>
    public DeficitReconciliationOptions Options { get; }

    /// <summary>Checks <paramref name="table"/>.</summary>
    /// <param name="table">The table as printed.</param>
    /// <returns>The verdicts and problems; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public DeficitReconciliation Reconcile(PublishedDeficitTable table) => Reconcile(table, null);

    /// <summary>
    /// Checks <paramref name="table"/> and, when <paramref name="agreement"/> is given, its Safety Valve column against
    /// the agreement's payment schedule, then assesses the agreement's conditions against the account the table implies.
    /// </summary>
    /// <param name="table">The table as printed.</param>
    /// <param name="agreement">The Safety Valve agreement the table reports against, or null.</param>
    /// <returns>The verdicts, the Safety Valve evaluation (or why it was not made) and the problems; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public DeficitReconciliation Reconcile(PublishedDeficitTable table, SafetyValveAgreement? agreement)
    {
        ArgumentNullException.ThrowIfNull(table);
        var problems = new List<DataProblem>();
        var years = new List<ReconciledYear>();
        var links = new List<ChainLink>();
        var format = table.Format;

        if (table.Rows.Count == 0)
        {
            problems.Add(new DataProblem(table.Source, "the table has no years") { Field = "years", Expected = "at least one year", Code = "SEND-FIN-YEARS" });
        }

        var consecutive = CheckYears(table, problems);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            years.Add(ReconcileRow(table, row, i, problems));
            if (i > 0 && consecutive)
            {
                links.Add(Link(table, table.Rows[i - 1], row, i, format, problems));
            }
        }

        var sign = CheckSigns(table, agreement, problems);

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
        string? notAssessed = null;
        if (table.Rows.Count == 0)
        {
            notAssessed = "the table has no years";
        }
        else if (!consecutive)
        {
            notAssessed = "the table's years do not run consecutively and in order (see the problems on years), so there is no account to assess";
        }
        else if (sign is not null)
        {
            notAssessed = sign;
        }
        else
        {
            account = ToAccount(table);
        }

        SafetyValveEvaluation? evaluation = null;
        if (agreement is not null)
        {
            CheckSchedule(table, agreement, problems);
            evaluation = account is null ? null : agreement.Evaluate(account);
        }

        var lines = DeficitLinesReconciler.Check(table, Options, consecutive, problems);
        var statutoryOverride = DeficitLinesReconciler.Override(table, Options, problems);
        var comparisons = DeficitComparisons.Build(table, agreement, problems);
        return new DeficitReconciliation(table, years, links, telescoping, problems, account, consecutive)
        {
            Lines = lines,
            StatutoryOverride = statutoryOverride,
            Comparisons = comparisons,
            SafetyValve = evaluation,
            SafetyValveNotAssessed = agreement is not null && evaluation is null ? notAssessed : null,
        };
    }

    /// <summary>The rounding tolerance of one row under these options: the figures that can carry rounding, at their printed places.</summary>
    /// <param name="table">The table.</param>
    /// <param name="row">One of its rows.</param>
    /// <returns>The tolerance.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RoundingTolerance ToleranceFor(PublishedDeficitTable table, PublishedDeficitRow row)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        if (Options.Tolerance is decimal given)
        {
            return RoundingTolerance.Fixed(given);
        }

        var tolerance = RoundingTolerance.Of(RoundedParts(table, row, includeBroughtForward: true));
        return Options.CountTotalAsPart ? tolerance.Plus(row.Decimals.For(DeficitFigure.CarriedForward, table.Decimals)) : tolerance;
    }

    private static IEnumerable<int> RoundedParts(PublishedDeficitTable table, PublishedDeficitRow row, bool includeBroughtForward)
    {
        var dp = table.Decimals;
        if (includeBroughtForward)
        {
            yield return row.Decimals.For(DeficitFigure.BroughtForward, dp);
        }

        yield return row.Decimals.For(DeficitFigure.InYear, dp);
        if (!row.SafetyValve.IsZero)
        {
            yield return row.Decimals.For(DeficitFigure.SafetyValve, dp);
        }

        if (!row.Local.IsZero)
        {
            yield return row.Decimals.For(DeficitFigure.Local, dp);
        }

        if (row.Other is Money other && !other.IsZero)
        {
            yield return row.Decimals.For(DeficitFigure.Other, dp);
        }
    }

    private static bool CheckYears(PublishedDeficitTable table, List<DataProblem> problems)
    {
        var rows = table.Rows;
        var ok = true;
        var seen = new Dictionary<Calendars.FinancialYear, int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var year = rows[i].Year;
            if (seen.TryGetValue(year, out var first))
            {
                ok = false;
                problems.Add(new DataProblem(table.Source, $"{year} is printed twice (also at years[{first}])")
                {
                    Field = $"years[{i}].year",
                    Value = year.ToString(),
                    Expected = "each year once",
                    Code = "SEND-FIN-YEARS",
                });
            }
            else
            {
                seen.Add(year, i);
            }
        }

        if (rows.Count == 0)
        {
            return true;
        }

        var present = seen.Keys.ToHashSet();
        for (var i = 1; i < rows.Count; i++)
        {
            var previous = rows[i - 1].Year;
            var year = rows[i].Year;
            if (year < previous && seen[year] == i)
            {
                ok = false;
                problems.Add(new DataProblem(table.Source, $"{year} is printed after {previous}: the years are out of order")
                {
                    Field = $"years[{i}].year",
                    Value = year.ToString(),
                    Expected = "the years in order, earliest first",
                    Code = "SEND-FIN-YEARS",
                });
            }
        }

        var earliest = present.Min();
        var latest = present.Max();
        var missing = new List<Calendars.FinancialYear>();
        for (var y = earliest; y < latest; y = y.Next)
        {
            if (!present.Contains(y))
            {
                missing.Add(y);
            }
        }

        if (missing.Count > 0)
        {
            ok = false;

            // Name the row the first missing year should precede, in printed order when the years are in order.
            var after = rows.Select((r, i) => (r.Year, i)).Where(p => p.Year > missing[0]).OrderBy(p => p.Year).First();
            var before = rows.Select(r => r.Year).Where(y => y < missing[0]).Max();
            var shown = missing.Take(10).Select(y => y.ToString()).ToArray();
            var list = shown.Length == 1 ? shown[0] + " is" : string.Join(", ", shown) + (missing.Count > 10 ? " and more are" : " are");
            problems.Add(new DataProblem(table.Source, $"{after.Year} follows {before}, so {list} missing")
            {
                Field = $"years[{after.i}].year",
                Value = after.Year.ToString(),
                Expected = before.Next.ToString(),
                Code = "SEND-FIN-YEARS",
            });
        }

        return ok;
    }

    /// <summary>
    /// Looks for figures that contradict the declared sign convention. Returns why the Safety Valve assessment cannot
    /// be trusted, or null.
    /// </summary>
    private static string? CheckSigns(PublishedDeficitTable table, SafetyValveAgreement? agreement, List<DataProblem> problems)
    {
        if (table.Rows.Count == 0)
        {
            return null;
        }

        var declared = table.Convention == SignConvention.DeficitPositive ? "deficit_positive" : "deficit_negative";
        var other = table.Convention == SignConvention.DeficitPositive ? "deficit_negative" : "deficit_positive";
        if (table.Contributions == ContributionPresentation.Signed)
        {
            var contributions = table.Rows
                .SelectMany(r => new[] { (r, "safety_valve", r.SafetyValve), (r, "local", r.Local), (r, "other", r.Other ?? Money.Zero) })
                .Where(c => !c.Item3.IsZero)
                .ToArray();
            if (contributions.Length > 0 && contributions.All(c => table.ToContributionAmount(c.Item3).IsNegative))
            {
                var (row, field, value) = contributions[0];
                var message = $"the table is declared {declared} with signed contributions, but every contribution printed would increase the deficit "
                    + $"({row.Year} {field.Replace('_', ' ')} {table.Format.Format(value)}); the figures look {other}";
                problems.Add(new DataProblem(table.Source, message)
                {
                    Field = "sign_convention",
                    Value = declared,
                    Expected = $"{other}, or contributions printed with the sign that reduces the deficit",
                    Code = "SEND-FIN-SIGN",
                });
                return $"the figures contradict the declared sign convention {declared}, so the Safety Valve conditions would be assessed on the wrong side of zero";
            }
        }

        var balances = table.Rows.SelectMany(r => new[] { r.BroughtForward, r.CarriedForward }).Where(m => !m.IsZero).ToArray();
        if (balances.Length == 0 || !balances.All(b => table.ToDeficitPositive(b).IsNegative))
        {
            return null;
        }

        var first = table.Rows[0];
        var surplus = $"under {declared} every balance in the table is a surplus ({first.Year} brought forward {table.Format.Format(first.BroughtForward)})";
        if (agreement is not null)
        {
            problems.Add(new DataProblem(table.Source, $"a Safety Valve agreement is for a deficit, but {surplus}; the figures look {other}")
            {
                Field = "sign_convention",
                Value = declared,
                Expected = other + " (check how the paper prints a deficit)",
                Code = "SEND-FIN-SIGN",
            });
            return $"the figures contradict the declared sign convention {declared}, so the Safety Valve conditions would be assessed on the wrong side of zero";
        }

        problems.Add(new DataProblem(table.Source, $"{surplus}; if the paper prints a deficit as a negative number, the table is {other}")
        {
            Field = "sign_convention",
            Value = declared,
            Expected = $"{declared} only if the council is in surplus throughout",
            Severity = DataProblemSeverity.Warning,
            Code = "SEND-FIN-SIGN",
        });
        return null;
    }

    /// <summary>Checks each year's Safety Valve figure against the instalments the agreement schedules for that year.</summary>
    private static void CheckSchedule(PublishedDeficitTable table, SafetyValveAgreement agreement, List<DataProblem> problems)
    {
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var payments = agreement.CurrentSchedule.Payments.Where(p => p.Year == row.Year).ToArray();
            if (payments.Any(p => !p.IsAmountPublished))
            {
                continue;
            }

            var all = Money.Sum(payments.Select(p => p.Amount));
            var notHeld = Money.Sum(payments.Where(p => p.Status is PaymentStatus.Paid or PaymentStatus.Scheduled).Select(p => p.Amount));
            var printed = table.ToContributionAmount(row.SafetyValve);
            var dp = row.Decimals.For(DeficitFigure.SafetyValve, table.Decimals);
            var half = 0.5m * RoundingTolerance.Unit(dp);
            bool Matches(Money expected) => Math.Abs((printed - expected).Millions) <= half;
            if (Matches(all) || Matches(notHeld))
            {
                continue;
            }

            var m = MoneyFormat.Millions(Math.Max(dp, 3)).WithTrailingZerosTrimmed(true);
            var scheduled = payments.Length == 0
                ? "schedules no payment for that year"
                : $"schedules {all.ToString(m)} for that year ({string.Join(" + ", payments.Select(p => p.Amount.ToString(m) + " " + p.Status.ToString().ToLowerInvariant()))})";
            // Against a re-profiled schedule, say when the figure is the original schedule's: the table predates the re-profile.
            var original = agreement.Reprofile is { } reprofile
                && Matches(Money.Sum(reprofile.Original.Payments.Where(p => p.Year == row.Year).Select(p => p.Amount)))
                ? $"; it matches the original schedule, not the re-profiled one{(reprofile.Date is { } on ? $" (re-profiled {on:yyyy-MM-dd})" : string.Empty)}"
                : string.Empty;
            problems.Add(new DataProblem(table.Source, $"{row.Year}: the table's Safety Valve figure {table.Format.Format(row.SafetyValve)} is {printed.ToString(m)} received, but the {(agreement.Reprofile is null ? string.Empty : "re-profiled ")}agreement {scheduled}{original}")
            {
                Field = $"years[{i}].safety_valve",
                Value = table.Format.Format(row.SafetyValve),
                Expected = notHeld == all ? all.ToString(m) : $"{all.ToString(m)} or, leaving out withheld and suspended payments, {notHeld.ToString(m)}",
                Code = "SEND-FIN-SV-SCHEDULE",
            });
        }
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
        var tolerance = ToleranceFor(table, row);
        var verdict = tolerance.Classify(difference.Millions);
        var shownDifference = Signed(difference, table.Decimals);
        var zeros = tolerance.IsFixed ? 0 : row.PartCount - (tolerance.Parts - (Options.CountTotalAsPart ? 1 : 0));
        var rule = Describe(tolerance) + (zeros > 0 ? $"; {zeros} contribution{(zeros == 1 ? string.Empty : "s")} printed as zero count{(zeros == 1 ? "s" : string.Empty)} as exact" : string.Empty);
        var explanation = verdict switch
        {
            ReconciliationVerdict.Exact => $"{format.Format(row.CarriedForward)} follows exactly from the row",
            ReconciliationVerdict.Rounding =>
                $"{format.Format(row.CarriedForward)} does not follow exactly from the row (computed {format.Format(computed)}); "
                + $"the difference {shownDifference} is within rounding of {rule} ({tolerance})",
            _ =>
                $"{format.Format(row.CarriedForward)} does not follow from the row (computed {format.Format(computed)}); "
                + $"the difference {shownDifference} is more than rounding of {rule} explains ({tolerance})",
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

    private static string Describe(RoundingTolerance tolerance) =>
        tolerance.IsFixed ? "the tolerance given"
        : tolerance.IsUniform
            ? $"{tolerance.Parts} figure{(tolerance.Parts == 1 ? string.Empty : "s")} shown to {tolerance.Decimals} dp"
            : $"{tolerance.Parts} figures at the places each was printed with";

    private ChainLink Link(PublishedDeficitTable table, PublishedDeficitRow previous, PublishedDeficitRow row, int index, MoneyFormat format, List<DataProblem> problems)
    {
        var difference = row.BroughtForward - previous.CarriedForward;
        var verdict = ReconciliationVerdict.Exact;
        if (difference.IsZero)
        {
            return new ChainLink(row.Year, row.BroughtForward, previous.CarriedForward, verdict);
        }

        if (row.HasNote(DeficitFigure.BroughtForward, FigureNoteKind.Restated))
        {
            var note = row.Notes.First(n => n.Figure == DeficitFigure.BroughtForward && n.Kind == FigureNoteKind.Restated);
            problems.Add(new DataProblem(
                table.Source,
                $"{row.Year}: brought forward {format.Format(row.BroughtForward)} restates {previous.Year}'s carried forward {format.Format(previous.CarriedForward)} "
                + $"(restatement {Signed(difference, table.Decimals)}){(note.Text is null ? string.Empty : ": " + note.Text)}")
            {
                Field = $"years[{index}].brought_forward",
                Value = format.Format(row.BroughtForward),
                Expected = format.Format(previous.CarriedForward) + " unless restated",
                Severity = DataProblemSeverity.Warning,
                Code = "SEND-FIN-RESTATED",
            });
            return new ChainLink(row.Year, row.BroughtForward, previous.CarriedForward, verdict) { IsRestatement = true };
        }

        var oneUnit = RoundingTolerance.Unit(Math.Min(
            row.Decimals.For(DeficitFigure.BroughtForward, table.Decimals),
            previous.Decimals.For(DeficitFigure.CarriedForward, table.Decimals)));
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

        // A restated opening balance moves the chain by the restatement, which the period's movements do not explain.
        var restatements = Money.Sum(rows.Skip(1).Select((r, i) => r.HasNote(DeficitFigure.BroughtForward, FigureNoteKind.Restated)
            ? table.ToDeficitPositive(r.BroughtForward) - table.ToDeficitPositive(rows[i].CarriedForward)
            : Money.Zero));
        var computed = opening + inYear - safetyValve - local - other + restatements;
        var published = table.ToDeficitPositive(rows[rows.Count - 1].CarriedForward);
        var figures = new List<int> { rows[0].Decimals.For(DeficitFigure.BroughtForward, table.Decimals) };
        figures.AddRange(rows.SelectMany(r => RoundedParts(table, r, includeBroughtForward: false)));
        var tolerance = Options.Tolerance is decimal given ? RoundingTolerance.Fixed(given) : RoundingTolerance.Of(figures);
        if (Options.CountTotalAsPart)
        {
            tolerance = tolerance.Plus(rows[rows.Count - 1].Decimals.For(DeficitFigure.CarriedForward, table.Decimals));
        }

        return new TelescopingCheck(opening, inYear, safetyValve, local, other, computed, published, tolerance, tolerance.Classify((published - computed).Millions))
        {
            Restatements = restatements,
        };
    }

    private static DsgAccount ToAccount(PublishedDeficitTable table)
    {
        var years = new List<DsgAccountYear>();
        var broughtForward = table.ToDeficitPositive(table.Rows[0].BroughtForward);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var restatement = i > 0 && row.HasNote(DeficitFigure.BroughtForward, FigureNoteKind.Restated)
                ? table.ToDeficitPositive(row.BroughtForward) - table.ToDeficitPositive(table.Rows[i - 1].CarriedForward)
                : Money.Zero;
            broughtForward += restatement;
            var contributions = new List<DsgContribution>
            {
                DsgContribution.SafetyValve(table.ToContributionAmount(row.SafetyValve)),
                DsgContribution.Local(table.ToContributionAmount(row.Local)),
            };
            if (row.Other is Money other)
            {
                contributions.Add(new DsgContribution(ContributionType.Other, table.ToContributionAmount(other)));
            }

            var year = new DsgAccountYear(row.Year, row.Status, broughtForward, table.ToDeficitPositive(row.InYear), contributions) { Restatement = restatement };
            years.Add(year);
            broughtForward = year.CarriedForward;
        }

        return new DsgAccount(years);
    }

    private static string Signed(Money difference, int decimals)
    {
        var text = MoneyFormat.TableOf(decimals).Format(difference);
        return difference > Money.Zero ? "+" + text : text;
    }
}
