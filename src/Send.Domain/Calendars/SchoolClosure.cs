using System;
using NodaTime;

namespace Send.Domain.Calendars;

/// <summary>
/// A continuous period when a school is closed to pupils: from its first closed day up to, but not including, the
/// day it reopens. Weekends and bank holidays next to a holiday are part of it. This is the closure that the
/// EXC-CLOSURE-SCHOOL exception tests (SEND Regulations 2014, regs 5(4)(a), 10(4)(a), 13(3) and 27(3)(a)): the
/// closure must be at least four weeks long, that is <c>reopen − firstClosedDay ≥ 28</c>.
/// </summary>
/// <remarks>
/// <para>A closure is not a term and not a single day: an INSET day in term time is a closure of one day (or three,
/// with the weekend next to it). Equality is structural.</para>
/// <para>The default value is an empty closure on 1 January 0001 (both dates, length 0). No calendar produces it; the
/// constructor rejects it.</para>
/// </remarks>
/// <param name="FirstClosedDay">The first day the school is closed.</param>
/// <param name="ReopeningDate">The day the school opens again; after <paramref name="FirstClosedDay"/>.</param>
public readonly record struct SchoolClosure(LocalDate FirstClosedDay, LocalDate ReopeningDate)
{
    /// <summary>The first day the school is closed.</summary>
    public LocalDate FirstClosedDay { get; } = FirstClosedDay;

    /// <summary>The day the school opens again (not part of the closure).</summary>
    /// <exception cref="ArgumentOutOfRangeException">On construction: the reopening date is not after the first closed day.</exception>
    public LocalDate ReopeningDate { get; } = ReopeningDate > FirstClosedDay
        ? ReopeningDate
        : throw new ArgumentOutOfRangeException(nameof(ReopeningDate), ReopeningDate, "A school must reopen after its first closed day.");

    /// <summary>The last closed day, the day before <see cref="ReopeningDate"/>.</summary>
    public LocalDate LastClosedDay => ReopeningDate.PlusDays(-1);

    /// <summary>The length of the closure in days: <c>ReopeningDate − FirstClosedDay</c>, the reference's <c>reopen − firstClosedDay</c>.</summary>
    public int LengthInDays => Period.Between(FirstClosedDay, ReopeningDate, PeriodUnits.Days).Days;

    /// <summary>Whether the closure lasts at least four weeks (<see cref="LengthInDays"/> ≥ 28), as EXC-CLOSURE-SCHOOL requires.</summary>
    public bool IsAtLeastFourWeeks => LengthInDays >= 28;

    /// <summary>Whether <paramref name="date"/> is one of the closed days (the reopening date is not).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when the school is closed on that date as part of this closure.</returns>
    public bool Contains(LocalDate date) => date >= FirstClosedDay && date < ReopeningDate;
}
