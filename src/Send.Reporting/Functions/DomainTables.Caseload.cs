using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Scriban.Runtime;
using Send.Domain.Statutory;
using Send.Reporting.Templating;

namespace Send.Reporting.Functions;

/// <summary>
/// Caseload figures for templates, on the caseload file of <c>send timescales caseload</c> and counted by the same
/// statutory engine (<see cref="CaseloadAnalytics.Summarise"/>): the caseload summary, the EHCP headlines a
/// committee paper states, the open-request backlog by weeks waiting and SEN2 20-week timeliness.
/// </summary>
/// <remarks>
/// The caseload argument is rows bound from a caseload CSV (<c>--data caseload=cases.csv</c>) or an object of the
/// data whose <c>caseload_file</c> names one in the data file's folder (<see cref="Data.PlainData.CaseloadOf"/>); the
/// as-at date is ISO text, or that object's <c>as_of</c>. A caseload file holds each case as it stood on one date:
/// steps dated after the as-at date count as not yet happened, and only the last review meeting is recorded, so a
/// figure at an earlier date that depends on reviews (overdue reviews then) needs the caseload as it stood then.
/// </remarks>
public static partial class DomainTables
{
    private static readonly string[] MonthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>
    /// <c>caseload_summary caseload [as_at]</c>: what <c>send timescales caseload --json</c> prints, as template data:
    /// <c>as_at</c>, <c>case_count</c>, <c>overdue_reviews</c>, <c>backlog</c> (open requests by completed weeks since
    /// the request: <c>label</c>, <c>from_weeks</c>, <c>to_weeks</c>, <c>count</c>), <c>backlog_total</c>,
    /// <c>backlog_beyond_twenty_weeks</c> (reg 13(2)), <c>plans_issued_by_month</c> (<c>month</c> as 2024-11,
    /// <c>label</c> as "Nov 2024", <c>count</c>), <c>requests_by_year</c> (<c>year</c>, <c>count</c>,
    /// <c>growth_percent</c> or null) and <c>sen2_timeliness</c> (<c>year</c>, <c>including_exceptions</c> and
    /// <c>excluding_exceptions</c>, each <c>numerator</c>, <c>denominator</c>, <c>percent</c> or null).
    /// </summary>
    /// <param name="caseload">The caseload (see the class remarks).</param>
    /// <param name="asAt">The as-at date, or null for the caseload object's <c>as_of</c>.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="Send.Domain.Validation.DataException">The caseload file is missing or has errors (located in it).</exception>
    /// <exception cref="ArgumentException">The caseload or the date is not one.</exception>
    public static ScriptObject CaseloadSummary(object? caseload, object? asAt = null)
    {
        const string Function = "caseload_summary";
        var records = Data.PlainData.CaseloadOf(caseload, Function);
        var date = Data.PlainData.CaseloadDate(asAt, caseload, Function);
        var summary = CaseloadAnalytics.Summarise(records, date);
        var result = Figures(summary);
        var months = new ScriptArray();
        foreach (var month in summary.PlansIssuedPerMonth)
        {
            months.Add(Month(month.Month, month.Count));
        }

        var years = new ScriptArray();
        foreach (var year in summary.RequestsByYear)
        {
            var row = new ScriptObject(StringComparer.Ordinal);
            row.SetValue("year", year.Year, true);
            row.SetValue("count", year.Count, true);
            row.SetValue("growth_percent", year.GrowthPercent, true);
            years.Add(row);
        }

        var timeliness = new ScriptArray();
        foreach (var year in summary.Timeliness)
        {
            var row = new ScriptObject(StringComparer.Ordinal);
            row.SetValue("year", year.Year, true);
            row.SetValue("including_exceptions", Figure(year.IncludingExceptions), true);
            row.SetValue("excluding_exceptions", Figure(year.ExcludingExceptions), true);
            timeliness.Add(row);
        }

        result.SetValue("plans_issued_by_month", months, true);
        result.SetValue("requests_by_year", years, true);
        result.SetValue("sen2_timeliness", timeliness, true);
        return result;
    }

