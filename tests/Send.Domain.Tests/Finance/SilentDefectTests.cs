using System.Linq;
using Send.Domain.Finance;
using Send.Domain.Validation;
using Xunit;
using static Send.Domain.Tests.Finance.Seeds;

namespace Send.Domain.Tests.Finance;

/// <summary>
/// The six "silently wrong" defects of issue #17, each from hand-worked figures. Every one of these passed (wrongly)
/// before the fix.
/// </summary>
public sealed class SilentDefectTests
{
    private static readonly DeficitTableReconciler Reconciler = new();

    private static PublishedDeficitRow[] WiltshireNegated() => WiltshireTable().Rows.Select(r => r with
    {
        BroughtForward = -r.BroughtForward,
        InYear = -r.InYear,
        SafetyValve = -r.SafetyValve,
        Local = -r.Local,
        CarriedForward = -r.CarriedForward,
    }).ToArray();

    // 1. A deficit-negative table declared deficit_positive.
    [Fact]
    public void Reconcile_NegativeFiguresDeclaredDeficitPositiveSigned_SignErrorAndNoSafetyValveVerdicts()
    {
        // The Wiltshire table printed deficit-negative (b/f -35.214, Safety Valve +26.800) but declared deficit_positive:
        // it still adds up (-35.214 - 20.292 + 26.800 + 0 = -28.706), but every contribution would increase the deficit.
        var table = new PublishedDeficitTable("w.json", WiltshireNegated(), 3, SignConvention.DeficitPositive, ContributionPresentation.Signed);

        var result = Reconciler.Reconcile(table, WiltshireAgreement());

        Assert.All(result.Years, y => Assert.NotEqual(ReconciliationVerdict.Error, y.Verdict));
        var sign = Assert.Single(result.Problems, p => p.Code == "SEND-FIN-SIGN");
        Assert.Equal(DataProblemSeverity.Error, sign.Severity);
        Assert.Equal("sign_convention", sign.Field);
        Assert.Contains("deficit_negative", sign.Message);
        Assert.Null(result.SafetyValve);
        Assert.Contains("sign convention", result.SafetyValveNotAssessed);
    }

    [Fact]
    public void Reconcile_NegativeBalancesUnsignedDeclaredDeficitPositive_ErrorWithAgreementWarningWithout()
    {
        // Contributions printed as positive amounts give no clue; the balances do: -35.214 ... -34.509 would all be
        // surpluses, and a Safety Valve agreement is only ever for a deficit.
        var rows = WiltshireNegated().Select(r => r with { SafetyValve = -r.SafetyValve, Local = -r.Local }).ToArray();
        var table = new PublishedDeficitTable("w.json", rows, 3, SignConvention.DeficitPositive, ContributionPresentation.Unsigned);

        var with = Reconciler.Reconcile(table, WiltshireAgreement());
        var without = Reconciler.Reconcile(table);

        Assert.Equal(DataProblemSeverity.Error, Assert.Single(with.Problems, p => p.Code == "SEND-FIN-SIGN").Severity);
        Assert.Null(with.SafetyValve);
        Assert.Equal(DataProblemSeverity.Warning, Assert.Single(without.Problems, p => p.Code == "SEND-FIN-SIGN").Severity);
        Assert.False(without.HasErrors);
    }

    [Fact]
    public void Reconcile_WiltshireAsPublished_NoSignProblemAndConditionsAssessed()
    {
        var result = Reconciler.Reconcile(WiltshireTable(), WiltshireAgreement());
        Assert.DoesNotContain(result.Problems, p => p.Code is "SEND-FIN-SIGN" or "SEND-FIN-SV-SCHEDULE");
        Assert.NotNull(result.SafetyValve);
        Assert.Null(result.SafetyValveNotAssessed);
    }

