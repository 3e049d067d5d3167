using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Send.Domain.Validation;
using Send.Reporting.Reports;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests.Reports;

/// <summary>The sample data of each template loads without errors and gives the figures in the seed papers.</summary>
public sealed class SampleDataTests
{
    public static TheoryData<string> Reports() => new("scrutiny-send-update", "schools-forum-send-update", "dbv-summary", "strategic-update");

    internal static ReportLoadResult LoadSample(string name)
    {
        var folder = Path.Combine(Approved.RepositoryRoot(), "templates", name);
        return ReportLoader.Load(folder, Path.Combine(folder, ReportLoader.SampleFileName));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Load_Sample_HasNoErrors(string name)
    {
        var result = LoadSample(name);
        Assert.Empty(result.Problems.Where(p => p.Severity == DataProblemSeverity.Error).Select(p => p.ToString()));
        Assert.NotNull(result.Model);
    }

    [Fact]
    public void EhcpHeadlines_ScrutinySample_MatchDevonPaper()
    {
        // Seed 001, 3.3: 158 a month over the six months to November, 80 over the previous five, 83 in 2023;
        // requests up 18.42% (2,250 against 1,900: 350 / 1,900 = 18.421...%); overdue annual reviews down from 1,070
        // at 31 May 2024 (the caseload as it stood then) to 900.
        var data = SampleData("scrutiny-send-update");
        var ehcp = (Send.Reporting.Data.BoundObject)data["ehcp"]!;

        var h = Send.Reporting.Functions.DomainTables.EhcpHeadlines(ehcp);
        var earlier = Send.Reporting.Functions.DomainTables.CaseloadSummary(ehcp["earlier"]);

        Assert.Equal((158, 80, 83, 2023), (h["recent_monthly_average"], h["previous_monthly_average"], h["prior_year_monthly_average"], h["prior_year"]));
        Assert.Equal((2250, 1900, 18.42m), (h["requests_this_year"], h["requests_last_year"], h["requests_change_percent"]));
        Assert.Equal((1070, "2024-05-31"), (earlier["overdue_reviews"], earlier["as_at"]));
        Assert.Equal((900, "2024-11-30"), (h["overdue_reviews"], h["as_at"]));
        Assert.Equal(("Jun 2024", "Nov 2024"), (h["recent_from"], h["recent_to"]));
    }

    [Fact]
    public void RenderMarkdown_ScrutinySample_FinanceStatesOnlyThePapersFigures()
    {
        // Seed 001, 5.2-5.3: £51.6m against £31.2m is an increase of £20.4m; about 9,800 plans at £17,000 each. The
        // paper states neither a percentage over plan nor an annual cost of the plans, so the report does not either.
        var markdown = RenderSample("scrutiny-send-update");
        Assert.Contains("an increase of £20\\.4m at month 8", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("over plan", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("166", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Forecast delivery", markdown, StringComparison.Ordinal);
        Assert.Contains("| Not allocated to a strand | | 0\\.2 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_StrategicSample_SavingsFiguresFollowFromTheStrands()
    {
        // 2.8 + 3.6 + 4.7 + 4.1 + 0 + 0 = 15.2 against 15.4 (dsg-high-needs.md 12.2): 0.2 unallocated; 11.0 of 15.4 is
        // 71.4% (71.428...), a shortfall of 4.4. The strategic update renders on the generic route: the template sums.
        var folder = RepoPaths.Combine("templates", "strategic-update");
        var markdown = new ReportPack().RenderMarkdown(folder, Path.Combine(folder, ReportLoader.SampleFileName), TestContext.Current.CancellationToken);
        Assert.Contains("| Not allocated to a strand | 0\\.2 |", markdown, StringComparison.Ordinal);
        Assert.Contains("(71\\.4\\%), a shortfall of £4\\.4m", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void KpiVerdicts_StrategicSampleRows_FollowPolarity()
    {
        var problems = new List<DataProblem>();
        var data = (Send.Reporting.Data.BoundObject)Send.Reporting.Data.JsonData.Load(RepoPaths.Combine("templates", "strategic-update", ReportLoader.SampleFileName), problems)!;
        var byId = ((Scriban.Runtime.ScriptArray)data["kpis"]!).Cast<Send.Reporting.Data.BoundObject>().ToDictionary(k => (string)k["id"]!, ReportPackFunctions.KpiVerdicts);
        // Attainment 8 (higher is better): 45.7 vs comparators 45.4 better, SW 47.2 worse, England 46.5 worse.
        Assert.Equal("better", byId["ks4-attainment8-avg"]["versus_comparators"]);
        Assert.Equal("worse", byId["ks4-attainment8-avg"]["versus_region"]);
        Assert.Equal("worse", byId["ks4-attainment8-avg"]["versus_england"]);
        // NEET (lower is better): 6.4 is worse than 5, 5.8 and 5.2.
        Assert.Equal("worse", byId["neet-nk-16-17-pct"]["versus_england"]);
        // Overweight (lower is better): 30.3 is better than all three.
        Assert.Equal("better", byId["ncmp-y6-overweight-incl-obese"]["versus_region"]);
    }

    [Fact]
    public void KpiVerdicts_RowDecimals_OverrideTheCatalogueAsTheSourcePrints()
    {
        // Seed 000 prints the CLA rate as 61.0 in a column of one-decimal figures; the catalogue's precision is 0 (#18).
        var problems = new List<DataProblem>();
        var data = (Send.Reporting.Data.BoundObject)Send.Reporting.Data.JsonData.Load(RepoPaths.Combine("templates", "strategic-update", ReportLoader.SampleFileName), problems)!;
        var cla = ((Scriban.Runtime.ScriptArray)data["kpis"]!).Cast<Send.Reporting.Data.BoundObject>().Single(k => (string)k["id"]! == "cla-rate-per-10k");

        Assert.Equal(1, ReportPackFunctions.KpiVerdicts(cla)["display_decimals"]);
        Assert.Equal("61.0", Send.Reporting.Functions.ReportFunctions.FormatNumber(cla["value"], 1));
    }

    [Fact]
    public void KpiVerdicts_RowDecimalsNotAWholeNumber_IsLocated()
    {
        var problems = new List<DataProblem>();
        var row = (Send.Reporting.Data.BoundObject)Send.Reporting.Data.JsonData.Parse("{ \"id\": \"cla-rate-per-10k\", \"value\": 61, \"decimals\": 1.5 }", "data.json", problems)!;

        var error = Assert.Throws<DataException>(() => ReportPackFunctions.KpiVerdicts(row));

        Assert.Contains("SEND-KPI-DECIMALS: decimals: ", Assert.Single(error.Problems).ToString(), StringComparison.Ordinal);
        Assert.Contains("found '1.5'", Assert.Single(error.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void KpiVerdicts_UnknownId_IsLocatedAtTheIdInTheDataFile()
    {
        var problems = new List<DataProblem>();
        var row = (Send.Reporting.Data.BoundObject)Send.Reporting.Data.JsonData.Parse("{\n  \"kpis\": [\n    { \"value\": 1,\n      \"id\": \"no-such-kpi\" }\n  ]\n}", "data.json", problems)!;
        var first = (Send.Reporting.Data.BoundObject)((Scriban.Runtime.ScriptArray)row["kpis"]!)[0]!;

        var error = Assert.Throws<DataException>(() => ReportPackFunctions.KpiVerdicts(first));

        Assert.Equal("data.json(4,7): SEND-KPI-ID: kpis[0].id: unknown KPI id (found 'no-such-kpi'; expected an id from the KPI catalogue (docs: kpis.md section 2), such as ks4-attainment8-avg)", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void RenderMarkdown_SchoolsForumSample_PrintsThePapersTableAsPublished()
    {
        // Seed 002, paragraph 16: 61.184 and 34.509 as printed (their parts add to 61.183 and 34.510), and nothing the
        // paper does not print: no rounding column, no totals over the plan, no note that Send checked the table.
        var markdown = RenderSample("schools-forum-send-update");
        Assert.Contains("| Cumulative DSG deficit carried forward [[totals]] | 28\\.706 | 61\\.184 | 77\\.319 | 99\\.198 | 99\\.926 | 34\\.509 |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Rounding", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("checked by Send", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Total", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderMarkdown_DbvSample_StatesTheSlidesFigures()
    {
        // Seed 003: expenditure +68% (50.7 / 30.2 = 1.6788) and caseload +84% (2,410 / 1,310 = 1.8397) over six
        // years; 53% ideal outcomes (17 of 32 = 53.1%); £58m-£63m in 2028, an overspend of £10m-£15m (58 - 48,
        // 63 - 48); cumulative £70m-£75m (12.5 + 10 + 11.5 + 12.5 + 13.5 + 10, + 15), £13m-£18m below the
        // unmitigated £88m. No range prints the same figure twice.
        var markdown = RenderSample("dbv-summary");
        Assert.Contains("has risen 68% in the last 6 years.", markdown, StringComparison.Ordinal);
        Assert.Contains("has increased by 84% in the last 6 years.", markdown, StringComparison.Ordinal);
        Assert.Contains("In 53% of cases, practitioners", markdown, StringComparison.Ordinal);
        Assert.Contains("expenditure of £58m–£63m in 2027\\/28: an annual overspend of £10m–£15m.", markdown, StringComparison.Ordinal);
        Assert.Contains("a cumulative high needs deficit of £70m–£75m by 2027\\/28, a reduction of £13m–£18m", markdown, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(£[0-9.\\]+m)–\1(?![0-9])", markdown);
    }

    private static Send.Reporting.Data.BoundObject SampleData(string name)
    {
        var problems = new List<DataProblem>();
        var data = (Send.Reporting.Data.BoundObject)Send.Reporting.Data.JsonData.Load(RepoPaths.Combine("templates", name, ReportLoader.SampleFileName), problems)!;
        Assert.Empty(problems);
        return data;
    }

    private static string RenderSample(string name)
    {
        var folder = RepoPaths.Combine("templates", name);
        return new ReportPack().RenderMarkdown(folder, Path.Combine(folder, ReportLoader.SampleFileName), TestContext.Current.CancellationToken);
    }
}
