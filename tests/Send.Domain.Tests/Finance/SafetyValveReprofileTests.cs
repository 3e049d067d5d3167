using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Send.Domain.Finance;
using Send.Domain.Validation;
using Xunit;
using static Send.Domain.Tests.Finance.Seeds;

namespace Send.Domain.Tests.Finance;

/// <summary>Re-profiled Safety Valve schedules, unpublished amounts and condition RAG history (#17, "Safety Valve").</summary>
public sealed class SafetyValveReprofileTests
{
    private static PaymentSchedule Schedule(params (string Year, decimal Amount, PaymentStatus Status)[] payments) =>
        new(payments.Select(p => new SafetyValvePayment(Fy(p.Year), M(p.Amount), p.Status)));

    /// <summary>Invented Anyshire: original 5, 7, 5, 5, 8 = 30; revised 5, 5, 5, 5, 10 = 30 (£2m moved from 2025/26 to 2028/29).</summary>
    private static PaymentReprofile Anyshire(decimal last = 10m) => new(
        Schedule(("2024/25", 5m, PaymentStatus.Paid), ("2025/26", 7m, PaymentStatus.Scheduled), ("2026/27", 5m, PaymentStatus.Scheduled), ("2027/28", 5m, PaymentStatus.Scheduled), ("2028/29", 8m, PaymentStatus.Scheduled)),
        Schedule(("2024/25", 5m, PaymentStatus.Paid), ("2025/26", 5m, PaymentStatus.Paid), ("2026/27", 5m, PaymentStatus.Scheduled), ("2027/28", 5m, PaymentStatus.Scheduled), ("2028/29", last, PaymentStatus.Scheduled)),
        new LocalDate(2025, 3, 31));

    private static SafetyValveAgreement Agreement(PaymentReprofile reprofile, params SafetyValveCondition[] conditions) =>
        new SafetyValveAgreement("Anyshire", null, Fy("2024/25"), Fy("2028/29"), M(30m), reprofile.Original, conditions) { Reprofile = reprofile };

    private static PublishedDeficitTable Table(decimal sv2025) => new("a.json", new[]
    {
        Row("2024/25", DsgYearStatus.Outturn, 20.000m, 12.400m, -5.000m, 0m, 27.400m),
        Row("2025/26", DsgYearStatus.Forecast, 27.400m, 10.250m, -sv2025, -2.000m, 35.650m - sv2025),
    });

    [Fact]
    public void Compare_MovedPayment_DifferencesAndCumulative()
    {
        // Differences 0, -2, 0, 0, +2; cumulative 0, -2, -2, -2, 0: only the timing changed.
        var comparison = Anyshire().Compare();
        Assert.Equal(new[] { 0m, -2m, 0m, 0m, 2m }, comparison.Years.Select(y => y.Difference!.Value.Millions));
        Assert.Equal(new[] { 0m, -2m, -2m, -2m, 0m }, comparison.Years.Select(y => y.Cumulative!.Value.Millions));
        Assert.Equal(Money.Zero, Anyshire().TotalChange);
        Assert.Empty(Agreement(Anyshire()).Check("a.json"));
    }

    [Fact]
    public void Agreement_Reprofiled_RemainingFromRevisedSchedule()
    {
        // Paid under the revised schedule 5 + 5 = 10; remaining 30 - 10 = 20.
        var agreement = Agreement(Anyshire());
        Assert.Equal(M(10m), agreement.CurrentSchedule.Paid);
        Assert.Equal(M(20m), agreement.Remaining);
        Assert.Equal(M(5m), agreement.Schedule.Paid);
    }

    [Fact]
    public void Reconcile_TableMatchesRevisedSchedule_NoProblem()
    {
        var result = new DeficitTableReconciler().Reconcile(Table(5.000m), Agreement(Anyshire()));
        Assert.DoesNotContain(result.Problems, p => p.Code == "SEND-FIN-SV-SCHEDULE");
        Assert.Contains(result.Comparisons, c => c.Measure == ForecastMeasure.SafetyValvePayments);
    }

