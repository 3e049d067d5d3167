using System.Linq;
using Send.Data.Finance;
using Send.Domain.Finance;
using Send.Domain.Validation;
using Xunit;
using static Send.Domain.Tests.Finance.Seeds;

namespace Send.Domain.Tests.Finance;

public sealed class FinanceIoTests
{
    [Fact]
    public void DeficitTableReader_WiltshireSample_ReconcilesAsReference()
    {
        var result = DeficitTableReader.Read(Sample("wiltshire-deficit.json"), "wiltshire-deficit.json");

        Assert.Empty(result.Problems);
        var document = result.GetValueOrThrow();
        Assert.Equal(6, document.Table.Rows.Count);
        var reconciliation = new DeficitTableReconciler().Reconcile(document.Table);
        Assert.Equal(new[] { 0, 1, 0, 0, 0, 1 }, reconciliation.Years.Select(y => (int)y.Verdict));
        Assert.Equal(DsgYearStatus.Outturn, document.Table.Rows[0].Status);
    }

    [Fact]
    public void DeficitTableReader_WiltshireSample_SafetyValveReproducesPaper()
    {
        var document = DeficitTableReader.Read(Sample("wiltshire-deficit.json"), "w.json").GetValueOrThrow();
        var agreement = document.SafetyValve!;
        Assert.Equal(M(67m), agreement.Schedule.Total);
        Assert.Equal(M(29.033m), agreement.Schedule.Paid);
        Assert.Equal(7, agreement.Conditions.Count);
        Assert.Equal(RagStatus.Amber, agreement.Conditions.Single(c => c.Id == "3.1").Rag);

        var evaluation = agreement.Evaluate(new DeficitTableReconciler().Reconcile(document.Table).Account!);
        var ceiling = evaluation.Assessments.Single(a => a.Condition.Id == "2");
        Assert.Equal(M(10.156m), ceiling.VarianceToPlan!.Variance);
        Assert.Equal(M(84.5m), ceiling.Variance!.Plan);
        Assert.Equal(M(70.267m), evaluation.PlannedCouncilContribution);
    }

    [Fact]
    public void DeficitTableReader_TextWhereNumber_ProblemNamesFieldAndLine()
    {
        // Text as printed ("39.177") is a figure now; text that is no figure at all is a problem with its line.
        var json = Sample("wiltshire-deficit.json").Replace("\"in_year\": 39.177", "\"in_year\": \"n/a\"", System.StringComparison.Ordinal);
        var result = DeficitTableReader.Read(json, "w.json");

        Assert.True(result.HasErrors);
        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("years[1].in_year", problem.Field);
        Assert.Equal(11, problem.Line);
        Assert.Contains("not a figure", problem.Message);
        Assert.Equal("n/a", problem.Value);
    }

    [Fact]
    public void DeficitTableReader_BadYearLabel_ProblemNamesField()
    {
        var json = Sample("wiltshire-deficit.json").Replace("\"year\": \"2026/27\", \"status\"", "\"year\": \"2026/28\", \"status\"", System.StringComparison.Ordinal);
        var result = DeficitTableReader.Read(json, "w.json");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("years[3].year", problem.Field);
        Assert.Equal("2026/28", problem.Value);
        Assert.Contains("2024/25", problem.Expected);
    }

    [Fact]
    public void DeficitTableReader_YearMissing_ReconcilerNamesIt()
    {
        var lines = Sample("wiltshire-deficit.json").Split('\n').Where(l => !l.Contains("\"year\": \"2025/26\", \"status\"", System.StringComparison.Ordinal));
        var document = DeficitTableReader.Read(string.Join('\n', lines), "w.json").GetValueOrThrow();
        var problem = Assert.Single(new DeficitTableReconciler().Reconcile(document.Table).Problems);
        Assert.Equal("years[2].year", problem.Field);
        Assert.Contains("2025/26 is missing", problem.Message);
        Assert.Equal("w.json: years[2].year: 2026/27 follows 2024/25, so 2025/26 is missing (found '2026/27'; expected 2025/26)", problem.ToString().Replace("SEND-FIN-YEARS: ", string.Empty, System.StringComparison.Ordinal));
    }

