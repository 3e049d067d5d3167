using System.Linq;
using Send.Domain.Statutory;
using Xunit;
using static Send.Domain.Tests.Statutory.Dates;

namespace Send.Domain.Tests.Statutory;

public sealed class CaseEvaluationTests
{
    private static readonly DeadlineEngine Engine = ReferenceWorkingDays.Engine;

    private static EhcCase NewAssessment(params CaseEvent[] more) =>
        new("C-100", new[] { new CaseEvent(CaseEventKind.RequestReceived, D("2025-01-13")) }.Concat(more));

    [Fact]
    public void Evaluate_FinalEightDaysLate_MetLate()
    {
        var timeline = Engine.Evaluate(
            NewAssessment(
                new CaseEvent(CaseEventKind.DecisionToAssess, D("2025-02-20")),
                new CaseEvent(CaseEventKind.DraftIssued, D("2025-05-20")),
                new CaseEvent(CaseEventKind.FinalIssued, D("2025-06-10"))),
            D("2025-07-01"));
        var byRule = timeline.Deadlines.ToDictionary(d => d.RuleId);
        Assert.Equal(DeadlineStatus.MetOnTime, byRule["EHC-ASSESS-DECISION"].Status);
        Assert.Equal(DeadlineStatus.NotApplicable, byRule["EHC-ASSESS-REFUSAL-NOTICE"].Status);
        Assert.Equal(DeadlineStatus.NotApplicable, byRule["EHC-NO-PLAN-DECISION"].Status);
        Assert.Equal(DeadlineStatus.MetLate, byRule["EHC-FINAL-PLAN"].Status);
        Assert.Equal(8, byRule["EHC-FINAL-PLAN"].DaysLate);
        Assert.Equal(DeadlineStatus.MetLate, byRule["EHC-DRAFT-LATEST"].Status); // draft 2 days after 2025-05-18
        Assert.Equal(DeadlineStatus.MetOnTime, byRule["EHC-DRAFT-COMMENT"].Status); // final after 2025-06-03
        Assert.Equal(D("2026-06-09"), byRule["EHC-AR-FIRST"].Due);
        Assert.Equal(DeadlineStatus.Pending, byRule["EHC-AR-FIRST"].Status);
    }

    [Fact]
    public void Evaluate_NoFinalAsAt_OverdueByDays()
    {
        var timeline = Engine.Evaluate(NewAssessment(new CaseEvent(CaseEventKind.DecisionToAssess, D("2025-03-03"))), D("2025-07-01"));
        var decision = timeline.Deadlines.Single(d => d.RuleId == "EHC-ASSESS-DECISION");
        Assert.Equal(DeadlineStatus.MetLate, decision.Status);
        Assert.Equal(7, decision.DaysLate);
        var final = timeline.Overdue.Single(d => d.RuleId == "EHC-FINAL-PLAN");
        Assert.Equal(29, final.DaysOverdue);
        Assert.Contains("OVERDUE by 29 days", final.Explain(), System.StringComparison.Ordinal);
    }

    [Fact]
    [Trait("rule", "EHC-ASSESS-REFUSAL-NOTICE")]
    public void Evaluate_Refusal_FinalNotApplicable_AppealFromNotice()
    {
        var timeline = Engine.Evaluate(
            NewAssessment(
                new CaseEvent(CaseEventKind.DecisionNotToAssess, D("2025-02-21")),
                new CaseEvent(CaseEventKind.DecisionNoticeSent, D("2025-02-21"))),
            D("2025-03-31"));
        var byRule = timeline.Deadlines.ToDictionary(d => d.RuleId);
        Assert.Equal(DeadlineStatus.MetOnTime, byRule["EHC-ASSESS-REFUSAL-NOTICE"].Status);
        Assert.Equal(DeadlineStatus.NotApplicable, byRule["EHC-FINAL-PLAN"].Status);
        Assert.Equal(D("2025-04-22"), byRule["TRIB-APPEAL"].Due); // 2025-04-21 is Easter Monday
        Assert.Equal(D("2025-04-21"), byRule["MED-CONTACT"].Due); // Regs date: not moved
        Assert.True(byRule["MED-CONTACT"].FallsOnNonWorkingDay);
    }

    [Fact]
    public void Evaluate_EventsAfterAsAt_Ignored()
    {
        var ehcCase = NewAssessment(new CaseEvent(CaseEventKind.FinalIssued, D("2025-05-30")));
        var before = Engine.Evaluate(ehcCase, D("2025-05-01")).Deadlines.Single(d => d.RuleId == "EHC-FINAL-PLAN");
        Assert.Equal(DeadlineStatus.Pending, before.Status);
        var after = Engine.Evaluate(ehcCase, D("2025-06-30")).Deadlines.Single(d => d.RuleId == "EHC-FINAL-PLAN");
        Assert.Equal(DeadlineStatus.MetOnTime, after.Status);
    }

