using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using Send.Domain.Calendars;

namespace Send.Domain.Testing;

/// <summary>
/// Builds a fake <see cref="SchoolCalendar"/> in a test: terms, INSET and occasional closed days, and extra or removed
/// bank holidays, without writing a calendar JSON file.
/// </summary>
/// <remarks>
/// <para>
/// A builder is immutable: every method returns a new builder, so a test can keep a base calendar in a field and vary
/// it (<c>Base.ClosedOn(date)</c>) without the variations seeing each other. <see cref="Build"/> checks what
/// <see cref="SchoolCalendar"/>'s constructor checks; nothing is checked before.
/// </para>
/// <para>
/// The bank holidays default to <see cref="BankHolidayCalendar.EnglandAndWales"/>. A closure (see
/// <see cref="SchoolCalendar.Closures"/>) is not declared: it follows from the gaps between terms and the closed days,
/// as in a real calendar. To give a school a four-week closure in term time, use <see cref="ClosedBetween"/>.
/// </para>
/// </remarks>
public sealed class SchoolCalendarBuilder
{
    private readonly string name;
    private readonly ImmutableList<Term> terms;
    private readonly ImmutableList<LocalDate> closedDays;
    private readonly BankHolidayCalendar bankHolidays;
    private readonly ImmutableList<BankHoliday> extraHolidays;
    private readonly ImmutableList<LocalDate> removedHolidays;

    private SchoolCalendarBuilder(string name, ImmutableList<Term> terms, ImmutableList<LocalDate> closedDays, BankHolidayCalendar bankHolidays, ImmutableList<BankHoliday> extraHolidays, ImmutableList<LocalDate> removedHolidays)
    {
        this.name = name;
        this.terms = terms;
        this.closedDays = closedDays;
        this.bankHolidays = bankHolidays;
        this.extraHolidays = extraHolidays;
        this.removedHolidays = removedHolidays;
    }

    /// <summary>Starts a calendar with no terms, England and Wales bank holidays and no closed days.</summary>
    /// <param name="name">The calendar's name, as problems and reports show it (for example <c>Test primary 2024/25</c>).</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    public static SchoolCalendarBuilder Named(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A school calendar needs a name.", nameof(name));
        }

        return new SchoolCalendarBuilder(name, ImmutableList<Term>.Empty, ImmutableList<LocalDate>.Empty, BankHolidayCalendar.EnglandAndWales, ImmutableList<BankHoliday>.Empty, ImmutableList<LocalDate>.Empty);
    }

    /// <summary>Adds a term, from its first to its last day (both open days unless closed for another reason).</summary>
    /// <param name="termName">The term's name, for example <c>Autumn 1</c>.</param>
    /// <param name="firstDay">The first day of the term.</param>
    /// <param name="lastDay">The last day of the term (inclusive).</param>
    /// <returns>A new builder with the term.</returns>
    /// <exception cref="ArgumentException">The name is blank or <paramref name="lastDay"/> is before <paramref name="firstDay"/> (thrown by <see cref="Term"/>).</exception>
    public SchoolCalendarBuilder Term(string termName, LocalDate firstDay, LocalDate lastDay) =>
        With(terms: terms.Add(new Term(termName, firstDay, lastDay)));

    /// <summary>Adds closed days inside the terms (INSET days, occasional days).</summary>
    /// <param name="days">The days the school is closed.</param>
    /// <returns>A new builder with the closed days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    public SchoolCalendarBuilder ClosedOn(params LocalDate[] days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return With(closedDays: closedDays.AddRange(days));
    }

    /// <summary>
    /// Closes the school on every day from <paramref name="firstClosedDay"/> to <paramref name="lastClosedDay"/>, both
    /// inclusive, for example a closure for building works in term time.
    /// </summary>
    /// <param name="firstClosedDay">The first closed day.</param>
    /// <param name="lastClosedDay">The last closed day (the school reopens the next open day).</param>
    /// <returns>A new builder with the closed days.</returns>
    /// <exception cref="ArgumentException"><paramref name="lastClosedDay"/> is before <paramref name="firstClosedDay"/>.</exception>
    public SchoolCalendarBuilder ClosedBetween(LocalDate firstClosedDay, LocalDate lastClosedDay)
    {
        if (lastClosedDay < firstClosedDay)
        {
            throw new ArgumentException($"The last closed day {lastClosedDay:uuuu-MM-dd} is before the first {firstClosedDay:uuuu-MM-dd}.", nameof(lastClosedDay));
        }

        var days = new List<LocalDate>();
        for (var day = firstClosedDay; day <= lastClosedDay; day = day.PlusDays(1))
        {
            days.Add(day);
        }

        return With(closedDays: closedDays.AddRange(days));
    }

    /// <summary>Adds a one-off bank holiday (as 2022's and 2023's coronation and jubilee days were) to the bank holidays.</summary>
    /// <param name="date">The holiday.</param>
    /// <param name="holidayName">Its name.</param>
    /// <returns>A new builder with the holiday.</returns>
    /// <exception cref="ArgumentException"><paramref name="holidayName"/> is blank (thrown by <see cref="BankHoliday"/>).</exception>
    public SchoolCalendarBuilder BankHoliday(LocalDate date, string holidayName) =>
        With(extraHolidays: extraHolidays.Add(new BankHoliday(date, holidayName)));

    /// <summary>Removes a bank holiday, for example to test code against a year in which one moved.</summary>
    /// <param name="date">The date that is no longer a bank holiday.</param>
    /// <returns>A new builder without the holiday.</returns>
    public SchoolCalendarBuilder NoBankHolidayOn(LocalDate date) => With(removedHolidays: removedHolidays.Add(date));

    /// <summary>Uses other bank holidays than England and Wales (for example a calendar loaded from gov.uk's file).</summary>
    /// <param name="calendar">The bank holidays; additions and removals made on this builder still apply.</param>
    /// <returns>A new builder with the bank holidays.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public SchoolCalendarBuilder WithBankHolidays(BankHolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return With(bankHolidays: calendar);
    }

    /// <summary>Builds the calendar.</summary>
    /// <returns>A new <see cref="SchoolCalendar"/>.</returns>
    /// <exception cref="ArgumentException">There are no terms, or two terms overlap.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The terms run outside the years the bank holidays cover.</exception>
    public SchoolCalendar Build()
    {
        var holidays = bankHolidays;
        if (!extraHolidays.IsEmpty)
        {
            holidays = holidays.WithAdditions(extraHolidays);
        }

        if (!removedHolidays.IsEmpty)
        {
            holidays = holidays.WithRemovals(removedHolidays);
        }

        return new SchoolCalendar(name, terms, closedDays, holidays);
    }

    private SchoolCalendarBuilder With(
        ImmutableList<Term>? terms = null,
        ImmutableList<LocalDate>? closedDays = null,
        BankHolidayCalendar? bankHolidays = null,
        ImmutableList<BankHoliday>? extraHolidays = null,
        ImmutableList<LocalDate>? removedHolidays = null) =>
        new(name, terms ?? this.terms, closedDays ?? this.closedDays, bankHolidays ?? this.bankHolidays, extraHolidays ?? this.extraHolidays, removedHolidays ?? this.removedHolidays);
}
