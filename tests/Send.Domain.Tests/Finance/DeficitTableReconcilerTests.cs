using System.Linq;
using FsCheck.Xunit;
using Send.Domain.Finance;
using Send.Domain.Validation;
using Xunit;
using static Send.Domain.Tests.Finance.Seeds;

namespace Send.Domain.Tests.Finance;

public sealed class DeficitTableReconcilerTests
{
    private static readonly DeficitTableReconciler Reconciler = new();

    [Fact]
    public void Reconcile_Wiltshire_TwoRoundingRowsRestExact()
    {
        // DSG reference 12.1: 2024/25 is +0.001 and 2028/29 is -0.001 away from their displayed parts; all else exact.
        var result = Reconciler.Reconcile(WiltshireTable());

        Assert.Equal(
            new[]
            {
                ReconciliationVerdict.Exact, ReconciliationVerdict.Rounding, ReconciliationVerdict.Exact,
                ReconciliationVerdict.Exact, ReconciliationVerdict.Exact, ReconciliationVerdict.Rounding,
            },
            result.Years.Select(y => y.Verdict));
        Assert.Equal(M(0.001m), result.Years[1].Difference);
        Assert.Equal(M(61.183m), result.Years[1].ComputedCarriedForward);
        Assert.Equal(M(-0.001m), result.Years[5].Difference);
        Assert.Equal(M(34.510m), result.Years[5].ComputedCarriedForward);
        Assert.All(result.Years.Where(y => y.Verdict == ReconciliationVerdict.Exact), y => Assert.Equal(Money.Zero, y.Difference));
        Assert.Empty(result.Problems);
        Assert.False(result.HasErrors);
        Assert.Equal(ReconciliationVerdict.Rounding, result.OverallVerdict);
    }

    [Fact]
    public void Reconcile_Wiltshire_PublishedFiguresNeverCorrected()
    {
        var result = Reconciler.Reconcile(WiltshireTable());
        Assert.Equal(M(61.184m), result.Years[1].PublishedCarriedForward);
        Assert.Equal(M(34.509m), result.Years[5].PublishedCarriedForward);
    }

    [Fact]
    public void Reconcile_Wiltshire_ChainLinksExact()
    {
        var result = Reconciler.Reconcile(WiltshireTable());
        Assert.Equal(5, result.Links.Count);
        Assert.All(result.Links, l => Assert.Equal(ReconciliationVerdict.Exact, l.Verdict));
    }

    [Fact]
    public void Reconcile_Wiltshire_TelescopesExactly()
    {
        // 35.214 + 136.562 − 67.000 − 70.267 = 34.509.
        var check = Reconciler.Reconcile(WiltshireTable()).Telescoping!;
        Assert.Equal(M(35.214m), check.OpeningBalance);
        Assert.Equal(M(136.562m), check.TotalInYear);
        Assert.Equal(M(67.000m), check.TotalSafetyValve);
        Assert.Equal(M(70.267m), check.TotalLocal);
        Assert.Equal(M(34.509m), check.Computed);
        Assert.Equal(ReconciliationVerdict.Exact, check.Verdict);
    }

    [Fact]
    public void Reconcile_Wiltshire_ToleranceCountsFiguresThatCanCarryRounding()
    {
        // 2024/25: b/f, in-year and Safety Valve at 3 dp; the local 0.000 is exact: 3 × 0.0005 = 0.0015 (+0.001 is within).
        // 2028/29 has all four non-zero: 4 × 0.0005 = 0.002.
        var result = Reconciler.Reconcile(WiltshireTable());
        var year = result.Years[1];
        Assert.Equal(0.0015m, year.Tolerance.Amount);
        Assert.Equal(0.002m, result.Years[5].Tolerance.Amount);
        Assert.Contains("within rounding", year.Explanation);
        Assert.Contains("61.183", year.Explanation);
    }

