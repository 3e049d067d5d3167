using System.Linq;
using Send.Data.Finance;
using Send.Domain.Finance;
using Send.Domain.Validation;
using Xunit;
using static Send.Domain.Tests.Finance.Seeds;

namespace Send.Domain.Tests.Finance;

/// <summary>Tables entered as councils print them, and input that used to end in "internal error" (#12).</summary>
public sealed class FinanceInputTests
{
    [Fact]
    public void DeficitTableReader_FiguresAsPrintedMixedPlaces_PerFigurePrecision()
    {
        // Invented, council-style: b/f printed to 2 dp, the rest to 3, the local contribution as a dash.
        const string Json = """
            { "years": [ { "year": "2024/25", "brought_forward": "12.84", "in_year": "21.258", "safety_valve": "(2.100)",
              "local": "-", "carried_forward": "31.999" } ] }
            """;

        var result = DeficitTableReader.Read(Json, "t.json");

        Assert.Empty(result.Problems);
        var table = result.GetValueOrThrow().Table;
        Assert.Equal(3, table.Decimals);
        var row = table.Rows[0];
        Assert.Equal(M(12.84m), row.BroughtForward);
        Assert.Equal(M(-2.1m), row.SafetyValve);
        Assert.Equal(Money.Zero, row.Local);
        Assert.Equal(new FigureDecimals(BroughtForward: 2, Local: 12), row.Decimals); // a dash is exact: no rounding

        // 12.84 + 21.258 − 2.100 = 31.998 against 31.999: within 0.005 + 0.0005 + 0.0005 = 0.006.
        var year = new DeficitTableReconciler().Reconcile(table).Years[0];
        Assert.Equal(ReconciliationVerdict.Rounding, year.Verdict);
        Assert.Equal(0.006m, year.Tolerance.Amount);
    }

    [Fact]
    public void DeficitTableReader_TableInThousandsLocalColumnInPounds_ReadsEachInItsUnit()
    {
        const string Json = """
            { "unit": "£000", "decimals": 0, "column_units": { "local": "£" },
              "years": [ { "year": "2024/25", "brought_forward": 28706, "in_year": 39177, "safety_valve": -6700, "local": -1500000,
                           "carried_forward": 59683 } ] }
            """;

        var table = DeficitTableReader.Read(Json, "t.json").GetValueOrThrow().Table;

        Assert.Equal(3, table.Decimals);
        Assert.Equal(M(28.706m), table.Rows[0].BroughtForward);
        Assert.Equal(M(-1.5m), table.Rows[0].Local);
        Assert.Equal(ReconciliationVerdict.Exact, new DeficitTableReconciler().Reconcile(table).Years[0].Verdict);
    }

    [Fact]
    public void DeficitTableReader_RestatedNote_ReadAndReportedAsRestatement()
    {
        const string Json = """
            { "years": [
                { "year": "2023/24", "status": "outturn", "brought_forward": 35.214, "in_year": 20.292, "safety_valve": -26.800, "local": 0, "carried_forward": 28.706 },
                { "year": "2024/25", "brought_forward": 28.906, "in_year": 39.177, "safety_valve": -6.700, "local": 0, "carried_forward": 61.383,
                  "notes": [ { "figure": "brought_forward", "kind": "restated", "text": "2023/24 accounts restated" },
                             { "figure": "in_year", "kind": "provisional" } ] } ] }
            """;

        var table = DeficitTableReader.Read(Json, "t.json").GetValueOrThrow().Table;
        var result = new DeficitTableReconciler().Reconcile(table);

        Assert.Equal(2, table.Rows[1].Notes.Count);
        Assert.False(result.HasErrors);
        var restated = Assert.Single(result.Problems);
        Assert.Equal("SEND-FIN-RESTATED", restated.Code);
        Assert.Equal("2024/25: brought forward 28.906 restates 2023/24's carried forward 28.706 (restatement +0.200): 2023/24 accounts restated", restated.Message);
    }

    [Fact]
    public void DeficitTableReader_PaymentAmountNotPublished_NotCheckedAgainstColumn()
    {
        var json = Sample("wiltshire-deficit.json").Replace(
            "{ \"year\": \"2025/26\", \"amount\": 6.7,   \"status\": \"scheduled\" }",
            "{ \"year\": \"2025/26\", \"amount_published\": false, \"status\": \"paid\", \"note\": \"received, amount not published\" }",
            System.StringComparison.Ordinal);

        var document = DeficitTableReader.Read(json, "w.json").GetValueOrThrow();
        var result = new DeficitTableReconciler().Reconcile(document.Table, document.SafetyValve);

        Assert.False(document.SafetyValve!.Schedule.Payments.Single(p => p.Year == Fy("2025/26")).IsAmountPublished);
        Assert.DoesNotContain(result.Problems, p => p.Code is "SEND-FIN-SV-SCHEDULE" or "SEND-FIN-SV");
    }

