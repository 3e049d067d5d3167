using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Send.Domain.Statutory;
using Send.Domain.Validation;

namespace Send.Reporting.Reports.ScrutinySendUpdate;

/// <summary>
/// The EHCP process headlines of the scrutiny paper, computed from a caseload: plans issued per month (recent
/// average against the months before and the previous calendar year), assessment requests year on year, overdue
/// annual reviews at the start and end of the recent period, and the open-request backlog by weeks waiting.
/// </summary>
/// <remarks>
/// <para>An annual review is due within 12 months of the plan being issued and then within 12 months of the previous
/// review (Children and Families Act 2014, s44(1); SEND Regulations 2014, reg 18); a plan is overdue at a date when
/// that due date has passed with no review completed. Requests year on year compare 1 January to the as-of date
/// with the same period a year earlier.</para>
/// <para>The counting is the statutory engine's (<see cref="CaseloadAnalytics.Summarise"/>), run over the caseload as
/// it was known at the as-of date, at the day before the recent period (for overdue reviews then) and a year before
/// the as-of date (for requests over the same period last year).</para>
/// </remarks>
public sealed class EhcpHeadlines
{
    private EhcpHeadlines()
    {
    }

    /// <summary>Gets the number of cases read.</summary>
    public int CaseCount { get; private init; }

    /// <summary>Gets the first month of the recent period.</summary>
    public YearMonth RecentFrom { get; private init; }

    /// <summary>Gets the last month of the recent period.</summary>
    public YearMonth RecentTo { get; private init; }

    /// <summary>Gets the average plans issued a month over the recent period, rounded to a whole plan.</summary>
    public int RecentMonthlyAverage { get; private init; }

    /// <summary>Gets the average plans issued a month over the months before the recent period.</summary>
    public int PreviousMonthlyAverage { get; private init; }

    /// <summary>Gets the number of months before the recent period that were averaged.</summary>
    public int PreviousMonths { get; private init; }

    /// <summary>Gets the calendar year before the as-of year.</summary>
    public int PriorYear { get; private init; }

    /// <summary>Gets the average plans issued a month in <see cref="PriorYear"/>.</summary>
    public int PriorYearMonthlyAverage { get; private init; }

    /// <summary>Gets plans issued in each month from January of the prior year to the as-of month.</summary>
    public IReadOnlyList<MonthCount> PlansIssuedByMonth { get; private init; } = [];

    /// <summary>Gets assessment requests from 1 January to the as-of date.</summary>
    public int RequestsThisYear { get; private init; }

    /// <summary>Gets assessment requests over the same period a year earlier.</summary>
    public int RequestsLastYear { get; private init; }

    /// <summary>Gets the change in requests, in percent to two decimal places (positive is an increase).</summary>
    public decimal RequestsChangePercent { get; private init; }

    /// <summary>Gets the date overdue reviews were first counted (the day before the recent period).</summary>
    public LocalDate OverdueFrom { get; private init; }

    /// <summary>Gets the date overdue reviews were last counted (the as-of date).</summary>
    public LocalDate OverdueTo { get; private init; }

    /// <summary>Gets overdue annual reviews at <see cref="OverdueFrom"/>.</summary>
    public int OverdueReviewsAtStart { get; private init; }

    /// <summary>Gets overdue annual reviews at <see cref="OverdueTo"/>.</summary>
    public int OverdueReviewsAtEnd { get; private init; }

    /// <summary>Gets the open requests at the as-of date by weeks waiting since the request.</summary>
    public IReadOnlyList<BacklogBand> Backlog { get; private init; } = [];

    /// <summary>Gets the total open requests at the as-of date.</summary>
    public int BacklogTotal => Backlog.Sum(b => b.Count);

    /// <summary>Gets the number of open requests waiting beyond the 20-week limit for the whole process (reg 13(2)).</summary>
    public int BacklogBeyondTwentyWeeks { get; private init; }

