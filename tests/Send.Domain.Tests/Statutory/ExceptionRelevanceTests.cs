using System.Linq;
using Send.Domain.Statutory;
using Xunit;
using static Send.Domain.Tests.Statutory.Dates;

namespace Send.Domain.Tests.Statutory;

/// <summary>
/// Reference section 3, "Relevance to a deadline" (SEND Regulations 2014, regs 5(4), 10(4) and 13(3)): an exception
/// is tested against the period of the deadline in question, from its trigger to its due date. Request received
/// Monday 2025-01-13: the 6-week decision is due 2025-02-24 (+42 days), the 20-week final plan 2025-06-02 (+140 days).
/// Each test makes exactly one condition fail.
/// </summary>
public sealed class ExceptionRelevanceTests
{
    private static readonly DeadlineEngine Engine = ReferenceWorkingDays.Engine;
    private static readonly string[] All = { "*" };

    private static StatutoryDeadline Evaluate(string ruleId, string asAt, params ExceptionFact[] facts)
    {
        var ehcCase = new EhcCase("C-1", new[] { new CaseEvent(CaseEventKind.RequestReceived, D("2025-01-13")) }, facts);
        return Engine.Evaluate(ehcCase, D(asAt)).Deadlines.Single(d => d.RuleId == ruleId);
    }

    // Closure 2025-03-03 to reopening 2025-04-07: 35 days; advice window 2025-02-24 to 2025-03-31 inclusive.
    [Fact]
    [Trait("rule", "EXC-CLOSURE-SCHOOL")]
    public void Closure_AllConditionsMet_Disapplies()
    {
        var final = Evaluate(StatutoryRuleIds.EhcFinalPlan, "2025-07-01", new ClosureFact(ClosureSetting.School, D("2025-03-03"), D("2025-04-07"), D("2025-03-10"), All));
        var assessment = final.Exceptions.Single();
        Assert.Equal(3, assessment.Conditions.Count);
        Assert.All(assessment.Conditions, c => Assert.True(c.Met));
        Assert.Equal(DeadlineStatus.Disapplied, final.Status);
        Assert.Null(final.DaysOverdue); // a disapplied limit is not overdue
    }

    [Fact]
    [Trait("rule", "EXC-CLOSURE-SCHOOL")]
    public void Closure_TooShortOnly_NotEligible()
    {
        // Reopening 2025-03-30: 27 days; window 2025-02-24 to 2025-03-23 still holds the 2025-03-10 request.
        var final = Evaluate(StatutoryRuleIds.EhcFinalPlan, "2025-07-01", new ClosureFact(ClosureSetting.School, D("2025-03-03"), D("2025-03-30"), D("2025-03-10"), All));
        var unmet = Assert.Single(final.Exceptions.Single().Conditions, c => !c.Met);
        Assert.Contains("at least 28 days", unmet.Description, System.StringComparison.Ordinal);
        Assert.Equal(DeadlineStatus.Overdue, final.Status);
    }

    [Fact]
    [Trait("rule", "EXC-CLOSURE-SCHOOL")]
    public void Closure_RequestOutsideWindowOnly_NotEligible()
    {
        // 2025-04-01 is after the window end 2025-03-31 but inside the final plan's period.
        var final = Evaluate(StatutoryRuleIds.EhcFinalPlan, "2025-07-01", new ClosureFact(ClosureSetting.School, D("2025-03-03"), D("2025-04-07"), D("2025-04-01"), All));
        var unmet = Assert.Single(final.Exceptions.Single().Conditions, c => !c.Met);
        Assert.Contains("closure's window", unmet.Description, System.StringComparison.Ordinal);
        Assert.Equal(DeadlineStatus.Overdue, final.Status);
    }

    [Fact]
    [Trait("rule", "EXC-CLOSURE-SCHOOL")]
    public void Closure_InAnEarlierYearBeforeTheRequest_NotRelevant()
    {
        // Summer closure 2024-07-24 to 2024-09-04 (42 days), window 2024-07-17 to 2024-08-28, advice 2024-08-01: all
        // true of the closure, but the request for advice came before this deadline's clock started (2025-01-13).
        var final = Evaluate(StatutoryRuleIds.EhcFinalPlan, "2025-07-01", new ClosureFact(ClosureSetting.School, D("2024-07-24"), D("2024-09-04"), D("2024-08-01"), All));
        var unmet = Assert.Single(final.Exceptions.Single().Conditions, c => !c.Met);
        Assert.Contains("before the clock started", unmet.Description, System.StringComparison.Ordinal);
        Assert.Equal(DeadlineStatus.Overdue, final.Status);
        Assert.Equal(29, final.DaysOverdue); // 2025-06-02 to 2025-07-01
    }