    /// <summary>
    /// <c>ehcp_headlines caseload [as_at] [recent_months] [previous_months]</c>: the EHCP headlines of a committee
    /// paper (Devon's scrutiny paper of January 2025, paragraph 3.3), counted by the statutory engine as at the date:
    /// plans issued a month on average over the <c>recent_months</c> to the as-at month (<c>recent_monthly_average</c>,
    /// whole plans rounded half away from zero), over the <c>previous_months</c> before them
    /// (<c>previous_monthly_average</c>) and over the calendar year before (<c>prior_year</c>,
    /// <c>prior_year_monthly_average</c>); <c>plans_issued_by_month</c> from January of that year to the as-at month,
    /// months with none included; assessment requests from 1 January to the as-at date against the same days a year
    /// earlier (<c>requests_this_year</c>, <c>requests_last_year</c>, <c>requests_change_percent</c> to two places, 0
    /// when last year had none); and the figures of <c>caseload_summary</c> at the date (<c>overdue_reviews</c>,
    /// <c>backlog</c>, <c>backlog_total</c>, <c>backlog_beyond_twenty_weeks</c>). <c>recent_from</c> and
    /// <c>recent_to</c> are month labels ("Jun 2024"). The month counts default to the caseload object's own
    /// <c>recent_months</c> and <c>previous_months</c>, else 6 and 5.
    /// </summary>
    /// <param name="caseload">The caseload (see the class remarks).</param>
    /// <param name="asAt">The as-at date (the end of the last whole month reported), or null for the caseload object's <c>as_of</c>.</param>
    /// <param name="recentMonths">The months averaged as recent (1 to 120), or null.</param>
    /// <param name="previousMonths">The months before them averaged for comparison (1 to 120), or null.</param>
    /// <returns>The headlines.</returns>
    /// <exception cref="Send.Domain.Validation.DataException">The caseload file is missing or has errors (located in it).</exception>
    /// <exception cref="ArgumentException">The caseload, the date or a month count is not one.</exception>
    public static ScriptObject EhcpHeadlines(object? caseload, object? asAt = null, object? recentMonths = null, object? previousMonths = null)
    {
        const string Function = "ehcp_headlines";
        var records = Data.PlainData.CaseloadOf(caseload, Function);
        var date = Data.PlainData.CaseloadDate(asAt, caseload, Function);
        var recent = MonthCount(Function, "recent_months", recentMonths, caseload, 6);
        var previous = MonthCount(Function, "previous_months", previousMonths, caseload, 5);

        var atEnd = CaseloadAnalytics.Summarise(records, date);
        var yearEarlier = date.PlusYears(-1);
        var lastYear = CaseloadAnalytics.Summarise(records, yearEarlier);
        var issued = new Dictionary<int, int>();
        foreach (var month in atEnd.PlansIssuedPerMonth)
        {
            issued[Key(month.Month)] = month.Count;
        }

        static int Key(YearMonth month) => (month.Year * 12) + month.Month - 1;
        int Issued(YearMonth from, int months)
        {
            var total = 0;
            for (var i = 0; i < months; i++)
            {
                total += issued.GetValueOrDefault(Key(from.PlusMonths(i)));
            }

            return total;
        }

        static int Average(int total, int months) => (int)Math.Round((decimal)total / months, MidpointRounding.AwayFromZero);
        static int RequestsIn(CaseloadSummary summary, int year)
        {
            foreach (var y in summary.RequestsByYear)
            {
                if (y.Year == year)
                {
                    return y.Count;
                }
            }

            return 0;
        }

        var recentTo = new YearMonth(date.Year, date.Month);
        var recentFrom = recentTo.PlusMonths(-(recent - 1));
        var priorYear = date.Year - 1;
        var thisYearRequests = RequestsIn(atEnd, date.Year);
        var lastYearRequests = RequestsIn(lastYear, yearEarlier.Year);
        var months = new ScriptArray();
        for (var m = new YearMonth(priorYear, 1); m <= recentTo; m = m.PlusMonths(1))
        {
            months.Add(Month(m, issued.GetValueOrDefault(Key(m))));
        }

        var result = Figures(atEnd);
        result.SetValue("recent_months", recent, true);
        result.SetValue("recent_from", MonthLabel(recentFrom), true);
        result.SetValue("recent_to", MonthLabel(recentTo), true);
        result.SetValue("recent_monthly_average", Average(Issued(recentFrom, recent), recent), true);
        result.SetValue("previous_months", previous, true);
        result.SetValue("previous_monthly_average", Average(Issued(recentFrom.PlusMonths(-previous), previous), previous), true);
        result.SetValue("prior_year", priorYear, true);
        result.SetValue("prior_year_monthly_average", Average(Issued(new YearMonth(priorYear, 1), 12), 12), true);
        result.SetValue("plans_issued_by_month", months, true);
        result.SetValue("requests_this_year", thisYearRequests, true);
        result.SetValue("requests_last_year", lastYearRequests, true);
        result.SetValue("requests_change_percent", lastYearRequests == 0 ? 0m : Math.Round(100m * (thisYearRequests - lastYearRequests) / lastYearRequests, 2, MidpointRounding.AwayFromZero), true);
        return result;
    }

