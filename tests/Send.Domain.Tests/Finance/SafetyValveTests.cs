using System.Linq;
using Send.Domain.Finance;
using Xunit;
using static Send.Domain.Tests.Finance.Seeds;

namespace Send.Domain.Tests.Finance;

public sealed class SafetyValveTests
{
    private static SafetyValveAgreement Wiltshire() => WiltshireAgreement();

    [Fact]
    public void Schedule_Wiltshire_Sums67m()
    {
        // 26.8 + 4 × 6.7 + 13.4 = 67.0 (DSG reference sections 8 and 12.1).
        var agreement = Wiltshire();
        Assert.Equal(M(67.0m), agreement.Schedule.Total);
        Assert.Equal(Money.Zero, agreement.ScheduleDifference);
    }

    [Fact]
    public void Remaining_Wiltshire_TotalLessPaid()
    {
        // First payment £26.8m (28 March 2024) and £2.233m (June 2024): a third of £6.7m to the penny is £2,233,333.34.
        var agreement = Wiltshire();
        Assert.Equal("£2.233m", agreement.Schedule.Payments[1].Amount.ToString(MoneyFormat.Millions(3)));
        Assert.Equal(Money.FromPounds(29_033_333.34m), agreement.Schedule.Paid);
        Assert.Equal(Money.FromPounds(37_966_666.66m), agreement.Remaining);
    }

    [Fact]
    public void Remaining_WithheldPayment_StaysInScheduleNotPaid()
    {
        var schedule = new PaymentSchedule(new[]
        {
            new SafetyValvePayment(Fy("2023/24"), M(10m), PaymentStatus.Paid),
            new SafetyValvePayment(Fy("2024/25"), M(4m), PaymentStatus.Withheld),
            new SafetyValvePayment(Fy("2025/26"), M(4m), PaymentStatus.Suspended),
        });
        var agreement = new SafetyValveAgreement("X", null, Fy("2023/24"), Fy("2025/26"), M(18m), schedule, System.Array.Empty<SafetyValveCondition>());
        Assert.Equal(M(8m), agreement.Remaining);
        Assert.Equal(M(4m), schedule.Withheld);
        Assert.Equal(M(4m), schedule.Suspended);
        Assert.Equal(M(18m), schedule.Total);
    }

    [Fact]
    public void Schedule_Devon_38ThenSevenEqualThen12point7_Sums95m()
    {
        // DSG reference 12.2: £38m, about £6.3m a year for seven years, £12.7m in 2031/32, £95m over nine years.
        var annual = M(95m - 38m - 12.7m).Allocate(7);
        var payments = new[] { new SafetyValvePayment(Fy("2023/24"), M(38m), PaymentStatus.Paid) }
            .Concat(annual.Select((a, i) => new SafetyValvePayment(new Send.Domain.Calendars.FinancialYear(2024 + i), a, PaymentStatus.Scheduled)))
            .Append(new SafetyValvePayment(Fy("2031/32"), M(12.7m), PaymentStatus.Scheduled))
            .ToArray();
        var schedule = new PaymentSchedule(payments);

        Assert.Equal(M(95m), schedule.Total);
        Assert.Equal(9, payments.Select(p => p.Year).Distinct().Count());
        Assert.All(annual, a => Assert.Equal("£6.3m", a.ToString(MoneyFormat.Millions(1))));
    }

    [Fact]
    public void Evaluate_Wiltshire_CeilingBreachedByOverspendAgainstPlan()
    {
        var account = new DeficitTableReconciler().Reconcile(WiltshireTable()).Account!;
        var evaluation = Wiltshire().Evaluate(account);

        var ceiling = evaluation.Assessments[1];
        Assert.Equal(ConditionOutcome.Breached, ceiling.Outcome);
        Assert.Equal(M(94.683m), ceiling.Variance!.Forecast);
        Assert.Equal(M(10.183m), ceiling.Variance.Variance);
        Assert.Equal(M(10.156m), ceiling.VarianceToPlan!.Variance);
        Assert.Equal("£84.5m", M(84.527m).ToString(MoneyFormat.Millions(1)));
        Assert.Contains("excluding Safety Valve payments", ceiling.Explanation);
    }

    [Fact]
    public void Evaluate_Wiltshire_InYearBalanceMetBySurplusIn2028()
    {
        // 2028/29 in-year is -0.194, a surplus, which meets InYearBalanceBy(2028/29); the 34.509 residual is not cleared.
        var account = new DeficitTableReconciler().Reconcile(WiltshireTable()).Account!;
        var evaluation = Wiltshire().Evaluate(account);
        Assert.Equal(ConditionOutcome.Met, evaluation.Assessments[0].Outcome);
        Assert.Equal(M(34.509m), evaluation.ResidualDeficit);
        Assert.Equal(ConditionOutcome.NotAssessable, evaluation.Assessments[2].Outcome);
        Assert.Equal(RagStatus.Green, evaluation.Assessments[2].Condition.Rag);
    }

    [Fact]
    public void Evaluate_Wiltshire_CouncilContributionPlanImplies()
    {
        // Σ General Fund = 18.445 + 51.822 = 70.267 (Cabinet papers: "about £70.2m"; the version differs).
        var account = new DeficitTableReconciler().Reconcile(WiltshireTable()).Account!;
        var evaluation = Wiltshire().Evaluate(account);
        Assert.Equal(M(70.267m), evaluation.PlannedCouncilContribution);
        Assert.Equal(M(104.776m), evaluation.ContributionToClear);
    }

    [Fact]
    public void InYearDeficitNotExceeding_Devon_20point4AdverseAt65point4Percent()
    {
        // £51.6m against the Safety Valve plan of £31.2m: £20.4m adverse, 65.4% over plan (DSG reference 12.2).
        var condition = SafetyValveCondition.InYearDeficitNotExceeding("2024-25", "in-year deficit limit", Fy("2024/25"), M(31.2m));
        var assessment = condition.Assess(M(51.6m));
        Assert.Equal(ConditionOutcome.Breached, assessment.Outcome);
        Assert.Equal(M(20.4m), assessment.Variance!.Variance);
        Assert.Equal(65.4m, assessment.Variance.Percent);
        Assert.True(assessment.Variance.IsAdverse);
        Assert.Contains("65.4% over plan", assessment.Explanation);
    }

    [Fact]
    public void InYearBalanceBy_DeficitAfterTarget_Breached()
    {
        var y1 = DsgAccountYear.Create(Fy("2027/28"), DsgYearStatus.Forecast, M(10m), M(-1m), Money.Zero, Money.Zero);
        var y2 = y1.Next(DsgYearStatus.Forecast, M(0.5m));
        var assessment = SafetyValveCondition.InYearBalanceBy("1", "balance", Fy("2027/28")).Assess(new DsgAccount(new[] { y1, y2 }));
        Assert.Equal(ConditionOutcome.Breached, assessment.Outcome);
        Assert.Contains("2028/29", assessment.Explanation);
    }

    [Fact]
    public void PlanVariance_Favourable_NegativeVariance()
    {
        var variance = new PlanVariance(M(25m), M(31.2m));
        Assert.False(variance.IsAdverse);
        Assert.Equal(-19.9m, variance.Percent);
        Assert.Null(new PlanVariance(M(1m), Money.Zero).Percent);
    }
}
