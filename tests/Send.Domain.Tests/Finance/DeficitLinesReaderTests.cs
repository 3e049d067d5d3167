using Send.Data.Finance;
using Send.Domain.Finance;
using Xunit;
using static Send.Domain.Tests.Finance.Seeds;

namespace Send.Domain.Tests.Finance;

/// <summary>Reading the further lines, scenarios, versions, re-profile and history from a deficit table file.</summary>
public sealed class DeficitLinesReaderTests
{
    private const string Minimal = """
        { "years": [ { "year": "2025/26", "status": "forecast", "monitoring": "MONITORING", "brought_forward": 27.4, "in_year": 10.25, "safety_valve": -5.0, "local": -2.0, "carried_forward": 30.65 } ] }
        """;

    [Fact]
    public void Read_LinesSample_AllLinesAndChecks()
    {
        var document = DeficitTableReader.Read(Sample("anyshire-lines-deficit.json"), "l.json").GetValueOrThrow();
        var table = document.Table;
        var lines = table.Rows[1].Lines;
        Assert.Equal(MonitoringPeriod.OfMonth(7), lines.Monitoring);
        Assert.Equal(M(93.750m), lines.Funding!.Expenditure!.Value.Amount);
        Assert.Equal(M(36.500m), lines.HighNeeds!.CarriedForward.Amount);
        Assert.Equal(3, lines.Positions.Count);
        Assert.Equal(StatutoryOverrideStatus.NotCovered, table.Rows[4].Lines.StatutoryOverride);
        Assert.Equal(3, table.Scenarios.Count);
        Assert.Equal(ScenarioBound.Low, table.Scenarios[1].Bound);
        Assert.Equal(ForecastMeasure.InYear, table.Scenarios[1].Measure);
        Assert.True(table.PlanVersions[1].FromTable);
        Assert.Equal(M(3.650m), table.PlanVersions[1].AmountIn(Fy("2028/29")));
        Assert.Equal(M(10m), document.SafetyValve!.CurrentSchedule.Paid);
        Assert.Equal(RagTrend.Improved, document.SafetyValve.Conditions[1].Trend);

        // No rag given: the latest round's rating is the condition's.
        Assert.Equal(RagStatus.Amber, document.SafetyValve.Conditions[1].Rag);

        var result = new DeficitTableReconciler().Reconcile(table, document.SafetyValve);
        Assert.Equal(7, result.Lines.Count);
        Assert.All(result.Lines, l => Assert.Equal(ReconciliationVerdict.Exact, l.Verdict));

        // Mitigated low, mitigated high, this table against the plan, the re-profile.
        Assert.Equal(4, result.Comparisons.Count);
        Assert.Equal(M(-30.7m), result.Comparisons[0].Total);
        Assert.Equal(M(-19.7m), result.Comparisons[1].Total);
        Assert.Equal(M(3.65m), result.Comparisons[2].Total);
        Assert.Equal(Money.Zero, result.Comparisons[3].Total);

        // Only warning: 2028/29's deficit is after the last known override period.
        var problem = Assert.Single(result.Problems);
        Assert.Equal("SEND-FIN-OVERRIDE", problem.Code);
    }

    [Fact]
    public void Read_OldFiles_LoadWithoutLines()
    {
        foreach (var file in new[] { "wiltshire-deficit.json", "anyshire-printed-deficit.json" })
        {
            var table = DeficitTableReader.Read(Sample(file), file).GetValueOrThrow().Table;
            Assert.All(table.Rows, r => Assert.True(r.Lines.IsEmpty));
            Assert.Empty(table.Scenarios);
            Assert.Empty(table.PlanVersions);
        }
    }

    [Fact]
    public void Read_MonitoringNotAPeriod_LocatedError()
    {
        var result = DeficitTableReader.Read(Minimal.Replace("MONITORING", "August", System.StringComparison.Ordinal), "m.json");
        var problem = Assert.Single(result.Problems);
        Assert.Equal("years[0].monitoring", problem.Field);
        Assert.Equal("August", problem.Value);
        Assert.Equal(1, problem.Line);
        Assert.Contains("Month 7", problem.Expected, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ScenarioYearMissing_LocatedError()
    {
        const string json = """
            { "years": [ { "year": "2025/26", "brought_forward": 1, "in_year": 1, "safety_valve": 0, "local": 0, "carried_forward": 2 } ],
              "scenarios": [ { "name": "Unmitigated", "kind": "unmitigated", "years": [ { "year": "2025/26", "amount": 1 }, { "year": "2027/28", "amount": 2 } ] } ] }
            """;
        var problem = Assert.Single(DeficitTableReader.Read(json, "s.json").Problems);
        Assert.Equal("scenarios[0].years[1].year", problem.Field);
        Assert.Equal(2, problem.Line);
        Assert.Contains("2026/27", problem.Expected, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownField_SchemaNamesIt()
    {
        var result = DeficitTableReader.Read(Minimal.Replace("\"monitoring\": \"MONITORING\"", "\"monitoring_month\": 7", System.StringComparison.Ordinal), "u.json");
        Assert.True(result.HasErrors);
        Assert.Contains(result.Problems, p => p.Message.Contains("monitoring_month", System.StringComparison.Ordinal) || (p.Field ?? string.Empty).Contains("monitoring_month", System.StringComparison.Ordinal));
    }
}
