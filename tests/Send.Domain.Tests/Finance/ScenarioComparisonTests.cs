using System;
using System.Linq;
using FsCheck.Xunit;
using Send.Domain.Finance;
using Send.Domain.Validation;
using Xunit;
using static Send.Domain.Tests.Finance.Seeds;

namespace Send.Domain.Tests.Finance;

/// <summary>Scenarios and plan versions compared year by year (#17, "Scenarios and versions"); figures worked by hand.</summary>
public sealed class ScenarioComparisonTests
{
    private static ScenarioYear[] Series(string first, params decimal[] millions) =>
        millions.Select((m, i) => new ScenarioYear(new Send.Domain.Calendars.FinancialYear(Fy(first).StartYear + i), M(m))).ToArray();

    [Fact]
    public void Compare_InYearFlows_DifferenceAndRunningTotal()
    {
        // Invented Anyshire: unmitigated 13.0, 12.5, 11.0, 10.2; mitigated (low) 10.0, 5.5, 1.5, -1.0.
        // Differences -3.0, -7.0, -9.5, -11.2; cumulative -3.0, -10.0, -19.5, -30.7 (= 16.0 - 46.7).
        var c = ScenarioComparison.Compare("Unmitigated", "Low", ForecastMeasure.InYear, Series("2025/26", 13.0m, 12.5m, 11.0m, 10.2m), Series("2025/26", 10.0m, 5.5m, 1.5m, -1.0m));
        Assert.Equal(new[] { M(-3.0m), M(-7.0m), M(-9.5m), M(-11.2m) }, c.Years.Select(y => y.Difference!.Value));
        Assert.Equal(new[] { M(-3.0m), M(-10.0m), M(-19.5m), M(-30.7m) }, c.Years.Select(y => y.Cumulative!.Value));
        Assert.Equal(M(-30.7m), c.Total);
    }

    [Fact]
    public void Compare_Balance_CumulativeIsTheDifference()
    {
        // A c/f is already cumulative: original 26.0, 27.5; revised 27.4, 30.65 -> +1.4, +3.15 both columns.
        var c = ScenarioComparison.Compare("Original", "Revised", ForecastMeasure.CarriedForward, Series("2024/25", 26.0m, 27.5m), Series("2024/25", 27.4m, 30.65m));
        Assert.True(c.IsBalance);
        Assert.Equal(new[] { M(1.4m), M(3.15m) }, c.Years.Select(y => y.Cumulative!.Value));
    }

    [Fact]
    public void Compare_YearOnlyInOne_NoDifferenceThatYear()
    {
        var c = ScenarioComparison.Compare("A", "B", ForecastMeasure.InYear, Series("2024/25", 1m, 2m), Series("2025/26", 5m, 7m));
        Assert.Equal(new[] { "2024/25", "2025/26", "2026/27" }, c.Years.Select(y => y.Year.ToString()));
        Assert.Null(c.Years[0].Difference);
        Assert.Null(c.Years[0].Cumulative);
        Assert.Equal(M(3m), c.Years[1].Difference);
        Assert.Null(c.Years[2].Difference);
        Assert.Equal(M(3m), c.Years[2].Cumulative);
    }

    [Fact]
    public void Compare_YearTwice_Throws()
    {
        var twice = new[] { new ScenarioYear(Fy("2024/25"), M(1m)), new ScenarioYear(Fy("2024/25"), M(2m)) };
        Assert.Throws<ArgumentException>(() => ScenarioComparison.Compare("A", "B", ForecastMeasure.InYear, twice, Series("2024/25", 1m)));
    }

    private static PublishedDeficitTable Dbv(params ForecastScenario[] scenarios) =>
        new PublishedDeficitTable("dbv.json", new[] { Row("2027/28", DsgYearStatus.Forecast, 60m, 15m, 0m, 0m, 75m) }) { Scenarios = scenarios };

    private static ForecastScenario Scenario(string name, ScenarioKind kind, ScenarioBound bound, decimal amount) =>
        new(name, kind, Series("2027/28", amount)) { Bound = bound, Measure = ForecastMeasure.CarriedForward };

