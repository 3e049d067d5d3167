using System.Linq;
using Send.Domain.Statutory;
using Xunit;
using static Send.Domain.Tests.Statutory.Dates;

namespace Send.Domain.Tests.Statutory;

public sealed class ExceptionTests
{
    private static readonly DeadlineEngine Engine = ReferenceWorkingDays.Engine;

    private static StatutoryDeadline FinalPlan(LocalDateArgs args, params ExceptionFact[] facts)
    {
        var ehcCase = new EhcCase("C-1", new[] { new CaseEvent(CaseEventKind.RequestReceived, D(args.Request)) }, facts);
        return Engine.Evaluate(ehcCase, D(args.AsAt)).Deadlines.Single(d => d.RuleId == "EHC-FINAL-PLAN");
    }

    public sealed record LocalDateArgs(string Request, string AsAt);

    [Theory]
    [Trait("rule", "EXC-CLOSURE-SCHOOL")]
    // Closure 2025-07-23 to reopening 2025-09-03 (42 days): window 2025-07-16 to 2025-08-27 inclusive.
    [InlineData("2025-07-15", false)]
    [InlineData("2025-07-16", true)]
    [InlineData("2025-08-27", true)]
    [InlineData("2025-08-28", false)]
    public void Closure_WindowEdges(string adviceRequested, bool eligible)
    {
        var fact = new ClosureFact(ClosureSetting.School, D("2025-07-23"), D("2025-09-03"), D(adviceRequested), new[] { "*" });
        var final = FinalPlan(new("2025-06-02", "2025-12-31"), fact);
        var assessment = final.Exceptions.Single();
        Assert.Equal(StatutoryExceptionKind.ClosureSchool, assessment.Kind);
        Assert.Equal(eligible, assessment.Eligible);
        Assert.Equal(eligible ? DeadlineStatus.Disapplied : DeadlineStatus.Overdue, final.Status);
        Assert.Equal(D("2025-10-20"), final.Due); // never moved
    }

    [Theory]
    [Trait("rule", "EXC-CLOSURE-EY")]
    [InlineData("2025-04-28", false)] // 27 days
    [InlineData("2025-04-29", true)] // 28 days
    public void Closure_LengthAtLeast28Days(string reopening, bool eligible)
    {
        var fact = new ClosureFact(ClosureSetting.EarlyYears, D("2025-04-01"), D(reopening), D("2025-04-01"));
        // As at 2025-04-15: the advice request of 2025-04-01 is known (a fact dated after the as-at date is not).
        var final = FinalPlan(new("2025-02-03", "2025-04-15"), fact);
        var assessment = final.Exceptions.Single();
        Assert.Equal(StatutoryExceptionKind.ClosureEarlyYears, assessment.Kind);
        Assert.Equal(eligible, assessment.Eligible);
        Assert.False(assessment.Invoked);
        Assert.Equal(DeadlineStatus.Pending, final.Status);
    }

    [Theory]
    [Trait("rule", "EXC-ABSENCE")]
    [InlineData("2025-02-27", false)] // 2025-02-01..27 = 27 days
    [InlineData("2025-02-28", true)] // 28 days
    public void Absence_27Versus28Days(string to, bool eligible)
    {
        var fact = new AbsenceFact(D("2025-02-01"), D(to), new[] { "EHC-FINAL-PLAN" });
        var final = FinalPlan(new("2025-01-13", "2025-07-01"), fact);
        Assert.Equal(eligible, final.Exceptions.Single().Eligible);
        Assert.Equal(eligible ? DeadlineStatus.Disapplied : DeadlineStatus.Overdue, final.Status);
        Assert.Equal(D("2025-06-02"), final.Due);
        Assert.Contains(eligible ? "eligible, invoked" : "not eligible, invoked", final.Explain(), System.StringComparison.Ordinal);
    }

    [Fact]
    [Trait("rule", "EXC-PERSONAL")]
    public void Personal_EligibleButNotInvoked_DoesNotDisapply()
    {
        var fact = new PersonalCircumstancesFact(D("2025-03-01"), D("2025-03-10"), "bereavement");
        var final = FinalPlan(new("2025-01-13", "2025-07-01"), fact);
        Assert.True(final.Exceptions.Single().Eligible);
        Assert.Equal(DeadlineStatus.Overdue, final.Status);
        Assert.Equal(29, final.DaysOverdue);
    }

    [Fact]
    [Trait("rule", "EXC-ADVICE-PERSONAL")]
    [Trait("rule", "EXC-ADVICE-ABSENCE")]
    [Trait("rule", "EXC-ADVICE-APPOINTMENT")]
    public void Advice_UsesRegEightExceptions_NotClosure()
    {
        var events = new[]
        {
            new CaseEvent(CaseEventKind.RequestReceived, D("2025-01-13")),
            new CaseEvent(CaseEventKind.AdviceRequested, D("2025-03-03")) { Body = "health" },
        };
        var facts = new ExceptionFact[]
        {
            new PersonalCircumstancesFact(D("2025-03-05"), D("2025-03-06")),
            new AbsenceFact(D("2025-03-10"), D("2025-04-06")),
            new MissedAppointmentFact(D("2025-03-20"), "health", new[] { "EHC-ADVICE-RESPONSE" }),
            new ClosureFact(ClosureSetting.School, D("2025-03-10"), D("2025-04-28"), D("2025-03-03"), new[] { "*" }),
        };
        var advice = Engine.Evaluate(new EhcCase("A", events, facts), D("2025-05-01")).Deadlines.Single(d => d.RuleId == "EHC-ADVICE-RESPONSE");
        Assert.Equal(D("2025-04-14"), advice.Due);
        Assert.Equal(
            new[] { StatutoryExceptionKind.AdvicePersonal, StatutoryExceptionKind.AdviceAbsence, StatutoryExceptionKind.AdviceAppointment },
            advice.Exceptions.Select(e => e.Kind));
        Assert.All(advice.Exceptions, e => Assert.True(e.Eligible));
        Assert.Equal(DeadlineStatus.Disapplied, advice.Status);
    }

