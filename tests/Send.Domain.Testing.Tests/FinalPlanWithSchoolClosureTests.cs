using System.Linq;
using NodaTime;
using Send.Domain.Statutory;
using Xunit;

namespace Send.Domain.Testing.Tests;

/// <summary>
/// A 20-week final plan with a school-closure exception, built with the package's builders and worked by hand from
/// the developer reference (/work/shared/domain/statutory-timescales.md):
/// <list type="bullet">
/// <item>Request received Monday 2 June 2025 (day 0, CNT-DAY0).</item>
/// <item>EHC-ASSESS-DECISION, 6 weeks: 2 June + 42 days = Monday 14 July 2025 (June 28 days to 30 June, + 14).</item>
/// <item>EHC-FINAL-PLAN, 20 weeks: 2 June + 140 days = Monday 20 October 2025 (28 to 30 June, 59 to 31 July, 90 to
/// 31 August, 120 to 30 September, + 20).</item>
/// <item>The school's summer closure: last day of term Tuesday 22 July, first closed day Wednesday 23 July, reopening
/// Wednesday 3 September 2025: 8 + 31 + 3 = 42 days, at least 28 (EXC-CLOSURE-SCHOOL). Advice window: 7 days before
/// the first closed day (16 July) to 7 days before reopening (27 August), inclusive.</item>
/// <item>Advice asked of the head teacher on Friday 18 July 2025: inside the window, and inside the final plan's
/// period (2 June to 20 October), but after the 6-week decision was due (14 July), so the closure is relevant to the
/// 20-week limit only (section 3, "Relevance to a deadline").</item>
/// <item>Final plan issued Monday 3 November 2025: 14 days after 20 October. Invoked, the exception disapplies the
/// limit (status Disapplied); the statutory date stays 20 October (section 3, "Legal effect").</item>
/// </list>
/// </summary>
public sealed class FinalPlanWithSchoolClosureTests
{
    private static readonly LocalDate RequestReceived = new(2025, 6, 2);
    private static readonly LocalDate AdviceAskedOfHead = new(2025, 7, 18);
    private static readonly LocalDate FinalIssued = new(2025, 11, 3);

    private static readonly SchoolCalendarBuilder Calendar = SchoolCalendarBuilder.Named("Test primary 2025")
        .Term("Summer 1", new LocalDate(2025, 4, 22), new LocalDate(2025, 5, 23))
        .Term("Summer 2", new LocalDate(2025, 6, 2), new LocalDate(2025, 7, 22))
        .Term("Autumn 1", new LocalDate(2025, 9, 3), new LocalDate(2025, 10, 24));

    private static EhcCaseBuilder Case() => EhcCaseBuilder.RequestedOn("C-0001", RequestReceived)
        .DecisionToAssess(new LocalDate(2025, 7, 16))
        .AdviceRequested(AdviceAskedOfHead, "School")
        .DraftIssued(new LocalDate(2025, 10, 10))
        .FinalIssued(FinalIssued);

    private static StatutoryDeadline Deadline(EhcCase ehcCase, string ruleId) =>
        DeadlineEngine.EnglandAndWales.Evaluate(ehcCase, LondonClock.On(new LocalDate(2025, 11, 10))).Deadlines.Single(d => d.RuleId == ruleId);

    [Fact]
    public void Calendar_SummerHoliday_IsTheHandWorkedClosure()
    {
        var closure = Calendar.Build().ClosureContaining(new LocalDate(2025, 8, 1));

        Assert.NotNull(closure);
        Assert.Equal(new LocalDate(2025, 7, 23), closure.Value.FirstClosedDay);
        Assert.Equal(new LocalDate(2025, 9, 3), closure.Value.ReopeningDate);
        Assert.Equal(42, closure.Value.LengthInDays);
    }

    [Fact]
    public void FinalPlan_ClosureInvoked_IsDisappliedAndKeepsTheStatutoryDate()
    {
        var ehcCase = Case().SchoolClosure(Calendar.Build(), AdviceAskedOfHead, StatutoryRuleIds.EhcFinalPlan).Build();

        var finalPlan = Deadline(ehcCase, StatutoryRuleIds.EhcFinalPlan);

        Assert.Equal(new LocalDate(2025, 10, 20), finalPlan.Due);
        Assert.Equal(DeadlineStatus.Disapplied, finalPlan.Status);
        Assert.Equal(FinalIssued, finalPlan.CompletedOn);
    }

    [Fact]
    public void FinalPlan_SameClosureNotInvoked_IsFourteenDaysLate()
    {
        var ehcCase = Case().SchoolClosure(Calendar.Build(), AdviceAskedOfHead).Build();

        var finalPlan = Deadline(ehcCase, StatutoryRuleIds.EhcFinalPlan);

        Assert.Equal(new LocalDate(2025, 10, 20), finalPlan.Due);
        Assert.Equal(DeadlineStatus.MetLate, finalPlan.Status);
        Assert.Equal(14, finalPlan.DaysLate);
    }

    [Fact]
    public void SixWeekDecision_ClosureInvokedForEverything_IsNotRelevantBecauseItHadPassed()
    {
        // Invoked for every deadline ("*"), but the advice was asked on 18 July, after the decision was due on 14 July.
        var ehcCase = Case().SchoolClosure(Calendar.Build(), AdviceAskedOfHead, "*").Build();

        var decision = Deadline(ehcCase, StatutoryRuleIds.EhcAssessDecision);

        Assert.Equal(new LocalDate(2025, 7, 14), decision.Due);
        Assert.Equal(DeadlineStatus.MetLate, decision.Status);
        Assert.Equal(2, decision.DaysLate);
    }

    [Fact]
    public void FinalPlan_ClosureTypedByHand_SameVerdictAsFromTheCalendar()
    {
        var ehcCase = Case()
            .SchoolClosure(new LocalDate(2025, 7, 23), new LocalDate(2025, 9, 3), AdviceAskedOfHead, StatutoryRuleIds.EhcFinalPlan)
            .Build();

        Assert.Equal(DeadlineStatus.Disapplied, Deadline(ehcCase, StatutoryRuleIds.EhcFinalPlan).Status);
    }

    [Fact]
    public void SchoolClosure_AdviceOutsideEveryWindow_Throws()
    {
        // 1 July 2025 is more than 7 days before the summer closure and after the half-term closure's window.
        var error = Assert.Throws<System.ArgumentException>(() => Case().SchoolClosure(Calendar.Build(), new LocalDate(2025, 7, 1), "*"));

        Assert.Contains("2025-07-01", error.Message, System.StringComparison.Ordinal);
    }
}
