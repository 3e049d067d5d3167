using System.IO;
using System.Linq;
using Send.Domain.Validation;
using Send.Reporting.Reports;
using Send.Reporting.Reports.DbvSummary;
using Send.Reporting.Reports.SchoolsForumSendUpdate;
using Send.Reporting.Reports.ScrutinySendUpdate;
using Send.Reporting.Reports.StrategicUpdate;
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
    public void Load_StrategicSample_SavingsShortByRoundingIsAWarning()
    {
        // 2.8 + 3.6 + 4.7 + 4.1 + 0 + 0 = 15.2 against 15.4 (dsg-high-needs.md 12.2): a warning, not an error.
        var result = LoadSample("strategic-update");
        var warning = Assert.Single(result.Problems);
        Assert.Equal(DataProblemSeverity.Warning, warning.Severity);
        Assert.Equal("SEND-SAVINGS-TOTAL", warning.Code);
        var model = (StrategicUpdateReport)result.Model!;
        Assert.Equal(15.2m, model.Savings.StrandTotalM);
        Assert.Equal(4.4m, model.Savings.ShortfallM);
        Assert.Equal(71.4m, model.Savings.ForecastPercent);
    }

    [Fact]
    public void Load_StrategicSample_KpiVerdictsFollowPolarity()
    {
        var model = (StrategicUpdateReport)LoadSample("strategic-update").Model!;
        var byId = model.Kpis.ToDictionary(k => k.Id);
        // Attainment 8 (higher is better): 45.7 vs comparators 45.4 better, SW 47.2 worse, England 46.5 worse.
        Assert.Equal(Send.Domain.Kpis.Verdict.Better, byId["ks4-attainment8-avg"].VersusComparators);
        Assert.Equal(Send.Domain.Kpis.Verdict.Worse, byId["ks4-attainment8-avg"].VersusRegion);
        Assert.Equal(Send.Domain.Kpis.Verdict.Worse, byId["ks4-attainment8-avg"].VersusEngland);
        // NEET (lower is better): 6.4 is worse than 5, 5.8 and 5.2.
        Assert.Equal(Send.Domain.Kpis.Verdict.Worse, byId["neet-nk-16-17-pct"].VersusEngland);
        // Overweight (lower is better): 30.3 is better than all three.
        Assert.Equal(Send.Domain.Kpis.Verdict.Better, byId["ncmp-y6-overweight-incl-obese"].VersusRegion);
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