    [Fact]
    [Trait("rule", "EXC-CLOSURE-SCHOOL")]
    public void Closure_AfterTheSixWeekDecisionPassed_DisappliesTheFinalPlanOnly()
    {
        // The same closure (advice 2025-03-10) is relevant to the 20 weeks but not to the 6-week decision due 2025-02-24.
        var closure = new ClosureFact(ClosureSetting.School, D("2025-03-03"), D("2025-04-07"), D("2025-03-10"), All);
        var decision = Evaluate(StatutoryRuleIds.EhcAssessDecision, "2025-03-31", closure);
        var unmet = Assert.Single(decision.Exceptions.Single().Conditions, c => !c.Met);
        Assert.Contains("after the deadline had passed", unmet.Description, System.StringComparison.Ordinal);
        Assert.Equal(DeadlineStatus.Overdue, decision.Status);
        Assert.Equal(35, decision.DaysOverdue); // 2025-02-24 to 2025-03-31
        Assert.Equal(DeadlineStatus.Disapplied, Evaluate(StatutoryRuleIds.EhcFinalPlan, "2025-03-31", closure).Status);
    }

    [Fact]
    [Trait("rule", "EXC-ABSENCE")]
    public void Absence_AfterTheDeadlinePassed_NotRelevant()
    {
        var absence = new AbsenceFact(D("2025-03-01"), D("2025-04-30"), All); // 61 days, all after 2025-02-24
        var decision = Evaluate(StatutoryRuleIds.EhcAssessDecision, "2025-05-01", absence);
        Assert.False(decision.Exceptions.Single().Eligible);
        Assert.Equal(DeadlineStatus.Overdue, decision.Status);
        Assert.True(Evaluate(StatutoryRuleIds.EhcFinalPlan, "2025-05-01", absence).Exceptions.Single().Eligible);
    }

    [Fact]
    [Trait("rule", "EXC-PERSONAL")]
    public void Personal_BeforeTheTrigger_NotRelevant()
    {
        var personal = new PersonalCircumstancesFact(D("2024-11-01"), D("2025-01-12"), "illness", All);
        var final = Evaluate(StatutoryRuleIds.EhcFinalPlan, "2025-07-01", personal);
        Assert.False(Assert.Single(final.Exceptions.Single().Conditions).Met);
        Assert.Equal(DeadlineStatus.Overdue, final.Status);
    }

    [Fact]
    [Trait("rule", "EXC-ABSENCE")]
    public void Absence_StartingAfterTheAsAtDate_IsNotYetKnown()
    {
        // Issue #16 defect 2: as at 2025-04-15 an absence from 2025-05-01 was not known.
        var final = Evaluate(StatutoryRuleIds.EhcFinalPlan, "2025-04-15", new AbsenceFact(D("2025-05-01"), D("2025-07-31"), All));
        Assert.Empty(final.Exceptions);
        Assert.Equal(DeadlineStatus.Pending, final.Status);
    }

    [Fact]
    [Trait("rule", "EXC-ABSENCE")]
    public void Absence_OngoingOnTheAsAtDate_CountsOnlyTheDaysKnown()
    {
        // Away from 2025-04-01 (to 2025-06-30); as at 2025-04-15 only 15 days (1st to 15th inclusive) are known: fewer than 28.
        var final = Evaluate(StatutoryRuleIds.EhcFinalPlan, "2025-04-15", new AbsenceFact(D("2025-04-01"), D("2025-06-30"), All));
        var assessment = final.Exceptions.Single();
        Assert.False(assessment.Eligible);
        Assert.Equal(15, assessment.DaysInPeriod);
        Assert.Equal(DeadlineStatus.Pending, final.Status);

        var later = Evaluate(StatutoryRuleIds.EhcFinalPlan, "2025-05-01", new AbsenceFact(D("2025-04-01"), D("2025-06-30"), All));
        Assert.True(later.Exceptions.Single().Eligible); // 31 days known by 2025-05-01
    }
}
