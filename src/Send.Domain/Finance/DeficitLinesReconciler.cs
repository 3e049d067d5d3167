using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Send.Domain.Validation;

namespace Send.Domain.Finance;

/// <summary>
/// Checks the further lines of a deficit table (<see cref="DeficitRowLines"/>) for <see cref="DeficitTableReconciler"/>:
/// each identity that holds, with the same tolerance rule as the rows (docs/finance.md, "The tolerance rule"), and the
/// statutory override status.
/// </summary>
internal static class DeficitLinesReconciler
{
    /// <summary>Checks every row's lines; problems are added to <paramref name="problems"/>.</summary>
    public static IReadOnlyList<ReconciledLine> Check(PublishedDeficitTable table, DeficitReconciliationOptions options, bool consecutive, List<DataProblem> problems)
    {
        var lines = new List<ReconciledLine>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var l = row.Lines;
            if (l.IsEmpty)
            {
                continue;
            }

            var inYearDp = row.Decimals.For(DeficitFigure.InYear, table.Decimals);
            if (l.Funding is { IsComplete: true } funding)
            {
                lines.Add(Funding(table, options, row, funding, row.InYear, inYearDp, $"years[{i}].funding", "in-year lines", problems));
            }

            if (l.HighNeeds is { } hnb)
            {
                lines.Add(Block(table, options, row, hnb, $"years[{i}].high_needs", problems));
                if (hnb.Funding is { IsComplete: true } blockFunding)
                {
                    lines.Add(Funding(table, options, row, blockFunding, hnb.InYear.Amount, hnb.InYear.Decimals, $"years[{i}].high_needs.funding", "High Needs Block in-year lines", problems));
                }

                if (i > 0 && consecutive && table.Rows[i - 1].Lines.HighNeeds is { } previous)
                {
                    lines.Add(BlockLink(table, options, table.Rows[i - 1], row, previous, hnb, $"years[{i}].high_needs.brought_forward", problems));
                }
            }

            for (var j = 0; j < l.Positions.Count; j++)
            {
                var p = l.Positions[j];
                var first = l.Positions.Take(j).Select((q, k) => (q, k)).FirstOrDefault(x => x.q.Status == p.Status && Nullable.Equals(x.q.Period, p.Period));
                if (first.q is not null)
                {
                    problems.Add(new DataProblem(table.Source, $"{row.Year}: the position '{p.Label}' is printed twice (also at positions[{first.k}])")
                    {
                        Field = $"years[{i}].positions[{j}]",
                        Value = p.Label,
                        Expected = "each status and monitoring round once",
                        Code = ProblemCodes.FinanceLines,
                    });
                }
            }

            var own = OwnPosition(row);
            if (own >= 0)
            {
                var p = l.Positions[own];
                var tolerance = options.Tolerance is decimal given ? RoundingTolerance.Fixed(given) : RoundingTolerance.Of(new[] { inYearDp, p.InYear.Decimals });
                lines.Add(Line(table, row, $"years[{i}].positions[{own}].in_year", $"the row's in-year figure = the {Lower(p.Label)} position", p.InYear.Amount, row.InYear, tolerance, problems,
                    $"the {Lower(p.Label)} position {table.Format.Format(p.InYear.Amount)} is the year's own {Status(row.Status)} ({l.Monitoring?.ToString() ?? "no monitoring round printed"}), so it should be the row's in-year figure {table.Format.Format(row.InYear)}"));
            }
        }