    [Fact]
    public void DeficitTableReader_HugeFigure_LocatedErrorNotException()
    {
        var json = Sample("wiltshire-deficit.json").Replace("\"brought_forward\": 35.214", "\"brought_forward\": 79228162514264337593543950335", System.StringComparison.Ordinal);

        var result = DeficitTableReader.Read(json, "w.json");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("years[0].brought_forward", problem.Field);
        Assert.Equal(10, problem.Line);
        Assert.Contains("too large", problem.Message);
    }

    [Fact]
    public void DeficitTableReader_ImplausiblyLargeFigure_LocatedError()
    {
        var json = Sample("wiltshire-deficit.json").Replace("\"in_year\": 39.177", "\"in_year\": \"£2,000bn\"", System.StringComparison.Ordinal);
        var problem = Assert.Single(DeficitTableReader.Read(json, "w.json").Problems);
        Assert.Equal("years[1].in_year", problem.Field);
        Assert.Contains("£1,000bn", problem.Message);
    }

    [Fact]
    public void SavingsProgrammeReader_ZeroTarget_LocatedError()
    {
        var json = Sample("devon-savings.json").Replace("\"target\": 15.4", "\"target\": 0", System.StringComparison.Ordinal);

        var result = SavingsProgrammeReader.Read(json, "s.json");

        var problem = Assert.Single(result.Problems, p => p.Severity == DataProblemSeverity.Error);
        Assert.Equal("target", problem.Field);
        Assert.Equal(8, problem.Line);
        Assert.Null(result.Value);
    }

    [Fact]
    public void SavingsProgrammeReader_FiguresAsPrinted_Read()
    {
        var json = Sample("devon-savings.json")
            .Replace("\"target\": 15.4", "\"target\": \"£15.4m\"", System.StringComparison.Ordinal)
            .Replace("\"target\": 2.8 }", "\"target\": \"2,800k\" }", System.StringComparison.Ordinal);

        var programme = SavingsProgrammeReader.Read(json, "s.json").GetValueOrThrow();

        Assert.Equal(M(15.4m), programme.StatedTarget);
        Assert.Equal(M(2.8m), programme.Strands[0].Target);
    }

    [Fact]
    public void CostModelReader_GrowthThousandOverFiftyYears_LocatedErrorNotException()
    {
        var json = Sample("devon-cost-model.json")
            .Replace("\"per_year\": 0.12", "\"per_year\": 1000", System.StringComparison.Ordinal)
            .Replace("\"horizon_years\": 4", "\"horizon_years\": 50", System.StringComparison.Ordinal);

        var result = CostModelReader.Read(json, "c.json");

        var problem = Assert.Single(result.Problems, p => p.Severity == DataProblemSeverity.Error);
        Assert.Equal("growth", problem.Field);
        Assert.Null(result.Value);
    }

    [Fact]
    public void CostModel_SavingOutsideProjection_ErrorNegativeCostAndSpendWarnings()
    {
        // Base 2024/25, 1 year ahead: a saving in 2030/31 would be dropped; a £-100 cost and a £5m saving against
        // 10 × £-100 of spend are warned about.
        var model = new HighNeedsCostModel(
            "x",
            Fy("2024/25"),
            new[] { new PlacementLine("odd", PlacementCategory.MaintainedSpecial, 10, Money.FromPounds(-100m)) },
            GrowthRate.PerYear(0m),
            1,
            new[] { new WorkstreamSaving("late", Fy("2030/31"), M(1m)), new WorkstreamSaving("big", Fy("2024/25"), M(5m)) });

        var problems = model.Check("c.json");

        Assert.Contains(problems, p => p.Field == "savings[0].year" && p.Severity == DataProblemSeverity.Error && p.Message.Contains("2024/25 to 2025/26"));
        Assert.Contains(problems, p => p.Field == "lines[0].average_cost" && p.Severity == DataProblemSeverity.Warning);
        Assert.Contains(problems, p => p.Field == "savings" && p.Severity == DataProblemSeverity.Warning && p.Message.Contains("2024/25"));
    }
}