    // 2. The Safety Valve column against the payment schedule.
    [Fact]
    public void Reconcile_SafetyValveColumnDiffersFromSchedule_ErrorNamesYearAndField()
    {
        // Invented 1-dp table: the agreement pays 2.0 in 2024/25; the table prints -2.1 (and adds up with it).
        var rows = new[]
        {
            Row("2024/25", DsgYearStatus.Forecast, 10.0m, 5.0m, -2.1m, 0.0m, 12.9m),
            Row("2025/26", DsgYearStatus.Forecast, 12.9m, 4.0m, -2.0m, 0.0m, 14.9m),
        };
        var table = new PublishedDeficitTable("x.json", rows, 1);
        var agreement = new SafetyValveAgreement(
            "X", null, Fy("2024/25"), Fy("2025/26"), M(4.0m),
            new PaymentSchedule(new[]
            {
                new SafetyValvePayment(Fy("2024/25"), M(2.0m), PaymentStatus.Paid),
                new SafetyValvePayment(Fy("2025/26"), M(2.0m), PaymentStatus.Scheduled),
            }),
            System.Array.Empty<SafetyValveCondition>());

        var result = Reconciler.Reconcile(table, agreement);

        var problem = Assert.Single(result.Problems, p => p.Code == "SEND-FIN-SV-SCHEDULE");
        Assert.Equal("years[0].safety_valve", problem.Field);
        Assert.Equal("-2.1", problem.Value);
        Assert.Equal("£2m", problem.Expected);
        Assert.Contains("2024/25", problem.Message);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Reconcile_WithheldPaymentPrintedAsNothing_Accepted()
    {
        // 2025/26's 2.0 is withheld; the table shows no Safety Valve income that year: that matches the schedule.
        var rows = new[] { Row("2025/26", DsgYearStatus.Forecast, 12.9m, 4.0m, 0.0m, 0.0m, 16.9m) };
        var agreement = new SafetyValveAgreement(
            "X", null, Fy("2025/26"), Fy("2025/26"), M(2.0m),
            new PaymentSchedule(new[] { new SafetyValvePayment(Fy("2025/26"), M(2.0m), PaymentStatus.Withheld) }),
            System.Array.Empty<SafetyValveCondition>());

        var result = Reconciler.Reconcile(new PublishedDeficitTable("x.json", rows, 1), agreement);

        Assert.DoesNotContain(result.Problems, p => p.Code == "SEND-FIN-SV-SCHEDULE");
    }

    // 3. A missing or swapped year.
    [Fact]
    public void Reconcile_YearMissingWithAgreement_SaysWhySafetyValveNotAssessed()
    {
        var rows = WiltshireTable().Rows.Where((_, i) => i != 2).ToArray();
        var result = Reconciler.Reconcile(new PublishedDeficitTable("w.json", rows), WiltshireAgreement());

        Assert.Null(result.SafetyValve);
        Assert.Contains("consecutive", result.SafetyValveNotAssessed);
        Assert.False(result.LinksChecked);
    }

    [Fact]
    public void Reconcile_TwoYearsSwapped_OutOfOrderNotMissing()
    {
        var rows = WiltshireTable().Rows.ToArray();
        (rows[1], rows[2]) = (rows[2], rows[1]);

        var result = Reconciler.Reconcile(new PublishedDeficitTable("w.json", rows));

        var years = result.Problems.Where(p => p.Code == "SEND-FIN-YEARS").ToArray();
        var problem = Assert.Single(years);
        Assert.Equal("years[2].year", problem.Field);
        Assert.Equal("2024/25 is printed after 2025/26: the years are out of order", problem.Message);
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("missing"));
        Assert.False(result.LinksChecked);
        Assert.Empty(result.Links);
    }

    [Fact]
    public void Reconcile_YearRepeated_SaysPrintedTwice()
    {
        var rows = WiltshireTable().Rows.ToArray();
        rows[2] = rows[1];
        var result = Reconciler.Reconcile(new PublishedDeficitTable("w.json", rows));

        Assert.Contains(result.Problems, p => p.Field == "years[2].year" && p.Message == "2024/25 is printed twice (also at years[1])");
        Assert.Contains(result.Problems, p => p.Message.Contains("2025/26 is missing"));
    }

    // 4. Payments received before the table's first year.
    [Fact]
    public void Evaluate_TableStartsAfterFirstPayment_CeilingExcludingSafetyValveAddsEarlierPayments()
    {
        // The Wiltshire table from 2024/25 only. The £26.8m paid in 2023/24 reduced the 28.706 opening balance, so the
        // measure excluding Safety Valve payments is 61.183 (computed c/f) + 6.700 + 26.800 = 94.683, as from the full
        // table (35.214 + 20.292 + 39.177); against £84.5m that is 10.183 over. Before the fix it read 67.883: "met".
        var rows = WiltshireTable().Rows.Skip(1).ToArray();

        var result = Reconciler.Reconcile(new PublishedDeficitTable("w.json", rows), WiltshireAgreement());

        var ceiling = Assert.Single(result.SafetyValve!.Assessments, a => a.Condition.Id == "2");
        Assert.Equal(ConditionOutcome.Breached, ceiling.Outcome);
        Assert.Equal(M(94.683m), ceiling.Variance!.Forecast);
        Assert.Equal(M(10.183m), ceiling.Variance.Variance);
        Assert.Equal(M(26.8m), result.SafetyValve.Forecast.SafetyValveReceivedBefore);
    }