    /// <summary>
    /// <c>backlog_table caseload [as_at]</c>: open assessment requests at the date by completed weeks since the request
    /// ("Under 6 weeks", "6 to 15 weeks", "16 to 19 weeks", "20 to 29 weeks", "30 to 51 weeks", "52 weeks and over"),
    /// with a Total row; the bands are the statutory engine's.
    /// </summary>
    /// <param name="caseload">The caseload (see the class remarks).</param>
    /// <param name="asAt">The as-at date, or null for the caseload object's <c>as_of</c>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="Send.Domain.Validation.DataException">The caseload file is missing or has errors (located in it).</exception>
    /// <exception cref="ArgumentException">The caseload or the date is not one.</exception>
    public static RawMarkdown BacklogTable(object? caseload, object? asAt = null)
    {
        const string Function = "backlog_table";
        var summary = CaseloadAnalytics.Summarise(Data.PlainData.CaseloadOf(caseload, Function), Data.PlainData.CaseloadDate(asAt, caseload, Function));
        var table = new MarkdownTableBuilder(("Weeks since request", false), ("Open requests", true));
        var total = 0;
        foreach (var band in summary.OpenAssessments)
        {
            table.Row(BandLabel(band), ReportFunctions.FormatNumber(band.Count));
            total += band.Count;
        }

        table.Totals("Total", ReportFunctions.FormatNumber(total));
        return table.Build();
    }

    /// <summary>
    /// <c>sen2_timeliness_table caseload [as_at]</c>: SEN2's 20-week timeliness of new plans by calendar year of issue
    /// (<see cref="Sen2Timeliness"/>): the percentage issued within 20 weeks of the request including and excluding
    /// cases where an exception applied, each with its count ("158 of 200"); "n/a" for a year with no plans.
    /// </summary>
    /// <param name="caseload">The caseload (see the class remarks).</param>
    /// <param name="asAt">The as-at date, or null for the caseload object's <c>as_of</c>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="Send.Domain.Validation.DataException">The caseload file is missing or has errors (located in it).</exception>
    /// <exception cref="ArgumentException">The caseload or the date is not one.</exception>
    public static RawMarkdown Sen2TimelinessTable(object? caseload, object? asAt = null)
    {
        const string Function = "sen2_timeliness_table";
        var summary = CaseloadAnalytics.Summarise(Data.PlainData.CaseloadOf(caseload, Function), Data.PlainData.CaseloadDate(asAt, caseload, Function));
        var table = new MarkdownTableBuilder(("Year of issue", false), ("Within 20 weeks", true), ("Plans", true), ("Within 20 weeks, excluding exceptions", true), ("Plans", true));
        foreach (var year in summary.Timeliness)
        {
            table.Row(
                year.Year.ToString(CultureInfo.InvariantCulture),
                Percent(year.IncludingExceptions),
                ReportFunctions.FormatNumber(year.IncludingExceptions.Numerator) + " of " + ReportFunctions.FormatNumber(year.IncludingExceptions.Denominator),
                Percent(year.ExcludingExceptions),
                ReportFunctions.FormatNumber(year.ExcludingExceptions.Numerator) + " of " + ReportFunctions.FormatNumber(year.ExcludingExceptions.Denominator));
        }

        return table.Build();
    }