    [Fact]
    public void Scenarios_DbvRange_ReductionsOf18And13()
    {
        // DBV diagnostic (seed 003): HNB cumulative deficit £70m-£75m by 2028, "a reduction of £13m-£18m", so the
        // unmitigated figure is 88 [D: 70 + 18 = 75 + 13]. Low: 70 - 88 = -18; high: 75 - 88 = -13.
        var result = new DeficitTableReconciler().Reconcile(Dbv(
            Scenario("Unmitigated", ScenarioKind.Unmitigated, ScenarioBound.Central, 88m),
            Scenario("Mitigated (lower bound)", ScenarioKind.Mitigated, ScenarioBound.Low, 70m),
            Scenario("Mitigated (upper bound)", ScenarioKind.Mitigated, ScenarioBound.High, 75m)));
        Assert.Equal(new[] { M(-18m), M(-13m) }, result.Comparisons.Select(c => c.Years.Single().Difference!.Value));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Scenarios_LowAboveHigh_LocatedError()
    {
        var result = new DeficitTableReconciler().Reconcile(Dbv(
            Scenario("Unmitigated", ScenarioKind.Unmitigated, ScenarioBound.Central, 88m),
            Scenario("Low", ScenarioKind.Mitigated, ScenarioBound.Low, 75m),
            Scenario("High", ScenarioKind.Mitigated, ScenarioBound.High, 70m)));
        var problem = Assert.Single(result.Problems);
        Assert.Equal("scenarios[1].years[0].amount", problem.Field);
        Assert.Equal("SEND-FIN-SCENARIO", problem.Code);
        Assert.Equal(DataProblemSeverity.Error, problem.Severity);
    }

    [Fact]
    public void Scenarios_MitigatedWorseThanUnmitigated_Warning()
    {
        var result = new DeficitTableReconciler().Reconcile(Dbv(
            Scenario("Unmitigated", ScenarioKind.Unmitigated, ScenarioBound.Central, 70m),
            Scenario("Mitigated", ScenarioKind.Mitigated, ScenarioBound.Central, 88m)));
        var problem = Assert.Single(result.Problems);
        Assert.Equal("scenarios[1].years[0].amount", problem.Field);
        Assert.Equal(DataProblemSeverity.Warning, problem.Severity);
    }

    [Fact]
    public void Scenarios_DifferentMeasures_NotCompared()
    {
        var inYear = new ForecastScenario("Mitigated", ScenarioKind.Mitigated, Series("2027/28", 10m)) { Measure = ForecastMeasure.InYear };
        var result = new DeficitTableReconciler().Reconcile(Dbv(Scenario("Unmitigated", ScenarioKind.Unmitigated, ScenarioBound.Central, 88m), inYear));
        Assert.Empty(result.Comparisons);
        Assert.Equal("scenarios[1].measure", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public void PlanVersions_RevisedAgainstOriginal()
    {
        // Wiltshire (seed 002, paragraph 15): "the residual deficit at the end of the plan will increase by £34.5m
        // compared with the agreed Safety Valve plan": revised 2028/29 c/f 34.509 against an original that cleared it (0.0) [D].
        var original = new PlanVersion("Agreed Safety Valve plan", PlanVersionRole.Original, ForecastMeasure.CarriedForward, Series("2028/29", 0m));
        var revised = new PlanVersion("Revised forecast", PlanVersionRole.Revised, ForecastMeasure.CarriedForward, Series("2028/29", 34.509m)) { FromTable = true };
        var table = new PublishedDeficitTable("w.json", WiltshireTable().Rows) { PlanVersions = new[] { original, revised } };
        var comparison = Assert.Single(new DeficitTableReconciler().Reconcile(table).Comparisons);
        Assert.Equal(M(34.509m), comparison.Total);
        Assert.Equal("Agreed Safety Valve plan", comparison.BaselineName);
    }

    [Property]
    public bool Compare_Flows_LastCumulativeIsDifferenceOfTotals(int[] baseline, int[] other)
    {
        var b = Series("2020/21", (baseline ?? Array.Empty<int>()).Take(30).Select(x => x / 1000m).ToArray());
        var o = Series("2020/21", (other ?? Array.Empty<int>()).Take(30).Select(x => x / 1000m).ToArray());
        var c = ScenarioComparison.Compare("b", "o", ForecastMeasure.Expenditure, b, o);
        var common = Math.Min(b.Length, o.Length);
        var expected = Money.Sum(o.Take(common).Select(y => y.Amount)) - Money.Sum(b.Take(common).Select(y => y.Amount));
        return common == 0 ? c.Total is null : c.Total == expected;
    }

    [Property]
    public bool Compare_Balances_CumulativeEqualsDifference(int[] baseline, int[] other)
    {
        var c = ScenarioComparison.Compare(
            "b",
            "o",
            ForecastMeasure.CarriedForward,
            Series("2020/21", (baseline ?? Array.Empty<int>()).Take(30).Select(x => x / 1000m).ToArray()),
            Series("2020/21", (other ?? Array.Empty<int>()).Take(30).Select(x => x / 1000m).ToArray()));
        return c.Years.Where(y => y.Difference is not null).All(y => y.Cumulative == y.Difference);
    }
}
