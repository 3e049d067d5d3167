using System.Linq;
using Send.Domain.Statutory;
using Xunit;
using static Send.Domain.Tests.Statutory.Dates;

namespace Send.Domain.Tests.Statutory;

public sealed class ReviewTests
{
    private static readonly DeadlineEngine Engine = ReferenceWorkingDays.Engine;

    [Theory]
    [Trait("rule", "EHC-AR-FIRST")]
    [Trait("rule", "CNT-LEAP")]
    [Trait("rule", "CNT-BEGINNING")]
    [InlineData("2024-02-29", "2025-02-28", true)]
    [InlineData("2023-03-01", "2024-02-29", false)]
    [InlineData("2024-03-01", "2025-02-28", false)]
    [InlineData("2025-01-13", "2026-01-12", false)]
    public void Review_PlanIssued_FirstReviewPeriodEnds(string plan, string expected, bool clamped)
    {
        var first = Engine.Review(D(plan)).Single();
        Assert.Equal(D(expected), first.Due);
        Assert.Equal(clamped, (first.Flags & DeadlineFlags.ClampedToMonthEnd) != 0);
    }

    [Fact]
    [Trait("rule", "EHC-AR-NOTICE")]
    [Trait("rule", "EHC-AR-ADVICE-CIRC")]
    [Trait("rule", "EHC-AR-REPORT")]
    [Trait("rule", "EHC-AR-DECISION")]
    [Trait("rule", "EHC-AR-12WK-CAP")]
    [Trait("rule", "EHC-AR-NEXT")]
    [Trait("rule", "CNT-BEFORE")]
    public void Review_Meeting20250211_StepsAroundIt()
    {
        var all = Engine.Review(D("2024-02-29"), D("2025-02-11")).ToDictionary(d => d.RuleId);
        Assert.Equal(D("2025-01-28"), all["EHC-AR-NOTICE"].Due);
        Assert.Equal(D("2025-01-28"), all["EHC-AR-ADVICE-CIRC"].Due);
        Assert.Equal(D("2025-02-25"), all["EHC-AR-REPORT"].Due);
        Assert.Equal(D("2025-03-11"), all["EHC-AR-DECISION"].Due);
        Assert.Equal(D("2025-05-06"), all["EHC-AR-12WK-CAP"].Due);
        Assert.Equal(D("2026-02-10"), all["EHC-AR-NEXT"].Due);
        Assert.Equal(D("2025-02-28"), all["EHC-AR-FIRST"].Due);
    }

    [Fact]
    [Trait("rule", "EHC-AR-NEXT")]
    public void Review_DecisionAnchorOption_UsesDecisionDate()
    {
        var options = TimescaleOptions.Default with { ReviewAnchor = ReviewAnchor.DecisionDate };
        var next = Engine.Review(D("2024-02-29"), D("2025-02-11"), D("2025-03-04"), options).Single(d => d.RuleId == "EHC-AR-NEXT");
        Assert.Equal(D("2026-03-03"), next.Due);
        var byDefault = Engine.Review(D("2024-02-29"), D("2025-02-11"), D("2025-03-04")).Single(d => d.RuleId == "EHC-AR-NEXT");
        Assert.Equal(D("2026-02-10"), byDefault.Due);
    }

    [Theory]
    [Trait("rule", "EHC-PHASE-SCHOOL")]
    [Trait("rule", "EHC-PHASE-POST16")]
    [InlineData(PhaseTransferKind.School, 2026, "2026-02-14", true)] // Saturday: not moved
    [InlineData(PhaseTransferKind.School, 2027, "2027-02-14", true)] // Sunday: not moved
    [InlineData(PhaseTransferKind.School, 2025, "2025-02-14", false)]
    [InlineData(PhaseTransferKind.PostSixteen, 2025, "2025-03-30", true)] // Sunday: not moved
    [InlineData(PhaseTransferKind.PostSixteen, 2026, "2026-03-30", false)]
    public void PhaseTransfer_Year_LastCompliantDayNeverMoves(PhaseTransferKind kind, int year, string expected, bool weekend)
    {
        var deadline = Engine.PhaseTransfer(kind, year);
        Assert.Equal(D(expected), deadline.Due);
        Assert.Equal(weekend, deadline.FallsOnNonWorkingDay);
        Assert.True((deadline.Flags & DeadlineFlags.Rolled) == 0);
    }

