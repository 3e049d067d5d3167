using System;
using System.Collections.Generic;
using NodaTime;
using Send.Domain.Statutory;

namespace Send.Domain.Kpis;

/// <summary>
/// The derived SEND operational KPIs of a caseload, computed through the statutory engine
/// (<see cref="CaseloadAnalytics"/>, <see cref="Sen2Timeliness"/>): the 20-week percentages including and excluding
/// exceptions per calendar year, overdue annual reviews at the as-at date, requests per calendar year and their
/// year-on-year growth, and plans issued per month.
/// </summary>
/// <remarks>
/// The statutory engine decides what counts (the 20-week limit, exceptions, when a review is overdue); this class only
/// turns its counts into <see cref="KpiValue"/>s. Percentages are numerator ÷ denominator × 100 at full precision
/// (display rounds); a zero denominator is <c>x</c>. Growth for the first year in the caseload is missing (no earlier
/// year to compare), and growth from a year with no requests is <c>x</c>.
/// </remarks>
public static class SendKpisFromCaseload
{
    /// <summary>Summarises <paramref name="records"/> at <paramref name="asAt"/> and returns the derived KPIs.</summary>
    /// <param name="records">The caseload.</param>
    /// <param name="asAt">The snapshot date (events after it are ignored by the statutory engine).</param>
    /// <param name="catalogue">Where to find the definitions (default: the built-in catalogue).</param>
    /// <param name="options">Statutory counting options.</param>
    /// <returns>The observations, grouped by KPI.</returns>
    public static IReadOnlyList<KpiObservation> Compute(IReadOnlyList<CaseloadRecord> records, LocalDate asAt, KpiCatalogue? catalogue = null, TimescaleOptions? options = null) =>
        Compute(CaseloadAnalytics.Summarise(records, asAt, options), catalogue);

    /// <summary>Turns a statutory caseload summary into KPI observations.</summary>
    /// <param name="summary">The summary from <see cref="CaseloadAnalytics.Summarise"/>.</param>
    /// <param name="catalogue">Where to find the definitions (default: the built-in catalogue).</param>
    /// <returns>The observations.</returns>
    public static IReadOnlyList<KpiObservation> Compute(CaseloadSummary summary, KpiCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var kpis = catalogue ?? KpiCatalogue.BuiltIn;
        var result = new List<KpiObservation>();
        var excl = kpis.Get("ehcp-issued-20wk-excl-exc-pct");
        var incl = kpis.Get("ehcp-issued-20wk-incl-exc-pct");
        foreach (var year in summary.Timeliness)
        {
            result.Add(new KpiObservation(excl, KpiPeriod.CalendarYear(year.Year), DerivedSendKpis.Percentage(year.ExcludingExceptions.Numerator, year.ExcludingExceptions.Denominator)));
            result.Add(new KpiObservation(incl, KpiPeriod.CalendarYear(year.Year), DerivedSendKpis.Percentage(year.IncludingExceptions.Numerator, year.IncludingExceptions.Denominator)));
        }

        result.Add(new KpiObservation(kpis.Get("ehcp-annual-reviews-overdue-count"), KpiPeriod.Snapshot(summary.AsAt.Year), KpiValue.Of(summary.OverdueAnnualReviews.Count)));

        var requests = kpis.Get("ehcna-requests-count");
        var growth = kpis.Get("ehcna-requests-yoy-growth-pct");
        var counts = new Dictionary<int, int>();
        foreach (var year in summary.RequestsByYear)
        {
            counts[year.Year] = year.Count;
        }

        foreach (var year in summary.RequestsByYear)
        {
            var period = KpiPeriod.CalendarYear(year.Year);
            result.Add(new KpiObservation(requests, period, KpiValue.Of(year.Count)));
            var earlier = counts.TryGetValue(year.Year - 1, out var previous) ? KpiValue.Of(previous) : KpiValue.Missing;
            result.Add(new KpiObservation(growth, period, DerivedSendKpis.YearOnYearGrowth(KpiValue.Of(year.Count), earlier)));
        }

        var issued = kpis.Get("ehcp-issued-count");
        foreach (var month in summary.PlansIssuedPerMonth)
        {
            result.Add(new KpiObservation(issued, KpiPeriod.EndingWith(KpiPeriodType.Month, month.Month.Year, month.Month.Month), KpiValue.Of(month.Count)));
        }

        return result;
    }
}
