using System.Linq;
using NodaTime;
using Send.Domain.Calendars;
using Send.Domain.Finance;
using Send.Domain.Kpis;
using Send.Domain.Statutory;
using Xunit;

namespace Send.Domain.Testing.Tests;

public sealed class BuilderTests
{
    [Fact]
    public void Caseload_Rows_NumberedFromLineTwoLikeACsv()
    {
        var rows = CaseloadBuilder.Empty
            .Issued("C1", new LocalDate(2025, 1, 13), new LocalDate(2025, 6, 2), exceptionApplies: false)
            .Open("C2", new LocalDate(2025, 6, 2))
            .Build();

        Assert.Equal(new[] { 2, 3 }, rows.Select(r => r.Line));
        Assert.Equal(new LocalDate(2025, 6, 2), rows[0].FinalIssued);
        Assert.Null(rows[1].FinalIssued);
    }

    [Fact]
    public void Caseload_FinalPlanDeadlines_AsWorkedByHand()
    {
        // C1: 13 Jan 2025 + 140 days = 2 June 2025, issued that day: met (the deadline day counts, CNT-DAY0).
        // C2: 2 June 2025 + 140 days = 20 October 2025, not issued by 10 November: 21 days overdue.
        var rows = CaseloadBuilder.Empty
            .Issued("C1", new LocalDate(2025, 1, 13), new LocalDate(2025, 6, 2), exceptionApplies: false)
            .Open("C2", new LocalDate(2025, 6, 2))
            .Build();

        var finalPlans = CaseloadAnalytics.Deadlines(rows, new LocalDate(2025, 11, 10))
            .Where(d => d.Deadline.RuleId == StatutoryRuleIds.EhcFinalPlan)
            .ToDictionary(d => d.CaseId, d => d.Deadline);

        Assert.Equal(new LocalDate(2025, 6, 2), finalPlans["C1"].Due);
        Assert.Equal(DeadlineStatus.MetOnTime, finalPlans["C1"].Status);
        Assert.Equal(new LocalDate(2025, 10, 20), finalPlans["C2"].Due);
        Assert.Equal(DeadlineStatus.Overdue, finalPlans["C2"].Status);
        Assert.Equal(21, finalPlans["C2"].DaysOverdue);
    }

    [Fact]
    public void Builders_AreImmutable_AVariationDoesNotChangeTheBase()
    {
        var baseCase = EhcCaseBuilder.RequestedOn("C1", new LocalDate(2025, 6, 2));
        _ = baseCase.FinalIssued(new LocalDate(2025, 10, 1));

        Assert.Single(baseCase.Build().Events);
        Assert.Equal(0, CaseloadBuilder.Empty.Count);
    }

    [Fact]
    public void DeficitTable_Then_RollsForwardAsWorkedByHand()
    {
        // 2023/24: 20.000 b/f + 8.500 in-year - 5.000 Safety Valve = 23.500 c/f (typed as printed).
        // 2024/25: 23.500 b/f + 6.250 - 5.000 - 1.000 local = 23.750 c/f (rolled forward by the builder).
        var table = DeficitTableBuilder.For("test-deficit.csv")
            .Year(new FinancialYear(2023), DsgYearStatus.Outturn, 20.000m, 8.500m, -5.000m, 0m, 23.500m)
            .Then(DsgYearStatus.Forecast, 6.250m, -5.000m, -1.000m)
            .Build();

        Assert.Equal(new FinancialYear(2024), table.Rows[1].Year);
        Assert.Equal(Money.FromMillions(23.500m), table.Rows[1].BroughtForward);
        Assert.Equal(Money.FromMillions(23.750m), table.Rows[1].CarriedForward);
        Assert.False(new DeficitTableReconciler().Reconcile(table).HasErrors);
    }

    [Fact]
    public void DeficitTable_PrintedRowThatDoesNotAddUp_IsFoundByTheReconciler()
    {
        // 20.000 + 8.500 - 5.000 = 23.500, printed as 24.500: a whole £1m out, far beyond 3-dp rounding.
        var table = DeficitTableBuilder.For("test-deficit.csv")
            .Year(new FinancialYear(2023), DsgYearStatus.Outturn, 20.000m, 8.500m, -5.000m, 0m, 24.500m)
            .Build();

        var reconciliation = new DeficitTableReconciler().Reconcile(table);

        Assert.True(reconciliation.HasErrors);
        Assert.Contains(reconciliation.Problems, p => p.Source == "test-deficit.csv");
    }

    [Fact]
    public void DeficitTable_ThenWithoutAFirstYear_Throws()
    {
        Assert.Throws<System.InvalidOperationException>(() => DeficitTableBuilder.For("t.csv").Then(DsgYearStatus.Forecast, 1m, 0m, 0m));
    }

    [Fact]
    public void KpiSeries_ValuesInPeriodOrder_WithSuppression()
    {
        var kpi = KpiSeriesBuilder.LocalDefinition("local-reviews-on-time-pct", KpiUnit.Percentage, KpiPeriodType.AcademicYear, Polarity.HigherIsBetter, 1);

        var series = KpiSeriesBuilder.For(kpi)
            .Value(KpiPeriod.AcademicYear(2025), 71.5m)
            .Suppressed(KpiPeriod.AcademicYear(2024))
            .Value(KpiPeriod.AcademicYear(2023), 64.0m)
            .Build();

        Assert.Equal(new[] { 2023, 2024, 2025 }, series.Select(o => o.Period.EndYear));
        Assert.Equal(KpiValue.Of(64.0m), series[0].Value);
        Assert.Equal(KpiValueStatus.Suppressed, series[1].Value.Status);
        Assert.True(kpi.IsLocal);
    }

    [Fact]
    public void SchoolCalendar_InsetDayAndExtraBankHoliday_AreClosed()
    {
        var calendar = SchoolCalendarBuilder.Named("Test")
            .Term("Autumn 1", new LocalDate(2025, 9, 3), new LocalDate(2025, 10, 24))
            .ClosedOn(new LocalDate(2025, 10, 10))
            .BankHoliday(new LocalDate(2025, 9, 19), "One-off holiday")
            .Build();

        Assert.True(calendar.IsOpen(new LocalDate(2025, 10, 9)));
        Assert.True(calendar.IsClosed(new LocalDate(2025, 10, 10)));
        Assert.True(calendar.IsClosed(new LocalDate(2025, 9, 19)));
    }

    [Fact]
    public void SchoolCalendar_ClosedBetween_MakesATermTimeClosure()
    {
        // Closed Monday 6 to Friday 31 October 2025; with the weekends either side the run is Saturday 4 October to
        // Sunday 2 November, and the school reopens Monday 3 November: 30 days.
        var calendar = SchoolCalendarBuilder.Named("Building works")
            .Term("Autumn", new LocalDate(2025, 9, 3), new LocalDate(2025, 12, 19))
            .ClosedBetween(new LocalDate(2025, 10, 6), new LocalDate(2025, 10, 31))
            .Build();

        var closure = calendar.ClosureContaining(new LocalDate(2025, 10, 15));

        Assert.NotNull(closure);
        Assert.Equal(new LocalDate(2025, 10, 4), closure.Value.FirstClosedDay);
        Assert.Equal(new LocalDate(2025, 11, 3), closure.Value.ReopeningDate);
        Assert.True(closure.Value.IsAtLeastFourWeeks);
    }
}