    [Theory]
    [Trait("rule", "EXC-ORDER")]
    [InlineData("2025-02-13", false)] // 13 days
    [InlineData("2025-02-14", true)] // 14 days
    public void Order_AbsenceOfTwoWeeks(string to, bool eligible)
    {
        var events = new[] { new CaseEvent(CaseEventKind.TribunalOrder, D("2025-01-13")) { Order = TribunalOrderKind.MakePlan } };
        var facts = new ExceptionFact[] { new AbsenceFact(D("2025-02-01"), D(to), new[] { "*" }) };
        var final = Engine.Evaluate(new EhcCase("O", events, facts), D("2025-04-30")).Deadlines.Single(d => d.RuleId == "TRIB-ORDER-PLAN-FINAL");
        Assert.Equal(StatutoryExceptionKind.Order, final.Exceptions.Single().Kind);
        Assert.Equal(eligible, final.Exceptions.Single().Eligible);
    }

    [Theory]
    [Trait("rule", "EXC-COVID-2020")]
    [InlineData("2020-01-06", true)] // final due 2020-05-25
    [InlineData("2019-12-13", true)] // final due 2020-05-01 (first day)
    [InlineData("2020-05-08", true)] // final due 2020-09-25 (last day)
    [InlineData("2020-05-09", false)] // final due 2020-09-26
    public void Covid_DeadlineInsideWindow(string request, bool eligible)
    {
        var final = FinalPlan(new(request, "2021-01-01"), new CoronavirusFact(new[] { "*" }));
        Assert.Equal(eligible, final.Exceptions.Single().Eligible);
    }

    [Fact]
    [Trait("rule", "EHC-DRAFT-COMMENT")]
    public void CommentPeriod_ExceptionInvoked_IsNotDisapplied()
    {
        var events = new[]
        {
            new CaseEvent(CaseEventKind.RequestReceived, D("2025-01-13")),
            new CaseEvent(CaseEventKind.DraftIssued, D("2025-05-01")),
            new CaseEvent(CaseEventKind.FinalIssued, D("2025-05-15")),
        };
        var facts = new ExceptionFact[] { new AbsenceFact(D("2025-04-01"), D("2025-05-30"), new[] { "EHC-DRAFT-COMMENT" }) };
        var comment = Engine.Evaluate(new EhcCase("D", events, facts), D("2025-06-30")).Deadlines.Single(d => d.RuleId == "EHC-DRAFT-COMMENT");
        Assert.Equal(D("2025-05-15"), comment.Due);
        Assert.Equal(DeadlineStatus.Breached, comment.Status); // final on day 15, inside the period
        Assert.False(comment.Exceptions.Single().Eligible);
    }

    [Fact]
    public void PauseClock_NonStatutoryTarget_DueUnchanged()
    {
        var fact = new AbsenceFact(D("2025-02-01"), D("2025-03-02"), new[] { "*" }); // 30 days
        var ehcCase = new EhcCase("P", new[] { new CaseEvent(CaseEventKind.RequestReceived, D("2025-01-13")) }, new[] { fact });
        var options = TimescaleOptions.Default with { PauseClockForExceptions = true };
        var final = Engine.Evaluate(ehcCase, D("2025-06-10"), options).Deadlines.Single(d => d.RuleId == "EHC-FINAL-PLAN");
        Assert.Equal(D("2025-06-02"), final.Due);
        Assert.Equal(D("2025-07-02"), final.LocalTarget);
        Assert.Contains("NON-STATUTORY", final.Explain(), System.StringComparison.Ordinal);
        var byDefault = Engine.Evaluate(ehcCase, D("2025-06-10")).Deadlines.Single(d => d.RuleId == "EHC-FINAL-PLAN");
        Assert.Null(byDefault.LocalTarget);
    }
}

public sealed class ClosureFromCalendarTests
{
    [Fact]
    [Trait("rule", "EXC-CLOSURE-SCHOOL")]
    public void FromSchoolCalendar_PicksClosureWhoseWindowHoldsTheDate()
    {
        var summer = new Send.Domain.Calendars.SchoolClosure(D("2025-07-23"), D("2025-09-03"));
        var halfTerm = new Send.Domain.Calendars.SchoolClosure(D("2025-10-27"), D("2025-11-03"));
        var calendar = Send.Domain.Calendars.SchoolCalendar.FromClosures("Test school", D("2025-04-22"), D("2025-12-19"), new[] { summer, halfTerm }, Send.Domain.Calendars.BankHolidayCalendar.EnglandAndWales);
        var fact = ClosureFact.FromSchoolCalendar(calendar, D("2025-08-27"));
        Assert.NotNull(fact);
        Assert.Equal((D("2025-07-23"), D("2025-09-03"), 42), (fact.FirstClosedDay, fact.ReopeningDate, fact.LengthInDays));
        Assert.Null(ClosureFact.FromSchoolCalendar(calendar, D("2025-08-28")));
        var shortClosure = ClosureFact.FromSchoolCalendar(calendar, D("2025-10-25"));
        // The calendar layer counts the weekend before half term as closed: Sat 2025-10-25 to Mon 2025-11-03 = 9 days, too short.
        Assert.Equal((D("2025-10-25"), 9), (shortClosure!.FirstClosedDay, shortClosure.LengthInDays));
    }
}
