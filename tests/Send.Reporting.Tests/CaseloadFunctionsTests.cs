using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Scriban.Runtime;
using Send.Domain.Validation;
using Send.Reporting.Data;
using Send.Reporting.Functions;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests;

/// <summary>
/// The caseload functions on a caseload file of <c>send timescales caseload</c>. Expected values are counted by hand
/// from the seven cases below:
/// <list type="bullet">
/// <item>A: requested 2024-01-10, plan issued 2024-05-20 (the 20-week limit is 2024-05-29: within).</item>
/// <item>B: requested 2023-01-05, plan issued 2023-03-01 (within), never reviewed: review due 2024-03-01, overdue after.</item>
/// <item>C: requested 2025-03-01, open: 30 days (4 completed weeks) at 2025-03-31.</item>
/// <item>D: requested 2024-11-01, open: 150 days (21 completed weeks) at 2025-03-31.</item>
/// <item>E: requested 2025-01-02, decision not to assess 2025-02-10: closed.</item>
/// <item>F: requested 2024-02-01, plan issued 2024-06-10 (limit 2024-06-20: within).</item>
/// <item>G: requested 2024-01-15, plan issued 2024-08-01 (limit 2024-06-03: late).</item>
/// </list>
/// </summary>
public sealed class CaseloadFunctionsTests : IDisposable
{
    private const string Caseload = """
        case_id,request_received,decision_not_to_assess,final_issued,last_review_meeting
        A,2024-01-10,,2024-05-20,
        B,2023-01-05,,2023-03-01,
        C,2025-03-01,,,
        D,2024-11-01,,,
        E,2025-01-02,2025-02-10,,
        F,2024-02-01,,2024-06-10,
        G,2024-01-15,,2024-08-01,
        """;

    private readonly TemplateFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void CaseloadSummary_AtTheEndOfMarch2025_CountsByHand()
    {
        var summary = DomainTables.CaseloadSummary(Section("2025-03-31"));

        Assert.Equal(("2025-03-31", 7, 1), (summary["as_at"], summary["case_count"], summary["overdue_reviews"]));
        // C in "Under 6 weeks", D in "20 to 29 weeks"; D is beyond 20 weeks.
        Assert.Equal(new[] { 1, 0, 0, 1, 0, 0 }, Rows(summary["backlog"]).Select(b => (int)b["count"]!));
        Assert.Equal((2, 1), (summary["backlog_total"], summary["backlog_beyond_twenty_weeks"]));
        // Requests: 2023 B; 2024 A, D, F, G (growth 300.00%); 2025 C, E (growth -50.00%).
        Assert.Equal(new[] { (2023, 1), (2024, 4), (2025, 2) }, Rows(summary["requests_by_year"]).Select(y => ((int)y["year"]!, (int)y["count"]!)));
        Assert.Equal(new decimal?[] { null, 300.00m, -50.00m }, Rows(summary["requests_by_year"]).Select(y => (decimal?)y["growth_percent"]));
        // Plans by month of issue: Mar 2023 (B), May 2024 (A), Jun 2024 (F), Aug 2024 (G).
        Assert.Equal(new[] { "Mar 2023", "May 2024", "Jun 2024", "Aug 2024" }, Rows(summary["plans_issued_by_month"]).Select(m => (string)m["label"]!));
        // SEN2 by year of issue: 2023 1 of 1; 2024 A and F of A, F, G.
        var sen2 = Rows(summary["sen2_timeliness"]).Select(y => ((int)y["year"]!, (int)((ScriptObject)y["including_exceptions"]!)["numerator"]!, (int)((ScriptObject)y["including_exceptions"]!)["denominator"]!));
        Assert.Equal(new[] { (2023, 1, 1), (2024, 2, 3) }, sen2);
    }

    [Fact]
    public void EhcpHeadlines_AtTheEndOfAugust2024_AveragesAndRequestsByHand()
    {
        // Recent 3 months Jun-Aug 2024: F, G = 2 / 3 = 0.67, 1 plan a month; previous 2 months Apr-May 2024: A = 1 / 2
        // = 0.5, 1 (half away from zero); 2023: B = 1 / 12, 0. Requests 1 Jan-31 Aug 2024: A, F, G = 3 (D is later);
        // 1 Jan-31 Aug 2023: B = 1; (3 - 1) / 1 = 200.00%. B is overdue; nothing is open (G was issued 1 August).
        var h = DomainTables.EhcpHeadlines(Section("2024-08-31"), null, 3m, 2m);

        Assert.Equal((1, 1, 0, 2023), (h["recent_monthly_average"], h["previous_monthly_average"], h["prior_year_monthly_average"], h["prior_year"]));
        Assert.Equal(("Jun 2024", "Aug 2024", 3, 2), (h["recent_from"], h["recent_to"], h["recent_months"], h["previous_months"]));
        Assert.Equal((3, 1, 200.00m), (h["requests_this_year"], h["requests_last_year"], h["requests_change_percent"]));
        Assert.Equal((1, 0), (h["overdue_reviews"], h["backlog_total"]));
        // January 2023 to August 2024, months without a plan included: 20 months, 4 plans.
        var months = Rows(h["plans_issued_by_month"]).ToList();
        Assert.Equal((20, "Jan 2023", "Sep 2023", 4), (months.Count, months[0]["label"], months[8]["label"], months.Sum(m => (int)m["count"]!)));
    }

