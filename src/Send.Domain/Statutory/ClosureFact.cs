using System;
using System.Collections.Generic;
using NodaTime;
using NodaTime.Text;
using Send.Domain.Calendars;

namespace Send.Domain.Statutory;

/// <summary>
/// A continuous closure of a school or early years provider, and the date the council asked its head teacher,
/// principal or SEN lead for advice (EXC-CLOSURE-SCHOOL, EXC-CLOSURE-EY; SEND Regulations 2014, regs 5(4)(a)-(b),
/// 10(4)(a)-(b), 13(3), 27(3)(a)-(b)).
/// </summary>
/// <remarks>
/// Eligible when the closure lasts at least 4 weeks (<c>reopening − first closed day ≥ 28</c>) and the advice was
/// asked for in the window from 7 days before the first closed day to 7 days before the reopening date, both ends
/// inclusive [D], and the request for advice falls within the period of the deadline in question, from its trigger to
/// its due date (reference section 3, "Relevance to a deadline" [D]): a request made after a deadline passed, or
/// before its clock started (for example in an earlier year), is not relevant to it. Each of the three conditions is
/// listed in <see cref="ExceptionAssessment.Conditions"/>. Closure is never an exception to EHC-ADVICE-RESPONSE (CoP 9.42).
/// </remarks>
public sealed record ClosureFact : ExceptionFact
{
    /// <summary>Creates a closure fact.</summary>
    /// <param name="setting">School or early years.</param>
    /// <param name="firstClosedDay">The first day the setting is closed.</param>
    /// <param name="reopeningDate">The day it reopens (the first open day after the closure).</param>
    /// <param name="adviceRequestedOn">When the council asked the head teacher, principal or SEN lead for advice.</param>
    /// <param name="invokedFor">Rule ids for which the council invokes the exception, or <c>*</c>; null or empty when not invoked.</param>
    /// <exception cref="ArgumentException"><paramref name="reopeningDate"/> is not after <paramref name="firstClosedDay"/>.</exception>
    public ClosureFact(ClosureSetting setting, LocalDate firstClosedDay, LocalDate reopeningDate, LocalDate adviceRequestedOn, IReadOnlyList<string>? invokedFor = null)
        : base(invokedFor)
    {
        if (reopeningDate <= firstClosedDay)
        {
            throw new ArgumentException($"The reopening date {reopeningDate:uuuu-MM-dd} must be after the first closed day {firstClosedDay:uuuu-MM-dd}.", nameof(reopeningDate));
        }

        Setting = setting;
        FirstClosedDay = firstClosedDay;
        ReopeningDate = reopeningDate;
        AdviceRequestedOn = adviceRequestedOn;
    }

    /// <summary>School or early years.</summary>
    public ClosureSetting Setting { get; }

    /// <summary>
    /// Builds the fact from a school calendar: the closure whose advice window (7 days before its first closed day to
    /// 7 days before reopening) contains <paramref name="adviceRequestedOn"/>, preferring a closure of at least 4 weeks.
    /// </summary>
    /// <param name="calendar">The school or setting calendar.</param>
    /// <param name="adviceRequestedOn">When the council asked the head teacher, principal or SEN lead for advice.</param>
    /// <param name="setting">School or early years.</param>
    /// <param name="invokedFor">Rule ids for which the council invokes the exception, or <c>*</c>.</param>
    /// <returns>The fact, or null when no closure's window contains the date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static ClosureFact? FromSchoolCalendar(SchoolCalendar calendar, LocalDate adviceRequestedOn, ClosureSetting setting = ClosureSetting.School, IReadOnlyList<string>? invokedFor = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        SchoolClosure? best = null;
        foreach (var closure in calendar.Closures)
        {
            if (adviceRequestedOn >= closure.FirstClosedDay.PlusDays(-7) && adviceRequestedOn <= closure.ReopeningDate.PlusDays(-7)
                && (best is null || (!best.Value.IsAtLeastFourWeeks && closure.IsAtLeastFourWeeks)))
            {
                best = closure;
            }
        }

        return best is SchoolClosure found ? new ClosureFact(setting, found.FirstClosedDay, found.ReopeningDate, adviceRequestedOn, invokedFor) : null;
    }

    /// <summary>The first closed day.</summary>
    public LocalDate FirstClosedDay { get; }

    /// <summary>The reopening date.</summary>
    public LocalDate ReopeningDate { get; }

    /// <summary>When the council asked for the advice.</summary>
    public LocalDate AdviceRequestedOn { get; }

    /// <summary>The closure's length in days (reopening − first closed day).</summary>
    public int LengthInDays => Period.DaysBetween(FirstClosedDay, ReopeningDate);

    /// <summary>The first day of the advice window: 7 days before the first closed day.</summary>
    public LocalDate WindowStart => FirstClosedDay.PlusDays(-7);

    /// <summary>The last day of the advice window (inclusive): 7 days before the reopening date.</summary>
    public LocalDate WindowEnd => ReopeningDate.PlusDays(-7);

    internal override LocalDate KnownFrom => AdviceRequestedOn;

    internal override ExceptionAssessment? Assess(StatutoryRule rule, LocalDate start, LocalDate due, string? body, LocalDate asAt)
    {
        var kind = Setting == ClosureSetting.School ? StatutoryExceptionKind.ClosureSchool : StatutoryExceptionKind.ClosureEarlyYears;
        if (!rule.AllowsException(kind))
        {
            return NotApplicable(rule, kind, StatutoryExceptions.IdOf(kind));
        }

        var pattern = LocalDatePattern.Iso;
        var advice = pattern.Format(AdviceRequestedOn);
        var length = new ExceptionCondition(
            $"the closure {pattern.Format(FirstClosedDay)} to reopening {pattern.Format(ReopeningDate)} is continuous and at least 28 days long ({LengthInDays} days)",
            LengthInDays >= 28);
        var window = new ExceptionCondition(
            $"the request for advice ({advice}) falls within the closure's window {pattern.Format(WindowStart)} to {pattern.Format(WindowEnd)} (7 days before the first closed day to 7 days before reopening)",
            AdviceRequestedOn >= WindowStart && AdviceRequestedOn <= WindowEnd);
        var relevant = new ExceptionCondition(
            $"the request for advice ({advice}) falls within the deadline's period {pattern.Format(start)} to {pattern.Format(due)}"
                + (AdviceRequestedOn > due ? ": it came after the deadline had passed" : AdviceRequestedOn < start ? ": it came before the clock started" : string.Empty),
            AdviceRequestedOn >= start && AdviceRequestedOn <= due);
        var facts = (Setting == ClosureSetting.School ? "school" : "early years") + $" closure {pattern.Format(FirstClosedDay)} to {pattern.Format(ReopeningDate)}, advice requested {advice}";
        return ExceptionAssessment.FromConditions(kind, IsInvokedFor(rule.Id), facts, OverlapDays(FirstClosedDay, ReopeningDate.PlusDays(-1), start, due), length, window, relevant);
    }
}