    [Fact]
    public void Reconcile_RowOffBeyondRounding_ErrorNamesYearAndField()
    {
        var rows = WiltshireTable().Rows.ToArray();
        rows[3] = rows[3] with { CarriedForward = M(99.298m) };
        var table = new PublishedDeficitTable("w.json", rows);

        var result = Reconciler.Reconcile(table);

        Assert.Equal(ReconciliationVerdict.Error, result.Years[3].Verdict);
        var problem = Assert.Single(result.Problems, p => p.Field == "years[3].carried_forward");
        Assert.Contains("2026/27", problem.Message);
        Assert.Equal("99.298", problem.Value);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Reconcile_BroughtForwardNotPreviousCarriedForward_ErrorNamesYearAndField()
    {
        var rows = WiltshireTable().Rows.ToArray();
        rows[2] = rows[2] with { BroughtForward = M(61.000m), CarriedForward = M(77.135m) };
        var result = Reconciler.Reconcile(new PublishedDeficitTable("w.json", rows));

        var problem = Assert.Single(result.Problems, p => p.Field == "years[2].brought_forward");
        Assert.Equal(DataProblemSeverity.Error, problem.Severity);
        Assert.Contains("2025/26", problem.Message);
        Assert.Contains("2024/25", problem.Message);
        Assert.Equal("61.184", problem.Expected);
        Assert.Equal(ReconciliationVerdict.Error, result.Links[1].Verdict);
    }

    [Fact]
    public void Reconcile_LinkOneUnitOff_RoundingOnlyWhenAllowed()
    {
        var rows = WiltshireTable().Rows.ToArray();
        rows[2] = rows[2] with { BroughtForward = M(61.183m) };
        var table = new PublishedDeficitTable("w.json", rows);

        Assert.Equal(ReconciliationVerdict.Error, new DeficitTableReconciler().Reconcile(table).Links[1].Verdict);
        var lenient = new DeficitTableReconciler(new DeficitReconciliationOptions(AllowRoundingInLinks: true)).Reconcile(table);
        Assert.Equal(ReconciliationVerdict.Rounding, lenient.Links[1].Verdict);
        Assert.False(lenient.HasErrors);
        Assert.Equal(DataProblemSeverity.Warning, Assert.Single(lenient.Problems).Severity);
    }

    [Fact]
    public void Reconcile_YearMissing_ProblemNamesMissingYear()
    {
        var rows = WiltshireTable().Rows.Where((_, i) => i != 2).ToArray();
        var result = Reconciler.Reconcile(new PublishedDeficitTable("w.json", rows));

        var problem = Assert.Single(result.Problems, p => p.Field == "years[2].year");
        Assert.Contains("2025/26 is missing", problem.Message);
        Assert.Equal("2026/27", problem.Value);
        Assert.Null(result.Account);
    }

    [Fact]
    public void Reconcile_DeficitNegativeUnsignedContributions_SameVerdicts()
    {
        // The Wiltshire table re-printed in the other conventions: deficits negative, contributions as positive amounts.
        var flipped = WiltshireTable().Rows.Select(r => r with
        {
            BroughtForward = -r.BroughtForward,
            InYear = -r.InYear,
            SafetyValve = -r.SafetyValve,
            Local = -r.Local,
            CarriedForward = -r.CarriedForward,
        });
        var table = new PublishedDeficitTable("w.json", flipped, 3, SignConvention.DeficitNegative, ContributionPresentation.Unsigned);

        var result = Reconciler.Reconcile(table);

        Assert.Equal(ReconciliationVerdict.Rounding, result.Years[1].Verdict);
        Assert.Equal(M(-0.001m), result.Years[1].Difference);
        Assert.Equal(M(-61.183m), result.Years[1].ComputedCarriedForward);
        Assert.Equal(M(34.509m), result.Telescoping!.Computed);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Reconcile_Wiltshire_AccountFollowsOpeningAndMovements()
    {
        var account = Reconciler.Reconcile(WiltshireTable()).Account!;
        Assert.Equal(M(35.214m), account.OpeningBalance);
        Assert.Equal(M(34.509m), account.ClosingBalance);
        Assert.Equal(M(61.183m), account[Fy("2024/25")].CarriedForward);
    }

    [Property]
    public bool Reconcile_TableRoundedFromUnroundedFigures_NeverError(int[] thousandths, int seed)
    {
        // Build unrounded figures to 0.1 £k, round each to £k (3 dp of £m) on its own as a spreadsheet would,
        // and check the reconciler never calls the result an error. The displayed total is rounded too, so the
        // strict bound is (n + 1) parts: this is what the CountTotalAsPart option is for.
        var values = (thousandths ?? System.Array.Empty<int>()).Take(20).ToArray();
        var random = new System.Random(seed);
        var rows = new System.Collections.Generic.List<PublishedDeficitRow>();
        var year = Fy("2020/21");
        var bf = random.Next(0, 1_000_000) / 10_000m;
        foreach (var v in values)
        {
            var inYear = v % 500_000 / 10_000m;
            // A contribution is either nothing (printed 0.000, exact) or at least £1k: the tolerance rule takes a
            // contribution printed as zero to be exactly zero (docs/finance.md).
            var sv = Contribution(random);
            var local = Contribution(random);
            var cf = bf + inYear - sv - local;
            rows.Add(new PublishedDeficitRow(year, DsgYearStatus.Forecast, R(bf), R(inYear), R(-sv), R(-local), null, R(cf)));
            bf = cf;
            year = year.Next;
        }

        if (rows.Count == 0)
        {
            return true;
        }

        var strict = new DeficitTableReconciler(new DeficitReconciliationOptions(CountTotalAsPart: true));
        var result = strict.Reconcile(new PublishedDeficitTable("p.json", rows));
        return result.Years.All(y => y.Verdict != ReconciliationVerdict.Error) && !result.HasErrors;
    }

    private static decimal Contribution(System.Random random) => random.Next(0, 3) == 0 ? 0m : random.Next(10, 100_000) / 10_000m;

    private static Money R(decimal millions) => M(decimal.Round(millions, 3, System.MidpointRounding.AwayFromZero));
}
