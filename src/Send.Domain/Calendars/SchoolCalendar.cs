using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Send.Domain.Calendars;

/// <summary>
/// A school's (or a council's standard) term calendar: its terms, the extra days it is closed inside them (INSET and
/// occasional days), and the bank holidays. It says whether the school is open on a date and gives the continuous
/// closures the EXC-CLOSURE-SCHOOL exception needs.
/// </summary>
/// <remarks>
/// <para>
/// A day is <em>open</em> when it falls inside a term, is a Monday to Friday, is not a bank holiday and is not one of
/// the <see cref="ClosedDays"/>. Every other day is closed. A <see cref="SchoolClosure"/> is a maximal run of closed
/// days that includes at least one weekday, so holidays absorb the weekends and bank holidays next to them, and an
/// ordinary weekend in term time is closed but is not a closure.
/// </para>
/// <para>
/// The calendar knows only the days from the first day of its first term to the last day of its last term
/// (<see cref="FirstDay"/> to <see cref="LastDay"/>); asking about other dates throws
/// <see cref="ArgumentOutOfRangeException"/>. To know the length of a summer holiday, include the first term of the
/// next year. A run of closed days at the very end has no known reopening date and is not listed in
/// <see cref="Closures"/>.
/// </para>
/// <para>Term dates are data: load them with Send.Data's <c>SchoolCalendarReader</c> from a JSON file that follows
/// <c>docs/schemas/school-calendar.schema.json</c>. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class SchoolCalendar
{
    private readonly HashSet<LocalDate> closedDays;
    private readonly SchoolClosure[] closures;

    /// <summary>Creates a calendar from its terms and extra closed days.</summary>
    /// <param name="name">The calendar's name, for example <c>Devon maintained schools 2024/25</c>.</param>
    /// <param name="terms">The terms, in any order; they must not overlap.</param>
    /// <param name="closedDays">Extra days the school is closed inside its terms (INSET days, occasional days).</param>
    /// <param name="bankHolidays">The bank holidays (usually <see cref="BankHolidayCalendar.EnglandAndWales"/>).</param>
    /// <exception cref="ArgumentNullException">An argument or a term is null.</exception>
    /// <exception cref="ArgumentException">The name is blank, there are no terms, or two terms overlap.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The terms run outside the years the bank holiday calendar covers.</exception>
    public SchoolCalendar(string name, IEnumerable<Term> terms, IEnumerable<LocalDate> closedDays, BankHolidayCalendar bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(closedDays);
        ArgumentNullException.ThrowIfNull(bankHolidays);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A school calendar needs a name.", nameof(name));
        }

        var sorted = terms.Select(t => t ?? throw new ArgumentNullException(nameof(terms), "A term is null.")).OrderBy(t => t.FirstDay).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("A school calendar needs at least one term.", nameof(terms));
        }

        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].FirstDay <= sorted[i - 1].LastDay)
            {
                throw new ArgumentException($"Term '{sorted[i].Name}' overlaps term '{sorted[i - 1].Name}'.", nameof(terms));
            }
        }

        if (!bankHolidays.Covers(sorted[0].FirstDay) || !bankHolidays.Covers(sorted[^1].LastDay))
        {
            throw new ArgumentOutOfRangeException(
                nameof(terms),
                $"The terms run from {sorted[0].FirstDay:uuuu-MM-dd} to {sorted[^1].LastDay:uuuu-MM-dd}, outside the bank holiday years {bankHolidays.FirstYear} to {bankHolidays.LastYear}.");
        }

        Name = name;
        Terms = Array.AsReadOnly(sorted);
        this.closedDays = new HashSet<LocalDate>(closedDays);
        ClosedDays = Array.AsReadOnly(this.closedDays.OrderBy(d => d).ToArray());
        BankHolidays = bankHolidays;
        closures = FindClosures();
        Closures = Array.AsReadOnly(closures);
    }

    /// <summary>The calendar's name.</summary>
    public string Name { get; }

    /// <summary>The terms in date order.</summary>
    public IReadOnlyList<Term> Terms { get; }

    /// <summary>The extra closed days (INSET and occasional days) in date order.</summary>
    public IReadOnlyList<LocalDate> ClosedDays { get; }

    /// <summary>The bank holidays the calendar treats as closed.</summary>
    public BankHolidayCalendar BankHolidays { get; }

    /// <summary>The first day of the first term: the earliest date the calendar knows.</summary>
    public LocalDate FirstDay => Terms[0].FirstDay;

    /// <summary>The last day of the last term: the latest date the calendar knows.</summary>
    public LocalDate LastDay => Terms[Terms.Count - 1].LastDay;

    /// <summary>
    /// The continuous closures between <see cref="FirstDay"/> and <see cref="LastDay"/> in date order: holidays between
    /// terms, with the weekends, bank holidays and closed days next to them, and closures inside terms that include a
    /// weekday (a bank holiday weekend, an INSET day).
    /// </summary>
    public IReadOnlyList<SchoolClosure> Closures { get; }

    /// <summary>
    /// Creates a calendar that is open on every weekday from <paramref name="firstDay"/> to <paramref name="lastDay"/>
    /// except bank holidays and the given closures: a quick way to describe a school in a test ("closed from 23 July,
    /// reopening 3 September") without writing out its terms.
    /// </summary>
    /// <remarks>
    /// The closures become the gaps between generated terms named <c>Term 1</c>, <c>Term 2</c>, and so on. As in any
    /// calendar, <see cref="Closures"/> then merges the weekends and bank holidays next to each closure: a closure given
    /// as Monday 27 October to a Saturday reopening is reported from Saturday 25 October to Monday 3 November.
    /// </remarks>
    /// <param name="name">The calendar's name.</param>
    /// <param name="firstDay">The first day the calendar knows; the school is open (in term) from here.</param>
    /// <param name="lastDay">The last day the calendar knows.</param>
    /// <param name="closures">The closures; each must start after <paramref name="firstDay"/>, reopen on or before <paramref name="lastDay"/>, and not touch another.</param>
    /// <param name="bankHolidays">The bank holidays.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A closure falls outside the range or overlaps or touches another.</exception>
    public static SchoolCalendar FromClosures(string name, LocalDate firstDay, LocalDate lastDay, IEnumerable<SchoolClosure> closures, BankHolidayCalendar bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(closures);
        var terms = new List<Term>();
        var termStart = firstDay;
        foreach (var closure in closures.OrderBy(c => c.FirstClosedDay))
        {
            if (closure.FirstClosedDay <= termStart || closure.ReopeningDate > lastDay)
            {
                throw new ArgumentException(
                    $"The closure {closure.FirstClosedDay:uuuu-MM-dd} to {closure.ReopeningDate:uuuu-MM-dd} must start after {termStart:uuuu-MM-dd} and reopen by {lastDay:uuuu-MM-dd}.",
                    nameof(closures));
            }

            terms.Add(new Term("Term " + (terms.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), termStart, closure.FirstClosedDay.PlusDays(-1)));
            termStart = closure.ReopeningDate;
        }

        terms.Add(new Term("Term " + (terms.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), termStart, lastDay));
        return new SchoolCalendar(name, terms, Array.Empty<LocalDate>(), bankHolidays);
    }

    /// <summary>Whether the school is open to pupils on <paramref name="date"/>.</summary>
    /// <param name="date">The date, between <see cref="FirstDay"/> and <see cref="LastDay"/>.</param>
    /// <returns>True when the date is a weekday in a term that is neither a bank holiday nor a closed day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="FirstDay"/> to <see cref="LastDay"/>.</exception>
    public bool IsOpen(LocalDate date)
    {
        CheckCovered(date);
        return IsOpenUnchecked(date);
    }

    /// <summary>Whether the school is closed on <paramref name="date"/> (the opposite of <see cref="IsOpen"/>).</summary>
    /// <param name="date">The date, between <see cref="FirstDay"/> and <see cref="LastDay"/>.</param>
    /// <returns>True when the school is closed, including ordinary weekends.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="FirstDay"/> to <see cref="LastDay"/>.</exception>
    public bool IsClosed(LocalDate date) => !IsOpen(date);

    /// <summary>The continuous closure that contains <paramref name="date"/>, or null when there is none.</summary>
    /// <param name="date">The date, between <see cref="FirstDay"/> and <see cref="LastDay"/>.</param>
    /// <returns>The closure, or null when the school is open, on an ordinary term-time weekend, or in a closure at the very end whose reopening date is unknown.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="FirstDay"/> to <see cref="LastDay"/>.</exception>
    public SchoolClosure? ClosureContaining(LocalDate date)
    {
        CheckCovered(date);

        // Closures are in date order and do not overlap: find the last one that starts on or before the date.
        int low = 0, high = closures.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (closures[middle].FirstClosedDay <= date)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high >= 0 && closures[high].Contains(date) ? closures[high] : null;
    }

    private bool IsOpenUnchecked(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        && !closedDays.Contains(date)
        && !BankHolidays.IsBankHoliday(date)
        && Terms.Any(t => t.Contains(date));

    private SchoolClosure[] FindClosures()
    {
        var found = new List<SchoolClosure>();
        LocalDate? runStart = null;
        var runHasWeekday = false;
        for (var day = FirstDay; day <= LastDay; day = day.PlusDays(1))
        {
            if (IsOpenUnchecked(day))
            {
                if (runStart is LocalDate start && runHasWeekday)
                {
                    found.Add(new SchoolClosure(start, day));
                }

                runStart = null;
                runHasWeekday = false;
            }
            else
            {
                runStart ??= day;
                runHasWeekday |= day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
            }
        }

        return found.ToArray();
    }

    private void CheckCovered(LocalDate date)
    {
        if (date < FirstDay || date > LastDay)
        {
            throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                $"The school calendar '{Name}' covers {FirstDay:uuuu-MM-dd} to {LastDay:uuuu-MM-dd} only.");
        }
    }
}