    [Fact]
    public void BacklogAndSen2Tables_CsvBoundByName_RenderTheHandCounts()
    {
        var csv = folder.Write("cases.csv", Caseload);
        var problems = new List<DataProblem>();
        var data = ReportData.Load(new[] { new DataSource("caseload", csv) }, problems)!;
        Assert.Empty(problems);

        var backlog = DomainTables.BacklogTable(data.Globals["caseload"], "2025-03-31").Markdown;
        var sen2 = DomainTables.Sen2TimelinessTable(data.Globals["caseload"], "2025-03-31").Markdown;

        Assert.Contains("| Under 6 weeks | 1 |", backlog, StringComparison.Ordinal);
        Assert.Contains("| 20 to 29 weeks | 1 |", backlog, StringComparison.Ordinal);
        Assert.Contains("| Total [[totals]] | 2 |", backlog, StringComparison.Ordinal);
        // 2 of 3 is 66.666...%, 66.7% to one place.
        Assert.Contains("| 2024 | 66\\.7\\% | 2 of 3 | 66\\.7\\% | 2 of 3 |", sen2, StringComparison.Ordinal);
        Assert.Contains("| 2023 | 100\\.0\\% | 1 of 1 | 100\\.0\\% | 1 of 1 |", sen2, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseloadSummary_BadDateInTheCaseload_LocatedInTheCaseloadFile()
    {
        var section = Section("2025-03-31", Caseload.Replace("D,2024-11-01", "D,2024-13-01", StringComparison.Ordinal));

        var error = Assert.Throws<DataException>(() => DomainTables.CaseloadSummary(section));

        var problem = Assert.Single(error.Problems);
        Assert.Equal((Path.Combine(folder.Path, "caseload.csv"), 5, 2), (problem.Source, problem.Line, problem.Column));
        Assert.Contains("2024-13-01", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CaseloadSummary_FileOutsideTheDataFolder_LocatedAtTheMemberInTheDataFile()
    {
        var data = folder.Write("data.json", "{\n  \"ehcp\": {\n    \"caseload_file\": \"../cases.csv\",\n    \"as_of\": \"2025-03-31\"\n  }\n}\n");
        var ehcp = (BoundObject)((BoundObject)JsonData.Load(data, new List<DataProblem>())!)["ehcp"]!;

        var error = Assert.Throws<DataException>(() => DomainTables.CaseloadSummary(ehcp));

        var problem = Assert.Single(error.Problems);
        Assert.Equal((data, 3, "SEND-REPORT-FILE", "ehcp.caseload_file"), (problem.Source, problem.Line, problem.Code, problem.Field));
    }

    [Fact]
    public void EhcpHeadlines_NoDate_SaysWhereToGiveOne()
    {
        var data = folder.Write("data.json", "{ \"ehcp\": { \"caseload_file\": \"caseload.csv\" } }");
        folder.Write("caseload.csv", Caseload);
        var ehcp = (BoundObject)((BoundObject)JsonData.Load(data, new List<DataProblem>())!)["ehcp"]!;

        var error = Assert.Throws<ArgumentException>(() => DomainTables.EhcpHeadlines(ehcp));

        Assert.StartsWith("ehcp_headlines: no as-at date", error.Message, StringComparison.Ordinal);
    }

    private BoundObject Section(string asOf, string caseload = Caseload)
    {
        folder.Write("caseload.csv", caseload);
        var data = folder.Write("data.json", "{ \"ehcp\": { \"caseload_file\": \"caseload.csv\", \"as_of\": \"" + asOf + "\" } }");
        var problems = new List<DataProblem>();
        var root = (BoundObject)JsonData.Load(data, problems)!;
        Assert.Empty(problems);
        return (BoundObject)root["ehcp"]!;
    }

    private static IEnumerable<ScriptObject> Rows(object? array) => ((ScriptArray)array!).Cast<ScriptObject>();
}