    [Theory]
    [Trait("rule", "EHC-PHASE-P16-P16")]
    [Trait("rule", "CNT-MONTHS")]
    [InlineData("2025-07-31", "2025-02-28", true)]
    [InlineData("2024-07-31", "2024-02-29", true)]
    [InlineData("2025-09-01", "2025-04-01", false)]
    public void PostSixteenTransfer_FiveMonthsBefore_ClampedToMonthEnd(string transfer, string expected, bool clamped)
    {
        var deadline = Engine.PostSixteenTransfer(D(transfer));
        Assert.Equal(D(expected), deadline.Due);
        Assert.Equal(clamped, (deadline.Flags & DeadlineFlags.ClampedToMonthEnd) != 0);
    }

    [Theory]
    [Trait("rule", "CNT-MONTHS")]
    [Trait("rule", "MED-CONTACT")]
    [InlineData("2025-01-31", 1, "2025-02-28")]
    [InlineData("2024-01-31", 1, "2024-02-29")]
    [InlineData("2024-12-31", 2, "2025-02-28")]
    public void MonthsAfter_NoCorrespondingDate_ClampsToMonthEnd(string trigger, int months, string expected)
    {
        var period = StatutoryPeriod.MonthsAfter(months);
        Assert.Equal(D(expected), period.Apply(D(trigger), null, out var clamped));
        Assert.True(clamped);
        if (months == 2)
        {
            Assert.Equal(D(expected), Engine.Compute("MED-CONTACT", D(trigger)).Due);
        }
    }

    [Fact]
    [Trait("rule", "EHC-XFER-REVIEW")]
    public void TransferReview_LaterOfTwelveMonthsAndThreeMonths()
    {
        // Plan 2024-02-29: 12-month period ends 2025-02-28; transfer 2025-01-20: 3 months beginning with it end 2025-04-19.
        Assert.Equal(D("2025-04-19"), Engine.TransferReview(D("2024-02-29"), D("2025-01-20")).Due);
        // Transfer early in the year: the 12-month limb is later.
        Assert.Equal(D("2025-02-28"), Engine.TransferReview(D("2024-02-29"), D("2024-06-03")).Due);
    }

    [Fact]
    [Trait("rule", "EHC-XFER-SEND")]
    [Trait("rule", "CNT-WORKDAY")]
    public void TransferSend_LateKnowledge_FifteenWorkingDaysBeginningWith()
    {
        // Learned Thursday 2025-04-10; Good Friday 18 Apr and Easter Monday 21 Apr are not working days.
        // Working days: 10,11,14,15,16,17 (6), 22,23,24,25 (10), 28,29,30, 1 May, 2 May (15) -> 2025-05-02.
        Assert.Equal(D("2025-05-02"), Engine.TransferSend(D("2025-04-14"), D("2025-04-10")).Due);
        // Known well before the move: due on the move day.
        Assert.Equal(D("2025-06-30"), Engine.TransferSend(D("2025-06-30"), D("2025-04-10")).Due);
    }

    [Fact]
    [Trait("rule", "EHC-AR-UNDER5")]
    public void UnderFive_IsRecommended_NeverOverdue()
    {
        var ehcCase = new EhcCase("U5", new[] { new CaseEvent(CaseEventKind.FinalIssued, D("2024-01-10")) }, dateOfBirth: D("2021-06-01"));
        var timeline = Engine.Evaluate(ehcCase, D("2025-03-31"));
        var under5 = timeline.Deadlines.Single(d => d.RuleId == "EHC-AR-UNDER5");
        Assert.Equal(D("2024-07-10"), under5.Due);
        Assert.Equal(DeadlineStatus.Lapsed, under5.Status);
        Assert.Equal(DeadlineStatus.Overdue, timeline.Deadlines.Single(d => d.RuleId == "EHC-AR-FIRST").Status);
    }
}