        return lines;
    }

    /// <summary>The statutory override status of each year, when any row states one; problems for a stated status that differs, and a deficit carried past the override.</summary>
    public static IReadOnlyList<StatutoryOverrideYear> Override(PublishedDeficitTable table, DeficitReconciliationOptions options, List<DataProblem> problems)
    {
        if (table.Rows.All(r => r.Lines.StatutoryOverride is null))
        {
            return Array.Empty<StatutoryOverrideYear>();
        }

        var result = new List<StatutoryOverrideYear>();
        var lastEnacted = StatutoryOverridePeriod.Known.Where(p => p.IsEnacted).Max(p => p.LastYear);
        var lastAnnounced = StatutoryOverridePeriod.Known.Max(p => p.LastYear);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var status = StatutoryOverridePeriod.Known.Any(p => p.IsEnacted && p.Covers(row.Year)) ? StatutoryOverrideStatus.Covered
                : StatutoryOverridePeriod.Known.Any(p => p.Covers(row.Year)) ? StatutoryOverrideStatus.Announced
                : StatutoryOverrideStatus.NotCovered;
            var stated = row.Lines.StatutoryOverride;
            var deficit = table.ToDeficitPositive(row.CarriedForward) > Money.Zero;
            result.Add(new StatutoryOverrideYear(row.Year, status, stated, deficit));
            var known = status switch
            {
                StatutoryOverrideStatus.Covered => $"an enacted period covers {row.Year} (to {lastEnacted.End:d MMMM yyyy})",
                StatutoryOverrideStatus.Announced => $"only the extension announced in June 2025, not yet enacted, covers {row.Year}",
                _ => $"no known period covers {row.Year} (the last, announced in June 2025, ends {lastAnnounced.End:d MMMM yyyy})",
            };
            var accepted = stated is null || stated == status || (stated == StatutoryOverrideStatus.Covered && status == StatutoryOverrideStatus.Announced && options.CountAnnouncedOverride);
            if (!accepted)
            {
                problems.Add(new DataProblem(table.Source, $"{row.Year}: the paper states the statutory override status '{Snake(stated!.Value)}', but {known}")
                {
                    Field = $"years[{i}].statutory_override",
                    Value = Snake(stated.Value),
                    Expected = Snake(status) + (status == StatutoryOverrideStatus.NotCovered ? " (or check for a later extension than Send knows)" : string.Empty),
                    Severity = DataProblemSeverity.Warning,
                    Code = ProblemCodes.StatutoryOverride,
                });
            }

            var covered = status == StatutoryOverrideStatus.Covered || (status == StatutoryOverrideStatus.Announced && options.CountAnnouncedOverride);
            if (deficit && !covered)
            {
                problems.Add(new DataProblem(table.Source, $"{row.Year} carries forward a deficit of {table.Format.Format(row.CarriedForward)} at {row.Year.End:d MMMM yyyy}, but {known}: unless the override is extended, the deficit falls on the council's General Fund")
                {
                    Field = $"years[{i}].carried_forward",
                    Value = table.Format.Format(row.CarriedForward),
                    Expected = "a year the statutory override covers, or a plan for the deficit",
                    Severity = DataProblemSeverity.Warning,
                    Code = ProblemCodes.StatutoryOverride,
                });
            }
        }

        return result;
    }

    /// <summary>The index of the position that is the row's own figure (its status, at its monitoring round), or −1.</summary>
    internal static int OwnPosition(PublishedDeficitRow row)
    {
        var positions = row.Lines.Positions;
        var same = positions.Select((p, k) => (p, k)).Where(x => x.p.Status == row.Status).ToArray();
        if (row.Lines.Monitoring is { } period)
        {
            var match = same.Where(x => Nullable.Equals(x.p.Period, period)).ToArray();
            return match.Length == 1 ? match[0].k : -1;
        }

        return same.Length == 1 ? same[0].k : -1;
    }

    private static ReconciledLine Funding(PublishedDeficitTable table, DeficitReconciliationOptions options, PublishedDeficitRow row, InYearLines funding, Money printedInYear, int inYearDp, string field, string what, List<DataProblem> problems)
    {
        var implied = table.FromDeficitPositive(funding.ImpliedInYearDeficit!.Value);
        var parts = new List<int> { funding.Allocation!.Value.Decimals, funding.Expenditure!.Value.Decimals };
        parts.AddRange(new[] { funding.Transfers, funding.FinancingCost, funding.Adjustments }.Where(x => x is { } f && !f.Amount.IsZero).Select(x => x!.Value.Decimals));
        var tolerance = Tolerance(options, parts, inYearDp);
        return Line(table, row, field, "in-year = expenditure + financing cost + adjustments - allocation - transfers", implied, printedInYear, tolerance, problems,
            $"the {what} give an in-year {Result(table, implied)} of {table.Format.Format(implied)}, but the in-year figure is {table.Format.Format(printedInYear)}");
    }

    private static ReconciledLine Block(PublishedDeficitTable table, DeficitReconciliationOptions options, PublishedDeficitRow row, BlockBalance block, string field, List<DataProblem> problems)
    {
        var contribution = block.Contributions is { } c ? table.ToContributionAmount(c.Amount) : Money.Zero;
        var computed = table.FromDeficitPositive(table.ToDeficitPositive(block.BroughtForward.Amount) + table.ToDeficitPositive(block.InYear.Amount) - contribution);
        var parts = new List<int> { block.BroughtForward.Decimals, block.InYear.Decimals };
        if (block.Contributions is { } k && !k.Amount.IsZero)
        {
            parts.Add(k.Decimals);
        }

        var tolerance = Tolerance(options, parts, block.CarriedForward.Decimals);
        var name = BlockName(block.Block);
        return Line(table, row, field + ".carried_forward", $"{name} b/f + in-year - contributions = c/f", computed, block.CarriedForward.Amount, tolerance, problems,
            $"the {name} carried forward {table.Format.Format(block.CarriedForward.Amount)} does not follow from its b/f, in-year and contributions (computed {table.Format.Format(computed)})");
    }

    private static ReconciledLine BlockLink(PublishedDeficitTable table, DeficitReconciliationOptions options, PublishedDeficitRow previousRow, PublishedDeficitRow row, BlockBalance previous, BlockBalance block, string field, List<DataProblem> problems)
    {
        var unit = RoundingTolerance.Unit(Math.Min(previous.CarriedForward.Decimals, block.BroughtForward.Decimals));
        var tolerance = RoundingTolerance.Fixed(options.AllowRoundingInLinks ? unit : 0m);
        var name = BlockName(block.Block);
        return Line(table, row, field, $"{name} b/f = previous {name} c/f", previous.CarriedForward.Amount, block.BroughtForward.Amount, tolerance, problems,
            $"the {name} brought forward {table.Format.Format(block.BroughtForward.Amount)} is not {previousRow.Year}'s {name} carried forward {table.Format.Format(previous.CarriedForward.Amount)}");
    }

    private static RoundingTolerance Tolerance(DeficitReconciliationOptions options, IEnumerable<int> parts, int totalDp)
    {
        if (options.Tolerance is decimal given)
        {
            return RoundingTolerance.Fixed(given);
        }

        var tolerance = RoundingTolerance.Of(parts);
        return options.CountTotalAsPart ? tolerance.Plus(totalDp) : tolerance;
    }

    private static ReconciledLine Line(PublishedDeficitTable table, PublishedDeficitRow row, string field, string identity, Money computed, Money published, RoundingTolerance tolerance, List<DataProblem> problems, string mismatch)
    {
        var difference = published - computed;
        var verdict = tolerance.Classify(difference.Millions);
        var shown = (difference > Money.Zero ? "+" : string.Empty) + MoneyFormat.TableOf(table.Decimals).Format(difference);
        var explanation = verdict switch
        {
            ReconciliationVerdict.Exact => $"{identity}: exact",
            ReconciliationVerdict.Rounding => $"{identity}: the difference {shown} is within rounding ({tolerance})",
            _ => $"{mismatch}; the difference {shown} is more than rounding explains ({tolerance})",
        };
        if (verdict == ReconciliationVerdict.Error)
        {
            problems.Add(new DataProblem(table.Source, $"{row.Year}: {explanation}")
            {
                Field = field,
                Value = table.Format.Format(published),
                Expected = $"{table.Format.Format(computed)} within {tolerance.Amount.ToString(CultureInfo.InvariantCulture)} ({identity})",
                Code = ProblemCodes.FinanceLines,
            });
        }

        return new ReconciledLine(row.Year, field, identity, computed, published, tolerance, verdict, explanation);
    }

    private static string Lower(string label) => char.ToLowerInvariant(label[0]) + label[1..];

    private static string Result(PublishedDeficitTable table, Money printed) =>
        table.ToDeficitPositive(printed).IsNegative ? "surplus" : "deficit";

    private static string BlockName(FundingBlock block) => block switch
    {
        FundingBlock.HighNeeds => "High Needs Block",
        FundingBlock.Schools => "Schools Block",
        FundingBlock.EarlyYears => "Early Years Block",
        _ => "Central School Services Block",
    };

    private static string Status(DsgYearStatus status) => status switch
    {
        DsgYearStatus.Outturn => "outturn",
        DsgYearStatus.Budget => "budget",
        _ => "forecast",
    };

    private static string Snake(StatutoryOverrideStatus status) => status switch
    {
        StatutoryOverrideStatus.Covered => "covered",
        StatutoryOverrideStatus.Announced => "announced",
        _ => "not_covered",
    };
}