    [Fact]
    [Trait("rule", "EHC-AR-AMEND-COMMENT")]
    [Trait("rule", "EHC-AR-AMEND-FINAL")]
    [Trait("rule", "EHC-AR-NOT-AMEND")]
    [Trait("rule", "EHC-AR-12WK-CAP")]
    public void Evaluate_ReviewChain_AmendmentsLate()
    {
        var ehcCase = new EhcCase("R-1", new[]
        {
            new CaseEvent(CaseEventKind.FinalIssued, D("2024-02-29")),
            new CaseEvent(CaseEventKind.ReviewMeeting, D("2025-02-11")),
            new CaseEvent(CaseEventKind.AmendmentsProposed, D("2025-03-04")),
            new CaseEvent(CaseEventKind.AmendedPlanIssued, D("2025-05-12")),
        });
        var byRule = Engine.Evaluate(ehcCase, D("2025-06-30")).Deadlines.ToDictionary(d => d.RuleId);
        Assert.Equal(DeadlineStatus.MetOnTime, byRule["EHC-AR-FIRST"].Status);
        Assert.Equal(DeadlineStatus.MetOnTime, byRule["EHC-AR-DECISION"].Status);
        Assert.Equal(DeadlineStatus.MetOnTime, byRule["EHC-AR-AMEND-COMMENT"].Status);
        Assert.Equal(D("2025-04-29"), byRule["EHC-AR-AMEND-FINAL"].Due);
        Assert.Equal(13, byRule["EHC-AR-AMEND-FINAL"].DaysLate);
        Assert.Equal(DeadlineStatus.NotApplicable, byRule["EHC-AR-NOT-AMEND"].Status);
        Assert.Equal(D("2025-05-06"), byRule["EHC-AR-12WK-CAP"].Due);
        Assert.Equal(DeadlineStatus.MetLate, byRule["EHC-AR-12WK-CAP"].Status);
        Assert.Equal(D("2026-02-10"), byRule["EHC-AR-NEXT"].Due);
    }

    [Fact]
    [Trait("rule", "EHC-XFER-NOTIFY")]
    [Trait("rule", "EHC-REASSESS-DECISION")]
    [Trait("rule", "EHC-REASSESS-FINAL")]
    [Trait("rule", "MED-CERT-DECLINED")]
    [Trait("rule", "TRIB-UNOPP-ASSESS")]
    public void Evaluate_TransferReassessMediationUnopposed()
    {
        var ehcCase = new EhcCase("T-1", new[]
        {
            new CaseEvent(CaseEventKind.TransferIn, D("2025-01-13")) { RelatedDate = D("2024-02-29") },
            new CaseEvent(CaseEventKind.TransferNotice, D("2025-02-20")),
            new CaseEvent(CaseEventKind.ReassessmentRequested, D("2025-03-03")),
            new CaseEvent(CaseEventKind.ReassessmentDecision, D("2025-03-20")),
            new CaseEvent(CaseEventKind.MediationDeclined, D("2025-03-21")),
            new CaseEvent(CaseEventKind.MediationCertificateIssued, D("2025-03-25")),
            new CaseEvent(CaseEventKind.UnopposedNotice, D("2025-04-01")) { Unopposed = UnopposedAppealKind.Assess },
        });
        var deadlines = Engine.Evaluate(ehcCase, D("2025-04-30")).Deadlines;
        var byRule = deadlines.GroupBy(d => d.RuleId).ToDictionary(g => g.Key, g => g.First());
        Assert.Equal(DeadlineStatus.MetOnTime, byRule["EHC-XFER-NOTIFY"].Status);
        Assert.Equal(D("2025-04-12"), byRule["EHC-XFER-REVIEW"].Due);
        Assert.Equal(DeadlineStatus.Overdue, byRule["EHC-XFER-REVIEW"].Status);
        Assert.Equal(D("2025-03-18"), byRule["EHC-REASSESS-DECISION"].Due);
        Assert.Equal(2, byRule["EHC-REASSESS-DECISION"].DaysLate);
        Assert.Equal(D("2025-06-26"), byRule["EHC-REASSESS-FINAL"].Due);
        Assert.Equal(D("2025-03-26"), byRule["MED-CERT-DECLINED"].Due); // 3 working days after Fri 21 Mar
        Assert.Equal(DeadlineStatus.MetOnTime, byRule["MED-CERT-DECLINED"].Status);
        Assert.Equal(DeadlineStatus.Overdue, byRule["TRIB-UNOPP-ASSESS"].Status);
        Assert.Equal(15, byRule["TRIB-UNOPP-ASSESS"].DaysOverdue);
        Assert.Equal(D("2025-04-15"), byRule["TRIB-UNOPP-ASSESS"].Due);
    }
}