    internal static EhcpHeadlines? Compute(EhcpSection section, ReportDataContext context, List<DataProblem> problems)
    {
        if (!context.TryResolveInside(section.CaseloadFile, out var path, out var reason))
        {
            problems.Add(new DataProblem(context.DataPath, "the caseload file cannot be read: " + reason)
            {
                Field = "ehcp.caseload_file",
                Value = section.CaseloadFile,
                Expected = "a CSV file in the data file's folder (" + context.Directory + ")",
                Code = "SEND-REPORT-FILE",
            });
            return null;
        }

        var cases = CaseloadCsv.Read(path, section.CaseloadFile, problems);
        if (cases is null)
        {
            return null;
        }

        var asOf = section.AsOf;
        var recentTo = new YearMonth(asOf.Year, asOf.Month);
        var recentFrom = recentTo.PlusMonths(-(section.RecentMonths - 1));
        var previousFrom = recentFrom.PlusMonths(-section.PreviousMonths);
        var priorYear = asOf.Year - 1;
        var overdueFrom = recentFrom.OnDayOfMonth(1).PlusDays(-1);

        // The statutory engine does the counting; each summary sees the caseload as it was known on its date.
        var atEnd = CaseloadAnalytics.Summarise(cases.Select(c => c.AsKnownOn(asOf)).ToArray(), asOf);
        var atStart = CaseloadAnalytics.Summarise(cases.Select(c => c.AsKnownOn(overdueFrom)).ToArray(), overdueFrom);
        var yearEarlier = asOf.PlusYears(-1);
        var sameTimeLastYear = CaseloadAnalytics.Summarise(cases.Select(c => c.AsKnownOn(yearEarlier)).ToArray(), yearEarlier);

        // Keyed by year * 12 + month - 1 (plain ints: no generic code over NodaTime types to compile at start-up).
        var issuedByMonth = new Dictionary<int, int>();
        foreach (var m in atEnd.PlansIssuedPerMonth)
        {
            issuedByMonth[Key(m.Month)] = m.Count;
        }

        static int Key(YearMonth month) => (month.Year * 12) + month.Month - 1;
        int IssuedIn(YearMonth month) => issuedByMonth.GetValueOrDefault(Key(month));
        int Issued(YearMonth from, int months)
        {
            var total = 0;
            for (var i = 0; i < months; i++)
            {
                total += IssuedIn(from.PlusMonths(i));
            }

            return total;
        }

        static int Average(int total, int months) => (int)Math.Round((decimal)total / months, MidpointRounding.AwayFromZero);

        // Requests year on year, like for like: 1 January to the as-of date in each year.
        var thisYear = atEnd.RequestsByYear.FirstOrDefault(y => y.Year == asOf.Year)?.Count ?? 0;
        var lastYear = sameTimeLastYear.RequestsByYear.FirstOrDefault(y => y.Year == yearEarlier.Year)?.Count ?? 0;

        var months = new List<MonthCount>();
        for (var m = new YearMonth(priorYear, 1); m <= recentTo; m = m.PlusMonths(1))
        {
            months.Add(new MonthCount(m, IssuedIn(m)));
        }

        return new EhcpHeadlines
        {
            CaseCount = atEnd.CaseCount,
            RecentFrom = recentFrom,
            RecentTo = recentTo,
            RecentMonthlyAverage = Average(Issued(recentFrom, section.RecentMonths), section.RecentMonths),
            PreviousMonths = section.PreviousMonths,
            PreviousMonthlyAverage = Average(Issued(previousFrom, section.PreviousMonths), section.PreviousMonths),
            PriorYear = priorYear,
            PriorYearMonthlyAverage = Average(Issued(new YearMonth(priorYear, 1), 12), 12),
            PlansIssuedByMonth = months,
            RequestsThisYear = thisYear,
            RequestsLastYear = lastYear,
            RequestsChangePercent = lastYear == 0 ? 0m : Math.Round(100m * (thisYear - lastYear) / lastYear, 2, MidpointRounding.AwayFromZero),
            OverdueFrom = overdueFrom,
            OverdueTo = asOf,
            OverdueReviewsAtStart = atStart.OverdueAnnualReviews.Count,
            OverdueReviewsAtEnd = atEnd.OverdueAnnualReviews.Count,
            Backlog = atEnd.OpenAssessments.Select(b => new BacklogBand(BandLabel(b), b.Count)).ToArray(),
            BacklogBeyondTwentyWeeks = atEnd.OpenAssessments.Where(b => b.FromWeeks >= 20).Sum(b => b.Count),
        };
    }

    private static string BandLabel(AssessmentAgeBand band) => band.ToWeeks is int to
        ? (band.FromWeeks == 0 ? $"Under {to} weeks" : $"{band.FromWeeks} to {to - 1} weeks")
        : $"{band.FromWeeks} weeks and over";
}

/// <summary>A count for one calendar month.</summary>
/// <param name="Month">The month.</param>
/// <param name="Count">The count.</param>
public sealed record MonthCount(YearMonth Month, int Count)
{
    /// <summary>Gets the month as a short label, for example "Nov 2024".</summary>
    public string Label => Month.ToString("MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}

/// <summary>A band of the backlog by weeks waiting.</summary>
/// <param name="Label">The band, for example "20 to 29 weeks".</param>
/// <param name="Count">Open requests in the band.</param>
public sealed record BacklogBand(string Label, int Count);
