using System;
using FsCheck.Xunit;
using NodaTime;
using Send.Domain.Statutory;
using Xunit;
using static Send.Domain.Tests.Statutory.Dates;

namespace Send.Domain.Tests.Statutory;

/// <summary>Planning backwards: each derived date worked by hand from the reference, and fed forward by property.</summary>
public sealed class PlanningTests
{
    private static readonly DeadlineEngine Engine = ReferenceWorkingDays.Engine;

    private static LocalDate DateFrom(int offset) => ReferenceWorkingDays.MinCovered.PlusDays(Math.Abs(offset % 1000));

    [Fact]
    [Trait("rule", "EHC-DRAFT-LATEST")]
    public void LatestDraft_FinalDueMinus15Days_ChainsFinalPlanAndCommentPeriod()
    {
        // Request 2025-01-13: final plan due 2025-06-02 (reg 13(2)); a draft served 2025-05-18 is day 1 of 15, comments end 2025-06-01, final from 2025-06-02.
        var latest = Engine.LatestDraft(D("2025-01-13"));
        Assert.Equal(D("2025-05-18"), latest.Date);
        Assert.Equal(DerivedDateKind.Latest, latest.Kind);
        Assert.Equal(new[] { "EHC-FINAL-PLAN", "EHC-DRAFT-COMMENT" }, latest.RuleIds);
        Assert.Contains("reg 13(2)", latest.Citation, StringComparison.Ordinal);
        Assert.Contains("reg 13(1)", latest.Citation, StringComparison.Ordinal);
        Assert.True(latest.FallsOnNonWorkingDay); // a Sunday
        Assert.Contains("act by the working day before", latest.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("rule", "EHC-DRAFT-COMMENT")]
    public void EarliestFinalAfterDraft_Day16()
    {
        Assert.Equal(D("2025-06-02"), Engine.EarliestFinalAfterDraft(D("2025-05-18")).Date);
    }

    [Theory]
    [Trait("rule", "EHC-PHASE-SCHOOL")]
    [Trait("rule", "EHC-PHASE-POST16")]
    [InlineData(PhaseTransferKind.School, "2026-01-30")] // last compliant day 2026-02-14 - 15
    [InlineData(PhaseTransferKind.PostSixteen, "2026-03-15")] // last compliant day 2026-03-30 - 15
    public void LatestAmendmentNotice_PhaseDeadlineMinus15Days(PhaseTransferKind kind, string expected)
    {
        var latest = Engine.LatestAmendmentNotice(kind, 2026);
        Assert.Equal(D(expected), latest.Date);
        Assert.Equal("EHC-AR-AMEND-COMMENT", latest.RuleIds[1]);
    }

    [Fact]
    [Trait("rule", "EHC-AR-FIRST")]
    [Trait("rule", "EHC-AR-DECISION")]
    public void LatestReviewMeeting_PeriodEndMinus28Days()
    {
        // Plan 2024-02-29: the 12 months end 2025-02-28; the decision 4 weeks after a meeting on 2025-01-31 is due 2025-02-28.
        Assert.Equal(D("2025-01-31"), Engine.LatestReviewMeeting(D("2024-02-29")).Date);
    }

    [Fact]
    [Trait("rule", "EHC-AR-UNDER5")]
    public void UnderFiveWindow_StartsThreeMonthsAfter()
    {
        var start = Engine.UnderFiveWindowStart(D("2024-02-29"));
        Assert.Equal(D("2024-05-29"), start.Date);
        Assert.Equal(DerivedDateKind.WindowStart, start.Kind);
    }

    [Fact]
    public void Plan_Case_GivesTheDatesThatBear()
    {
        var ehcCase = new EhcCase("P-1", new[] { new CaseEvent(CaseEventKind.RequestReceived, D("2025-01-13")) }, dateOfBirth: D("2022-01-01"), phaseTransfer: new PhaseTransfer(PhaseTransferKind.School, 2026));
        var plan = Engine.Plan(ehcCase, D("2025-03-01"));
        Assert.Equal(new[] { "PLAN-DRAFT-LATEST", "PLAN-PHASE-AMEND-LATEST" }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(plan, d => d.Id)));
    }

    [Fact]
    [Trait("rule", "EHC-AR-DECISION")]
    public void ReviewDecision_AfterTheReviewPeriod_Flagged()
    {
        // Plan 2024-03-01: period ends 2025-02-28. Meeting 2025-02-20, decision 2025-03-05: within 4 weeks, after the period.
        var ehcCase = new EhcCase("R-1", new[]
        {
            new CaseEvent(CaseEventKind.FinalIssued, D("2024-03-01")),
            new CaseEvent(CaseEventKind.ReviewMeeting, D("2025-02-20")),
            new CaseEvent(CaseEventKind.ReviewDecision, D("2025-03-05")),
        });
        var decision = System.Linq.Enumerable.Single(Engine.Evaluate(ehcCase, D("2025-04-01")).Deadlines, d => d.RuleId == StatutoryRuleIds.EhcArDecision);
        Assert.Equal(DeadlineStatus.MetOnTime, decision.Status);
        Assert.True(decision.Flags.HasFlag(DeadlineFlags.DecisionAfterReviewPeriod));
    }

    [Property(MaxTest = 300)]
    public bool LatestDraft_FedForward_MeetsTheDeadlineExactly_OneDayLaterDoesNot(int offset)
    {
        var request = DateFrom(offset);
        var final = Engine.Compute(StatutoryRuleIds.EhcFinalPlan, request).Due;
        var latest = Engine.LatestDraft(request).Date;
        return Engine.EarliestFinalAfterDraft(latest).Date == final
            && Engine.EarliestFinalAfterDraft(latest.PlusDays(1)).Date > final;
    }

    [Property(MaxTest = 100)]
    public bool LatestAmendmentNotice_FedForward_MeetsThePhaseDeadlineExactly(int offset, bool school)
    {
        var year = 2024 + Math.Abs(offset % 4);
        var kind = school ? PhaseTransferKind.School : PhaseTransferKind.PostSixteen;
        var deadline = Engine.PhaseTransfer(kind, year).Due;
        var latest = Engine.LatestAmendmentNotice(kind, year).Date;
        LocalDate EarliestAmendedPlan(LocalDate served) => Engine.Compute(StatutoryRuleIds.EhcArAmendComment, served).Due.PlusDays(1);
        return EarliestAmendedPlan(latest) == deadline && EarliestAmendedPlan(latest.PlusDays(1)) > deadline;
    }

    [Property(MaxTest = 300)]
    public bool LatestReviewMeeting_FedForward_DecisionDueOnThePeriodEnd(int offset, bool first)
    {
        var anchor = DateFrom(offset);
        var periodEnd = Engine.Compute(first ? StatutoryRuleIds.EhcArFirst : StatutoryRuleIds.EhcArNext, anchor).Due;
        var meeting = Engine.LatestReviewMeeting(anchor, first).Date;
        return Engine.Compute(StatutoryRuleIds.EhcArDecision, meeting).Due == periodEnd
            && Engine.Compute(StatutoryRuleIds.EhcArDecision, meeting.PlusDays(1)).Due > periodEnd;
    }
}