    [Fact]
    public void Reconcile_TablePrintsOriginalSchedule_SaysSo()
    {
        // The table prints 7.000 for 2025/26: the original schedule's figure, not the re-profiled 5.0.
        var result = new DeficitTableReconciler().Reconcile(Table(7.000m), Agreement(Anyshire()));
        var problem = Assert.Single(result.Problems, p => p.Code == "SEND-FIN-SV-SCHEDULE");
        Assert.Equal("years[1].safety_valve", problem.Field);
        Assert.Contains("matches the original schedule, not the re-profiled one (re-profiled 2025-03-31)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReprofileChangesTotal_Warning()
    {
        // Revised 5 + 5 + 5 + 5 + 12 = 32 against the original 30.
        var problems = Agreement(Anyshire(last: 12m)).Check("a.json");
        var problem = Assert.Single(problems, p => p.Code == "SEND-FIN-SV-REPROFILE");
        Assert.Equal("safety_valve.reprofiled.payments", problem.Field);
        Assert.Equal(DataProblemSeverity.Warning, problem.Severity);
    }

    [Fact]
    public void ImpliedUnpublished_TotalLessPublished()
    {
        // anyshire-printed-deficit.json: total 10.0; published 3.7 + 2.1 + 2.1 = 7.9; the unpublished 2024/25 payment is 2.1.
        var payments = new[]
        {
            new SafetyValvePayment(Fy("2022/23"), M(3.7m), PaymentStatus.Paid),
            new SafetyValvePayment(Fy("2023/24"), M(2.1m), PaymentStatus.Paid),
            new SafetyValvePayment(Fy("2024/25"), Money.Zero, PaymentStatus.Paid) { IsAmountPublished = false },
            new SafetyValvePayment(Fy("2025/26"), M(2.1m), PaymentStatus.Scheduled),
        };
        var agreement = new SafetyValveAgreement("Anyshire", null, Fy("2022/23"), Fy("2025/26"), M(10m), new PaymentSchedule(payments), Array.Empty<SafetyValveCondition>());
        Assert.Equal(M(2.1m), agreement.ImpliedUnpublished);
        Assert.Null(WiltshireAgreement().ImpliedUnpublished);
    }

    private static SafetyValveCondition WithHistory(RagStatus current, params (string Round, int Month, RagStatus Rag)[] rounds) =>
        SafetyValveCondition.Delivery("3.3", "special school places") with
        {
            Rag = current,
            History = rounds.Select(r => new ConditionRating(r.Round, new LocalDate(2024, r.Month, 28), r.Rag)).ToArray(),
        };

    [Fact]
    public void Trend_WiltshireCondition33_AmberAsLastTime_Unchanged()
    {
        // Seed 002, 13: condition 3.3 "remains amber – off track, as was the case last month".
        var condition = WithHistory(RagStatus.Amber, ("previous report", 6, RagStatus.Amber), ("August 2024 report", 8, RagStatus.Amber));
        Assert.Equal(RagTrend.Unchanged, condition.Trend);
        Assert.Empty(Agreement(Anyshire(), condition).Check("a.json"));
    }

    [Theory]
    [InlineData(RagStatus.Red, RagStatus.Amber, RagTrend.Improved)]
    [InlineData(RagStatus.Green, RagStatus.Amber, RagTrend.Worsened)]
    [InlineData(RagStatus.Amber, RagStatus.Red, RagTrend.Worsened)]
    [InlineData(RagStatus.Amber, RagStatus.Green, RagTrend.Improved)]
    public void Trend_TwoRounds(RagStatus before, RagStatus after, RagTrend expected) =>
        Assert.Equal(expected, WithHistory(after, ("June", 6, before), ("October", 10, after)).Trend);

    [Fact]
    public void Trend_OneRound_NotKnown() => Assert.Equal(RagTrend.NotKnown, WithHistory(RagStatus.Amber, ("June", 6, RagStatus.Amber)).Trend);

    [Fact]
    public void Check_RagDiffersFromLatestRound_Warning()
    {
        var condition = WithHistory(RagStatus.Green, ("June", 6, RagStatus.Red), ("October", 10, RagStatus.Amber));
        var problem = Assert.Single(Agreement(Anyshire(), condition).Check("a.json"));
        Assert.Equal("safety_valve.conditions[0].rag", problem.Field);
        Assert.Equal("SEND-FIN-SV-HISTORY", problem.Code);
    }

    [Fact]
    public void Check_RoundsOutOfDateOrder_Warning()
    {
        var condition = WithHistory(RagStatus.Amber, ("October", 10, RagStatus.Red), ("June", 6, RagStatus.Amber));
        Assert.Equal("safety_valve.conditions[0].history[1].date", Assert.Single(Agreement(Anyshire(), condition).Check("a.json")).Field);
    }

    [Property]
    public bool Reprofile_LastCumulativeIsTotalChange(byte[] original, byte[] revised)
    {
        PaymentSchedule Of(byte[]? amounts) => new((amounts ?? Array.Empty<byte>()).Take(12)
            .Select((a, i) => new SafetyValvePayment(new Send.Domain.Calendars.FinancialYear(2020 + i % 6), M(a / 10m), PaymentStatus.Scheduled)));
        var reprofile = new PaymentReprofile(Of(original), Of(revised));
        var years = reprofile.Original.Payments.Select(p => p.Year).Intersect(reprofile.Revised.Payments.Select(p => p.Year)).ToHashSet();
        var common = Money.Sum(reprofile.Revised.Payments.Where(p => years.Contains(p.Year)).Select(p => p.Amount))
            - Money.Sum(reprofile.Original.Payments.Where(p => years.Contains(p.Year)).Select(p => p.Amount));
        var total = reprofile.Compare().Total;
        return years.Count == 0 ? total is null : total == common;
    }
}
