using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>Caseload analytics as at a date (see <see cref="CaseloadSummary"/>).</summary>
/// <remarks>Steps dated after the as-at date are treated as not yet happened, so a summary shows what was known then.</remarks>
public static class CaseloadAnalytics
{
    private static readonly (string Label, int From, int? To)[] Bands =
    {
        ("0-6", 0, 6), ("6-16", 6, 16), ("16-20", 16, 20), ("20-30", 20, 30), ("30-52", 30, 52), ("52+", 52, null),
    };

    /// <summary>Summarises a caseload as at <paramref name="asAt"/>.</summary>
    /// <param name="records">The caseload.</param>
    /// <param name="asAt">The as-at date.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static CaseloadSummary Summarise(IReadOnlyList<CaseloadRecord> records, LocalDate asAt, TimescaleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var known = (Func<LocalDate?, LocalDate?>)(d => d is LocalDate x && x <= asAt ? x : null);
        var overdue = new List<OverdueReview>();
        var bandCounts = new int[Bands.Length];
        // Counts keyed by int (year * 12 + month - 1, and year) and sorted once at the end: sorted dictionaries and LINQ
        // over NodaTime value types cost tens of milliseconds of JIT the first time a summary is made.
        var perMonth = new Dictionary<int, int>();
        var perYear = new Dictionary<int, int>();
        var plans = new List<NewPlanRecord>();

        foreach (var record in records)
        {
            var request = known(record.RequestReceived);
            var final = known(record.FinalIssued);
            var ceased = known(record.Ceased);
            if (final is LocalDate issued)
            {
                var month = (issued.Year * 12) + issued.Month - 1;
                perMonth[month] = perMonth.TryGetValue(month, out var n) ? n + 1 : 1;
                if (request is LocalDate requested && requested <= issued)
                {
                    plans.Add(new NewPlanRecord(requested, issued, record.ExceptionApplies));
                }

                if (ceased is null)
                {
                    var anchor = known(record.LastReviewMeeting) is LocalDate review && review > issued ? review : issued;
                    var due = ReviewPeriodEnd(anchor);
                    if (asAt > due)
                    {
                        overdue.Add(new OverdueReview(record.CaseId, due, Period.DaysBetween(due, asAt)));
                    }
                }
            }

            if (request is LocalDate received)
            {
                perYear[received.Year] = perYear.TryGetValue(received.Year, out var n) ? n + 1 : 1;
                var closed = final is not null || known(record.DecisionNotToAssess) is not null || known(record.NoPlanDecision) is not null || ceased is not null;
                if (!closed)
                {
                    var weeks = Period.DaysBetween(received, asAt) / 7;
                    for (var i = 0; i < Bands.Length; i++)
                    {
                        if (weeks >= Bands[i].From && (Bands[i].To is not int to || weeks < to))
                        {
                            bandCounts[i]++;
                            break;
                        }
                    }
                }
            }
        }

        var bands = new AssessmentAgeBand[Bands.Length];
        for (var i = 0; i < Bands.Length; i++)
        {
            bands[i] = new AssessmentAgeBand(Bands[i].Label, Bands[i].From, Bands[i].To, bandCounts[i]);
        }

        var years = new List<YearOnYear>(perYear.Count);
        foreach (var year in SortedKeys(perYear))
        {
            var count = perYear[year];
            decimal? growth = perYear.TryGetValue(year - 1, out var previous) && previous > 0
                ? Math.Round(100m * (count - previous) / previous, 2, MidpointRounding.AwayFromZero)
                : null;
            years.Add(new YearOnYear(year, count, growth));
        }

        var months = SortedKeys(perMonth);
        var monthly = new MonthlyCount[months.Length];
        for (var i = 0; i < months.Length; i++)
        {
            monthly[i] = new MonthlyCount(new YearMonth(Math.DivRem(months[i], 12, out var month), month + 1), perMonth[months[i]]);
        }

        // Oldest due date first, then case id. Entries that tie on both are equal records, so an unstable sort is enough.
        var overdueSorted = overdue.ToArray();
        Array.Sort(overdueSorted, static (x, y) =>
        {
            var byDue = x.ReviewDue.CompareTo(y.ReviewDue);
            return byDue != 0 ? byDue : string.CompareOrdinal(x.CaseId, y.CaseId);
        });

        return new CaseloadSummary(
            asAt,
            records.Count,
            overdueSorted,
            bands,
            monthly,
            years,
            Sen2Timeliness.ByCalendarYear(plans, options));
    }

    /// <summary>
    /// The deadlines a caseload file can evidence, evaluated as at <paramref name="asAt"/>: EHC-ASSESS-DECISION,
    /// EHC-ASSESS-REFUSAL-NOTICE, EHC-NO-PLAN-DECISION, EHC-FINAL-PLAN, EHC-AR-FIRST and EHC-AR-NEXT. Steps the file has
    /// no column for (drafts, advice, review decisions) are left out rather than reported overdue.
    /// </summary>
    /// <param name="records">The caseload.</param>
    /// <param name="asAt">The as-at date.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <param name="engine">The engine; null for <see cref="DeadlineEngine.EnglandAndWales"/>.</param>
    /// <returns>Pairs of case id and deadline, case by case in file order.</returns>
    public static IReadOnlyList<(string CaseId, StatutoryDeadline Deadline)> Deadlines(IReadOnlyList<CaseloadRecord> records, LocalDate asAt, TimescaleOptions? options = null, DeadlineEngine? engine = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        engine ??= DeadlineEngine.EnglandAndWales;
        var result = new List<(string, StatutoryDeadline)>();
        foreach (var record in records)
        {
            foreach (var deadline in engine.Evaluate(record.ToEhcCase(), asAt, options).Deadlines)
            {
                if (deadline.RuleId is StatutoryRuleIds.EhcAssessDecision or StatutoryRuleIds.EhcAssessRefusalNotice or StatutoryRuleIds.EhcNoPlanDecision or StatutoryRuleIds.EhcFinalPlan or StatutoryRuleIds.EhcArFirst or StatutoryRuleIds.EhcArNext)
                {
                    result.Add((record.CaseId, deadline));
                }
            }
        }

        return result;
    }

    private static int[] SortedKeys(Dictionary<int, int> counts)
    {
        var keys = new int[counts.Count];
        counts.Keys.CopyTo(keys, 0);
        Array.Sort(keys);
        return keys;
    }

    /// <summary>The last day of the 12-month review period beginning with <paramref name="anchor"/> (CNT-BEGINNING, CNT-LEAP).</summary>
    /// <param name="anchor">The plan date or last review.</param>
    /// <returns>The last day of the period.</returns>
    public static LocalDate ReviewPeriodEnd(LocalDate anchor)
    {
        var corresponding = anchor.PlusMonths(12);
        return corresponding.Day != anchor.Day ? corresponding : corresponding.PlusDays(-1);
    }
}
