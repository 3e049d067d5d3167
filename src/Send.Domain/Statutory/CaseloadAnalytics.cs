using System;
using System.Collections.Generic;
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
    /// no column for (drafts, advice, review decisions) are left out rather than reported overdue, and so is a step
    /// whose milestone column the file lacks (<see cref="CaseloadRecord.Columns"/>; see <see cref="NotEvaluated"/>).
    /// </summary>
    /// <param name="records">The caseload.</param>
    /// <param name="asAt">The as-at date.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <param name="engine">The engine; null for <see cref="DeadlineEngine.EnglandAndWales"/>.</param>
    /// <returns>Pairs of case id and deadline, case by case in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static IReadOnlyList<(string CaseId, StatutoryDeadline Deadline)> Deadlines(IReadOnlyList<CaseloadRecord> records, LocalDate asAt, TimescaleOptions? options = null, DeadlineEngine? engine = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var result = new List<(string, StatutoryDeadline)>();
        foreach (var (record, deadline) in Evaluated(records, asAt, options, engine))
        {
            result.Add((record.CaseId, deadline));
        }

        return result;
    }

    /// <summary>
    /// One note per step that some records cannot evidence because their source lacks a milestone column, with the
    /// number of cases affected; empty when every column is recorded. Such steps are unknown, never overdue.
    /// </summary>
    /// <param name="records">The caseload.</param>
    /// <returns>The notes, for example <c>EHC-ASSESS-DECISION: not evaluated for 412 cases (unknown, not overdue): the caseload has no decision_to_assess column</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static IReadOnlyList<string> NotEvaluated(IReadOnlyList<CaseloadRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var counts = new Dictionary<(string Rule, string Column), int>();
        foreach (var record in records)
        {
            if (record.Columns == CaseloadColumns.All)
            {
                continue;
            }

            foreach (var rule in EvidencedRules)
            {
                var arises = rule is StatutoryRuleIds.EhcArFirst or StatutoryRuleIds.EhcArNext ? record.FinalIssued is not null : record.RequestReceived is not null;
                if (arises && Missing(rule, record) is string column)
                {
                    counts[(rule, column)] = counts.TryGetValue((rule, column), out var n) ? n + 1 : 1;
                }
            }
        }

        var notes = new List<string>(counts.Count);
        foreach (var rule in EvidencedRules)
        {
            foreach (var ((id, column), count) in counts)
            {
                if (id == rule)
                {
                    notes.Add($"{id}: not evaluated for {count} {(count == 1 ? "case" : "cases")} (unknown, not overdue): the caseload has no {column} column");
                }
            }
        }

        return notes;
    }

    /// <summary>
    /// The caseworker's work-list as at <paramref name="asAt"/>: every deadline of <see cref="Deadlines"/> that is
    /// overdue, or pending and due from <paramref name="asAt"/> to the end of <paramref name="window"/>, with the days
    /// left (working and calendar), sorted by due date, then case id, then rule id. Linear in the number of records.
    /// </summary>
    /// <param name="records">The caseload.</param>
    /// <param name="asAt">The as-at date (day 0). Steps and facts dated after it are not known.</param>
    /// <param name="window">How far ahead to look, for example <see cref="DueWindow.WorkingDays(int)"/> 10.</param>
    /// <param name="ownerColumn">The case column that names the owner (for example <c>owner</c>), or null.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <param name="engine">The engine; null for <see cref="DeadlineEngine.EnglandAndWales"/>.</param>
    /// <returns>The work-list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static WorkList WorkList(IReadOnlyList<CaseloadRecord> records, LocalDate asAt, DueWindow window, string? ownerColumn = null, TimescaleOptions? options = null, DeadlineEngine? engine = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        engine ??= DeadlineEngine.EnglandAndWales;
        var end = window.End(asAt, engine);
        var items = new List<WorkItem>();
        var candidates = new List<CaseloadRecord>();
        foreach (var record in records)
        {
            if (MayBeDue(record, asAt, end))
            {
                candidates.Add(record);
            }
        }

        foreach (var (record, deadline) in Evaluated(candidates, asAt, options, engine))
        {
            var due = deadline.Status == DeadlineStatus.Overdue
                || (deadline.Status == DeadlineStatus.Pending && deadline.Due >= asAt && deadline.Due <= end);
            if (!due)
            {
                continue;
            }

            string? owner = null;
            if (ownerColumn is not null && record.OtherColumns.TryGetValue(ownerColumn, out var value) && value.Length > 0)
            {
                owner = value;
            }

            items.Add(new WorkItem(record.CaseId, deadline, Period.DaysBetween(asAt, deadline.Due), engine.WorkingDaysBetween(asAt, deadline.Due), owner, record.OtherColumns));
        }

        var sorted = items.ToArray();
        Array.Sort(sorted, static (x, y) =>
        {
            var byDue = x.Deadline.Due.CompareTo(y.Deadline.Due);
            if (byDue != 0)
            {
                return byDue;
            }

            var byCase = string.CompareOrdinal(x.CaseId, y.CaseId);
            return byCase != 0 ? byCase : string.CompareOrdinal(x.Deadline.RuleId, y.Deadline.RuleId);
        });
        return new WorkList(asAt, window, end, ownerColumn, sorted, NotEvaluated(records));
    }

    /// <summary>
    /// A cheap, conservative test before the engine runs: whether any evidenced step of the record is not done by
    /// <paramref name="asAt"/> and falls due by <paramref name="end"/> (a day early, for the Day 1 reading). A record
    /// that fails it cannot put an item in the work-list, so the explained evaluation is spent only where it can.
    /// </summary>
    private static bool MayBeDue(CaseloadRecord record, LocalDate asAt, LocalDate end)
    {
        static bool Done(LocalDate? date, LocalDate asAt) => date is LocalDate d && d <= asAt;
        var latest = end.PlusDays(1);
        if (record.RequestReceived is LocalDate request && request <= asAt)
        {
            var decided = Done(record.DecisionToAssess, asAt) || Done(record.DecisionNotToAssess, asAt);
            var finished = Done(record.FinalIssued, asAt) || Done(record.NoPlanDecision, asAt) || Done(record.DecisionNotToAssess, asAt);
            if ((!decided && StatutoryRules.EhcAssessDecision.Period.Apply(request, null, out _) <= latest) || (!finished && StatutoryRules.EhcFinalPlan.Period.Apply(request, null, out _) <= latest))
            {
                return true;
            }
        }

        if (Done(record.FinalIssued, asAt) && !Done(record.Ceased, asAt))
        {
            var issued = record.FinalIssued!.Value;
            var anchor = Done(record.LastReviewMeeting, asAt) && record.LastReviewMeeting!.Value > issued ? record.LastReviewMeeting.Value : issued;
            if (ReviewPeriodEnd(anchor) <= latest)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] EvidencedRules =
    {
        StatutoryRuleIds.EhcAssessDecision, StatutoryRuleIds.EhcAssessRefusalNotice, StatutoryRuleIds.EhcNoPlanDecision,
        StatutoryRuleIds.EhcFinalPlan, StatutoryRuleIds.EhcArFirst, StatutoryRuleIds.EhcArNext,
    };

    private static IEnumerable<(CaseloadRecord Record, StatutoryDeadline Deadline)> Evaluated(IReadOnlyList<CaseloadRecord> records, LocalDate asAt, TimescaleOptions? options, DeadlineEngine? engine)
    {
        engine ??= DeadlineEngine.EnglandAndWales;
        foreach (var record in records)
        {
            foreach (var deadline in engine.Evaluate(record.ToEhcCase(), asAt, options).Deadlines)
            {
                if (Array.IndexOf(EvidencedRules, deadline.RuleId) >= 0 && Missing(deadline.RuleId, record) is null)
                {
                    yield return (record, deadline);
                }
            }
        }
    }

    /// <summary>The milestone column a record's source lacks for evaluating <paramref name="ruleId"/>, or null when it can be evaluated.</summary>
    private static string? Missing(string ruleId, CaseloadRecord record)
    {
        switch (ruleId)
        {
            case StatutoryRuleIds.EhcAssessDecision:
                // Either decision completes it; a recorded refusal answers it even without the other column.
                return record.Records(CaseloadColumns.DecisionToAssess) || record.DecisionNotToAssess is not null ? null : "decision_to_assess";
            case StatutoryRuleIds.EhcAssessRefusalNotice:
                return record.Records(CaseloadColumns.DecisionNotToAssess) ? null : "decision_not_to_assess";
            case StatutoryRuleIds.EhcNoPlanDecision:
                return record.Records(CaseloadColumns.NoPlanDecision) ? null : "no_plan_decision";
            case StatutoryRuleIds.EhcFinalPlan:
                // Without a plan, the step may not arise (a refusal or a no-plan decision): those columns must be there to say so.
                return !record.Records(CaseloadColumns.FinalIssued) ? "final_issued"
                    : record.FinalIssued is not null ? null
                    : !record.Records(CaseloadColumns.DecisionNotToAssess) ? "decision_not_to_assess"
                    : !record.Records(CaseloadColumns.NoPlanDecision) ? "no_plan_decision"
                    : null;
            default:
                // EHC-AR-FIRST and EHC-AR-NEXT.
                return !record.Records(CaseloadColumns.FinalIssued) ? "final_issued"
                    : !record.Records(CaseloadColumns.LastReviewMeeting) ? "last_review_meeting"
                    : !record.Records(CaseloadColumns.Ceased) ? "ceased"
                    : null;
        }
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
