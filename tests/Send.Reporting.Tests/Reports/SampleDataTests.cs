using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Send.Domain.Validation;
using Send.Reporting.Reports;
using Send.Reporting.Reports.DbvSummary;
using Send.Reporting.Reports.SchoolsForumSendUpdate;
using Send.Reporting.Reports.ScrutinySendUpdate;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests.Reports;

/// <summary>The sample data of each template loads without errors and gives the figures in the seed papers.</summary>
public sealed class SampleDataTests
{
    public static TheoryData<string> Reports() => new(ReportCatalog.All.Select(d => d.Name));

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
    public void Load_ScrutinySample_HeadlinesMatchDevonPaper()
    {
        // Seed 001, 3.3: 158 a month over the six months to November, 80 over the previous five, 83 in 2023;
        // requests up 18.42%; overdue annual reviews down from 1,070 to 900.
        var model = (ScrutinySendUpdateReport)LoadSample("scrutiny-send-update").Model!;
        var h = model.Headlines!;
        Assert.Equal(158, h.RecentMonthlyAverage);
        Assert.Equal(80, h.PreviousMonthlyAverage);
        Assert.Equal(83, h.PriorYearMonthlyAverage);
        Assert.Equal(18.42m, h.RequestsChangePercent);
        Assert.Equal(1070, h.OverdueReviewsAtStart);
        Assert.Equal(900, h.OverdueReviewsAtEnd);
        Assert.Equal(new NodaTime.LocalDate(2024, 5, 31), h.OverdueFrom);
    }

    [Fact]
    public void Load_ScrutinySample_FinanceMatchesDevonPaper()
    {
        // Seed 001, 5.2-5.3: £51.6m against £31.2m is £20.4m; ~9,800 plans at £17,000 is £166.6m (hand calculation).
        var model = (ScrutinySendUpdateReport)LoadSample("scrutiny-send-update").Model!;
        Assert.Equal(20.4m, model.Finance.VarianceM);
        Assert.Equal(65.4m, model.Finance.VariancePercent);
        Assert.Equal(166.6m, model.Finance.AnnualPlanCostM);
        Assert.Equal(30, model.HighestRiskScore);
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
    public void Load_SchoolsForumSample_TableReconcilesWithinRounding()
    {
        var model = (SchoolsForumSendUpdateReport)LoadSample("schools-forum-send-update").Model!;
        var d = model.Deficit;
        Assert.True(d.Reconciled);
        // dsg-high-needs.md 12.1: 2024/25 is +0.001 and 2028/29 -0.001 from the sum of displayed parts.
        Assert.Equal(new[] { 0.000m, 0.001m, 0.000m, 0.000m, 0.000m, -0.001m }, d.Years.Select(y => y.DifferenceM));
        Assert.Equal(-67.000m, d.SafetyValveTotalM);
        Assert.Equal(-70.267m, d.LocalTotalM);
        Assert.Equal(34.509m, d.ResidualM);
        // The finance library's reconciler agrees: 2024/25 and 2028/29 are explained by rounding, the rest exact.
        Assert.Equal(
            new[] { Send.Domain.Finance.ReconciliationVerdict.Exact, Send.Domain.Finance.ReconciliationVerdict.Rounding, Send.Domain.Finance.ReconciliationVerdict.Exact, Send.Domain.Finance.ReconciliationVerdict.Exact, Send.Domain.Finance.ReconciliationVerdict.Exact, Send.Domain.Finance.ReconciliationVerdict.Rounding },
            d.Years.Select(y => y.Verdict));
    }

    [Fact]
    public void Load_DbvSample_GrowthMatchesSlides()
    {
        // Seed 003: expenditure +68% and caseload +84% over six years; £70m-£75m cumulative by 2028, £13m-£18m below unmitigated.
        var model = (DbvSummaryReport)LoadSample("dbv-summary").Model!;
        Assert.Equal(68m, model.ExpenditureGrowthPercent);
        Assert.Equal(84m, model.CaseloadGrowthPercent);
        Assert.Equal(6, model.HistorySpanYears);
        Assert.Equal(70.0m, model.Scenarios.CumulativeMitigatedLowM[^1]);
        Assert.Equal(75.0m, model.Scenarios.CumulativeMitigatedHighM[^1]);
        Assert.Equal(13.0m, model.Scenarios.ReductionLowM);
        Assert.Equal(18.0m, model.Scenarios.ReductionHighM);
        Assert.Equal(53m, model.CaseReview!.IdealPercent);
    }
}
