using System.Linq;
using Send.Domain.Statutory;
using Xunit;
using static Send.Domain.Tests.Statutory.Dates;

namespace Send.Domain.Tests.Statutory;

public sealed class AppealTests
{
    private static readonly DeadlineEngine Engine = ReferenceWorkingDays.Engine;

    [Theory]
    [Trait("rule", "TRIB-APPEAL")]
    // Notice 2025-01-08 + 2 months = Sat 2025-03-08 -> Mon 2025-03-10 (weekend roll).
    [InlineData("2025-01-08", null, "2025-03-10", true)]
    // Certificate 2025-01-31 + 1 month = 2025-02-28; the notice limb (2025-03-08) is later -> 2025-03-10.
    [InlineData("2025-01-08", "2025-01-31", "2025-03-10", true)]
    // Certificate 2025-02-20 + 1 month = Thu 2025-03-20, later than 2025-03-08; a working day.
    [InlineData("2025-01-08", "2025-02-20", "2025-03-20", false)]
    // Notice 2024-10-26 + 2 months = 2024-12-26 (Christmas window) -> first working day after 1 Jan 2025 = Thu 2025-01-02.
    [InlineData("2024-10-26", null, "2025-01-02", true)]
    // Notice 2026-10-27 + 2 months = 2026-12-27 -> first working day after Fri 1 Jan 2027 = Mon 2027-01-04.
    [InlineData("2026-10-27", null, "2027-01-04", true)]
    // Notice 2024-11-01 + 2 months = Wed 2025-01-01 -> Thu 2025-01-02.
    [InlineData("2024-11-01", null, "2025-01-02", true)]
    // Notice 2025-06-15 + 2 months = 2025-08-15 (August) -> first working day after 31 Aug = Mon 2025-09-01.
    [InlineData("2025-06-15", null, "2025-09-01", true)]
    // Notice 2026-06-30 + 2 months = 2026-08-30 (August) -> 31 Aug 2026 is a bank holiday anyway; first working day after = Tue 2026-09-01.
    [InlineData("2026-06-30", null, "2026-09-01", true)]
    // Notice 2025-02-18 + 2 months = Good Friday 2025-04-18 -> Easter Monday is also a holiday -> Tue 2025-04-22.
    [InlineData("2025-02-18", null, "2025-04-22", true)]
    // Notice 2025-01-13 + 2 months = Thu 2025-03-13: no roll.
    [InlineData("2025-01-13", null, "2025-03-13", false)]
    public void Appeal_Dates_RollAsHescRules(string notice, string? certificate, string expected, bool rolled)
    {
        var appeal = Engine.Appeal(D(notice), certificate is null ? null : D(certificate));
        Assert.Equal(D(expected), appeal.Due);
        Assert.Equal(rolled, (appeal.Flags & DeadlineFlags.Rolled) != 0);
        Assert.Equal(rolled, appeal.RollReason is not null);
        Assert.False(appeal.FallsOnNonWorkingDay);
    }

    [Fact]
    [Trait("rule", "EHC-CEASE")]
    public void Cessation_NoFixedLimit_InformationOnly()
    {
        var cease = Engine.Cessation(D("2025-01-08"));
        Assert.Equal(D("2025-03-10"), cease.Due);
        Assert.True((cease.Flags & DeadlineFlags.NoFixedLimit) != 0);
        Assert.Equal(DeadlineStatus.Information, cease.Status);
        Assert.False(cease.Rule.IsBinding);
    }

    [Fact]
    [Trait("rule", "MED-HOLD")]
    public void MediationHold_HealthOnlyWorkingDaysOption()
    {
        Assert.Equal(D("2025-02-12"), Engine.MediationHold(D("2025-01-13"), healthOnly: true).Due);
        var options = TimescaleOptions.Default with { HealthOnlyMediation = MediationDayCount.WorkingDays };
        // 30 working days after Mon 2025-01-13: 6 weeks of 5 = Mon 2025-02-24.
        Assert.Equal(D("2025-02-24"), Engine.MediationHold(D("2025-01-13"), true, options).Due);
        Assert.Equal(D("2025-02-12"), Engine.MediationHold(D("2025-01-13"), false, options).Due);
    }

    [Fact]
    [Trait("rule", "MED-AGREE-APPEALABLE")]
    public void MediationAgreement_Appealable_UsesOrderPeriods()
    {
        var deadlines = Engine.MediationAgreement(D("2025-01-13"), TribunalOrderKind.MakePlan);
        Assert.All(deadlines, d => Assert.Equal("MED-AGREE-APPEALABLE", d.RuleId));
        Assert.Equal(new[] { D("2025-02-17"), D("2025-03-31") }, deadlines.Select(d => d.Due));
        var other = Engine.MediationAgreement(D("2025-01-13"));
        Assert.Equal(new[] { "MED-AGREE-OTHER", "MED-AGREE-NOTIFY-LA" }, other.Select(d => d.RuleId));
    }

    [Fact]
    [Trait("rule", "TRIB-ORDER-ASSESS-FINAL")]
    public void TribunalOrder_SentDateOption_MovesClock()
    {
        var made = Engine.TribunalOrder(TribunalOrderKind.Assess, D("2025-01-13"), D("2025-01-20"));
        Assert.Equal(D("2025-04-21"), made.Single(d => d.RuleId == "TRIB-ORDER-ASSESS-FINAL").Due);
        var options = TimescaleOptions.Default with { TribunalOrderClock = TribunalOrderClock.OrderSent };
        var sent = Engine.TribunalOrder(TribunalOrderKind.Assess, D("2025-01-13"), D("2025-01-20"), options);
        Assert.Equal(D("2025-04-28"), sent.Single(d => d.RuleId == "TRIB-ORDER-ASSESS-FINAL").Due);
    }

    [Fact]
    [Trait("rule", "EHC-REASSESS-REFUSAL-WINDOW")]
    public void ReassessmentLookBack_BoundaryOption()
    {
        Assert.Equal(D("2024-07-13"), Engine.ReassessmentLookBack(D("2025-01-13")).Due);
        var exclusive = TimescaleOptions.Default with { ReassessmentLookBackIncludesBoundary = false };
        Assert.Equal(D("2024-07-14"), Engine.ReassessmentLookBack(D("2025-01-13"), exclusive).Due);
    }
}

public sealed class CalendarAgreementTests
{
    [Fact]
    [Trait("rule", "CNT-WORKDAY")]
    public void EnglandAndWales_AgreesWithReferenceBankHolidays2024To2027()
    {
        for (var date = ReferenceWorkingDays.MinCovered; date <= ReferenceWorkingDays.MaxCovered; date = date.PlusDays(1))
        {
            Assert.True(
                ReferenceWorkingDays.Instance.IsWorkingDay(date) == DeadlineEngine.EnglandAndWales.IsWorkingDay(date),
                $"{date:uuuu-MM-dd}: the calendar layer and the reference disagree");
        }
    }

    [Fact]
    [Trait("rule", "TRIB-APPEAL")]
    public void EnglandAndWales_Appeal_GoodFridayRollsToTuesday()
    {
        Assert.Equal(D("2025-04-22"), DeadlineEngine.EnglandAndWales.Appeal(D("2025-02-18")).Due);
    }
}