    [Fact]
    public void DeficitTableReader_BroughtForwardMismatch_ReconcilerNamesYearAndField()
    {
        var json = Sample("wiltshire-deficit.json").Replace("\"brought_forward\": 77.319", "\"brought_forward\": 77.419", System.StringComparison.Ordinal);
        var document = DeficitTableReader.Read(json, "w.json").GetValueOrThrow();
        var result = new DeficitTableReconciler().Reconcile(document.Table);
        Assert.Contains(result.Problems, p => p.Field == "years[3].brought_forward" && p.Message.Contains("2026/27", System.StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Field == "years[3].carried_forward");
    }

    [Fact]
    public void DeficitTableReader_MissingRequiredField_SchemaProblem()
    {
        var json = Sample("wiltshire-deficit.json").Replace("\"carried_forward\": 28.706", "\"c_f\": 28.706", System.StringComparison.Ordinal);
        var result = DeficitTableReader.Read(json, "w.json");
        Assert.True(result.HasErrors);
        Assert.Contains(result.Problems, p => p.Message.Contains("carried_forward", System.StringComparison.Ordinal));
    }

    [Fact]
    public void DeficitTableReader_MoreDecimalsThanPrinted_Warning()
    {
        var json = Sample("wiltshire-deficit.json").Replace("\"in_year\": 39.177", "\"in_year\": 39.1774", System.StringComparison.Ordinal);
        var result = DeficitTableReader.Read(json, "w.json");
        Assert.False(result.HasErrors);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("years[1].in_year", warning.Field);
    }

    [Fact]
    public void DeficitTableReader_ScheduleShortOfTotal_WarningNamesField()
    {
        var json = Sample("wiltshire-deficit.json").Replace("\"amount\": 13.4", "\"amount\": 12.4", System.StringComparison.Ordinal);
        var result = DeficitTableReader.Read(json, "w.json");
        Assert.False(result.HasErrors);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("safety_valve.payments", warning.Field);
        Assert.Contains("£66.000m", warning.Message);
    }

    [Fact]
    public void DeficitTableReader_PaymentOutsideAgreement_WarningNamesPayment()
    {
        var json = Sample("wiltshire-deficit.json").Replace("{ \"year\": \"2028/29\", \"amount\": 13.4", "{ \"year\": \"2029/30\", \"amount\": 13.4", System.StringComparison.Ordinal);
        var warning = Assert.Single(DeficitTableReader.Read(json, "w.json").Warnings);
        Assert.Equal("safety_valve.payments[7].year", warning.Field);
        Assert.Equal("2029/30", warning.Value);
    }

    [Fact]
    public void SavingsProgrammeReader_DevonSample_WarningAndTotals()
    {
        var result = SavingsProgrammeReader.Read(Sample("devon-savings.json"), "devon-savings.json");
        var programme = result.GetValueOrThrow();
        Assert.Equal(M(15.2m), programme.StrandTargetTotal);
        Assert.Equal(71.4m, programme.DeliveryPercent);
        Assert.Equal(M(4.4m), programme.Shortfall);
        var warning = Assert.Single(result.Problems);
        Assert.Equal(DataProblemSeverity.Warning, warning.Severity);
        Assert.Equal(6, programme.Strands.Count);
        Assert.Equal(4, programme.Tolerance.Parts);
    }

    [Fact]
    public void SavingsProgrammeReader_TextTarget_ProblemNamesField()
    {
        var json = Sample("devon-savings.json").Replace("\"target\": 3.6", "\"target\": \"three point six\"", System.StringComparison.Ordinal);
        var problem = Assert.Single(SavingsProgrammeReader.Read(json, "d.json").Problems);
        Assert.Equal("strands[1].target", problem.Field);
        Assert.Equal(DataProblemSeverity.Error, problem.Severity);
    }

    [Fact]
    public void CostModelReader_DevonSample_166point6mBase()
    {
        var model = CostModelReader.Read(Sample("devon-cost-model.json"), "devon-cost-model.json").GetValueOrThrow();
        Assert.Equal(M(166.6m), model.BaseCost);
        Assert.Equal(M(166.6m * 1.12m), model.Unmitigated().Years[1].Amount);
        Assert.Equal(M(166.6m - 15.2m), model.Mitigated().Years[0].Amount);
    }

    [Fact]
    public void CostModelReader_DbvSample_GrowthFromTotal()
    {
        var model = CostModelReader.Read(Sample("dbv-cost-model.json"), "dbv.json").GetValueOrThrow();
        Assert.Equal(10.7m, model.Growth.Percent);
        Assert.Equal(2, model.Ranges.Count);
        Assert.Equal(M(58m), model.Ranges[0].Lower);
    }

    [Fact]
    public void CostModelReader_UnreadableMoneyText_ProblemListsForms()
    {
        var json = Sample("devon-cost-model.json").Replace("\"£17,000\"", "\"seventeen grand\"", System.StringComparison.Ordinal);
        var problem = Assert.Single(CostModelReader.Read(json, "d.json").Problems);
        Assert.Equal("lines[0].average_cost", problem.Field);
        Assert.Equal("seventeen grand", problem.Value);
        Assert.Contains("£740 million", problem.Expected);
    }

    [Fact]
    public void CostModelReader_GrowthGivenTwoWays_Problem()
    {
        var json = Sample("devon-cost-model.json").Replace("\"per_year\": 0.12", "\"per_year\": 0.12, \"total_growth\": 0.84, \"over_years\": 6", System.StringComparison.Ordinal);
        var problem = Assert.Single(CostModelReader.Read(json, "d.json").Problems);
        Assert.Equal("growth", problem.Field);
    }

    [Fact]
    public void Schemas_EmbeddedMatchDocs()
    {
        var docs = System.IO.Path.Combine(RepoRoot(), "docs", "schemas");
        Assert.Equal(System.IO.File.ReadAllText(System.IO.Path.Combine(docs, "finance-deficit-table.schema.json")), FinanceSchemas.DeficitTable);
        Assert.Equal(System.IO.File.ReadAllText(System.IO.Path.Combine(docs, "finance-cost-model.schema.json")), FinanceSchemas.CostModel);
    }
}