    // 6. Contributions printed as zero are exact, not rounded.
    [Fact]
    public void Reconcile_OneDpRowWithZeroContributions_PointTwoGapIsAnError()
    {
        // Invented 1-dp table: 10.0 + 5.0 - 0.0 - 0.0 = 15.0, printed 15.2. Only b/f and in-year can carry rounding:
        // 2 × 0.05 = 0.1 < 0.2. Counting the zeros (4 × 0.05 = 0.2) called this "rounding".
        var rows = new[] { Row("2024/25", DsgYearStatus.Forecast, 10.0m, 5.0m, 0.0m, 0.0m, 15.2m) };

        var result = Reconciler.Reconcile(new PublishedDeficitTable("x.json", rows, 1));

        Assert.Equal(ReconciliationVerdict.Error, result.Years[0].Verdict);
        Assert.Equal(0.1m, result.Years[0].Tolerance.Amount);
        Assert.Equal(2, result.Years[0].Tolerance.Parts);
        Assert.Contains("2 contributions printed as zero count as exact", result.Years[0].Explanation);
    }

    [Fact]
    public void Reconcile_OneDpRowWithZeroContributions_PointOneGapIsRounding()
    {
        var rows = new[] { Row("2024/25", DsgYearStatus.Forecast, 10.0m, 5.0m, 0.0m, 0.0m, 15.1m) };
        Assert.Equal(ReconciliationVerdict.Rounding, Reconciler.Reconcile(new PublishedDeficitTable("x.json", rows, 1)).Years[0].Verdict);
    }

    [Fact]
    public void Reconcile_MixedPlaces_ToleranceIsHalfUnitOfEachFigure()
    {
        // b/f 12.84 (2 dp) + in-year 21.258 (3 dp) - Safety Valve 2.1 (1 dp) = 31.998; printed 31.999 (3 dp).
        // Tolerance 0.005 + 0.0005 + 0.05 = 0.0555 (the c/f is not counted by default; local 0 is exact).
        var row = Row("2024/25", DsgYearStatus.Forecast, 12.84m, 21.258m, -2.1m, 0m, 31.999m)
            with { Decimals = new FigureDecimals(BroughtForward: 2, SafetyValve: 1) };

        var year = Reconciler.Reconcile(new PublishedDeficitTable("x.json", new[] { row }, 3)).Years[0];

        Assert.Equal(ReconciliationVerdict.Rounding, year.Verdict);
        Assert.Equal(0.0555m, year.Tolerance.Amount);
        Assert.Equal("0.5 × 10^-1 + 0.5 × 10^-2 + 0.5 × 10^-3 = 0.0555", year.Tolerance.ToString());
    }

    [Fact]
    public void Reconcile_FixedTolerance_ReplacesTheRule()
    {
        var rows = new[] { Row("2024/25", DsgYearStatus.Forecast, 10.0m, 5.0m, 0.0m, 0.0m, 15.2m) };
        var lenient = new DeficitTableReconciler(new DeficitReconciliationOptions(Tolerance: 0.2m));
        var year = lenient.Reconcile(new PublishedDeficitTable("x.json", rows, 1)).Years[0];
        Assert.Equal(ReconciliationVerdict.Rounding, year.Verdict);
        Assert.Equal("fixed 0.2", year.Tolerance.ToString());
    }

    // Restated opening balance.
    [Fact]
    public void Reconcile_RestatedBroughtForward_WarningShowsDifferenceNotError()
    {
        // 2024/25 b/f restated to 28.906 from the 28.706 printed a year earlier (+0.200); the row and the rest then follow.
        var rows = WiltshireTable().Rows.ToArray();
        rows[1] = rows[1] with
        {
            BroughtForward = M(28.906m),
            CarriedForward = M(61.384m),
            Notes = new[] { new FigureNote(DeficitFigure.BroughtForward, FigureNoteKind.Restated, "restated after audit") },
        };
        rows[2] = rows[2] with { BroughtForward = M(61.384m), CarriedForward = M(77.519m) };
        rows[3] = rows[3] with { BroughtForward = M(77.519m), CarriedForward = M(99.398m) };
        rows[4] = rows[4] with { BroughtForward = M(99.398m), CarriedForward = M(100.126m) };
        rows[5] = rows[5] with { BroughtForward = M(100.126m), CarriedForward = M(34.709m) };

        var result = Reconciler.Reconcile(new PublishedDeficitTable("w.json", rows));

        Assert.False(result.HasErrors);
        var restated = Assert.Single(result.Problems, p => p.Code == "SEND-FIN-RESTATED");
        Assert.Equal(DataProblemSeverity.Warning, restated.Severity);
        Assert.Contains("+0.200", restated.Message);
        Assert.True(result.Links[0].IsRestatement);
        Assert.Equal(M(0.2m), result.Telescoping!.Restatements);
        Assert.NotEqual(ReconciliationVerdict.Error, result.Telescoping.Verdict);
        Assert.Equal(M(0.2m), result.Account![Fy("2024/25")].Restatement);
    }
}