    /// <summary>The figures at one date that every caseload function shares.</summary>
    private static ScriptObject Figures(CaseloadSummary summary)
    {
        var result = new ScriptObject(StringComparer.Ordinal);
        var backlog = new ScriptArray();
        var total = 0;
        var beyond = 0;
        foreach (var band in summary.OpenAssessments)
        {
            var row = new ScriptObject(StringComparer.Ordinal);
            row.SetValue("label", BandLabel(band), true);
            row.SetValue("from_weeks", band.FromWeeks, true);
            row.SetValue("to_weeks", band.ToWeeks, true);
            row.SetValue("count", band.Count, true);
            backlog.Add(row);
            total += band.Count;
            beyond += band.FromWeeks >= 20 ? band.Count : 0;
        }

        result.SetValue("as_at", summary.AsAt.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), true);
        result.SetValue("case_count", summary.CaseCount, true);
        result.SetValue("overdue_reviews", summary.OverdueAnnualReviews.Count, true);
        result.SetValue("backlog", backlog, true);
        result.SetValue("backlog_total", total, true);
        result.SetValue("backlog_beyond_twenty_weeks", beyond, true);
        return result;
    }

    private static ScriptObject Month(YearMonth month, int count)
    {
        var row = new ScriptObject(StringComparer.Ordinal);
        row.SetValue("month", month.ToString("uuuu-MM", CultureInfo.InvariantCulture), true);
        row.SetValue("label", MonthLabel(month), true);
        row.SetValue("count", count, true);
        return row;
    }

    private static ScriptObject Figure(TimelinessFigure figure)
    {
        var row = new ScriptObject(StringComparer.Ordinal);
        row.SetValue("numerator", figure.Numerator, true);
        row.SetValue("denominator", figure.Denominator, true);
        row.SetValue("percent", figure.Percent, true);
        return row;
    }

    /// <summary>"Sep 2024": three letters for every month (the en-GB culture writes "Sept"), as papers label chart axes.</summary>
    private static string MonthLabel(YearMonth month) => MonthAbbreviations[month.Month - 1] + " " + month.Year.ToString(CultureInfo.InvariantCulture);

    private static string BandLabel(AssessmentAgeBand band) => band.ToWeeks is int to
        ? (band.FromWeeks == 0 ? $"Under {to} weeks" : $"{band.FromWeeks} to {to - 1} weeks")
        : $"{band.FromWeeks} weeks and over";

    private static string Percent(TimelinessFigure figure) =>
        figure.Percent is decimal percent ? percent.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";

    private static int MonthCount(string function, string name, object? given, object? caseload, int fallback)
    {
        var value = given ?? (caseload is Data.BoundObject bound && bound.TryGetValue(name, out var own) ? own : null);
        if (value is null)
        {
            return fallback;
        }

        return value switch
        {
            int i when i is >= 1 and <= 120 => i,
            long l when l is >= 1 and <= 120 => (int)l,
            decimal d when d == decimal.Truncate(d) && d is >= 1 and <= 120 => (int)d,
            _ => throw new ArgumentException($"{function}: {name} is '{value}'; expected a whole number of months from 1 to 120"),
        };
    }
}
