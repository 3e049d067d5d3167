using System;
using NodaTime;

namespace Send.Domain.Calendars;

/// <summary>
/// Working days as the statutory timescales count them (CNT-WORKDAY): every day except Saturday, Sunday and the
/// bank holidays of a <see cref="BankHolidayCalendar"/> (Christmas Day and Good Friday are among them).
/// </summary>
/// <remarks>
/// <para>
/// The two phrasings in the SEND Regulations 2014 count differently, and this type has one method for each:
/// "within N working days <em>of</em> E" is the Nth working day after E (E is day 0; <see cref="AddWorkingDays"/>);
/// "N working days <em>beginning with</em> E" counts E as day 1 when E is itself a working day
/// (<see cref="LastDayOfWorkingDaysBeginningWith"/>). This is our reading [D]; the Regulations do not define
/// "working day" [U].
/// </para>
/// <para>
/// This is not the SEND Tribunal's own count, which also leaves out 25 December to 1 January and August for steps
/// inside proceedings; those are out of scope. Dates outside the bank holiday calendar's years throw
/// <see cref="ArgumentOutOfRangeException"/>.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    // A Monday (1 January 0001 in the ISO calendar) from which weekdays are counted.
    private static readonly LocalDate Epoch = new(1, 1, 1);

    private static readonly Lazy<WorkingDayCalendar> EnglandAndWalesCalendar =
        new(() => new WorkingDayCalendar(BankHolidayCalendar.EnglandAndWales));

    /// <summary>Creates a working-day calendar over the given bank holidays.</summary>
    /// <param name="holidays">The bank holidays; weekends are always non-working.</param>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> is null.</exception>
    public WorkingDayCalendar(BankHolidayCalendar holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        Holidays = holidays;
    }

    /// <summary>Working days in England and Wales, over <see cref="BankHolidayCalendar.EnglandAndWales"/>.</summary>
    public static WorkingDayCalendar EnglandAndWales => EnglandAndWalesCalendar.Value;

    /// <summary>The bank holidays this calendar leaves out.</summary>
    public BankHolidayCalendar Holidays { get; }

    /// <summary>Whether <paramref name="date"/> is a working day: not a Saturday, Sunday or bank holiday.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True on a working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the years the bank holiday calendar covers.</exception>
    public bool IsWorkingDay(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !Holidays.IsBankHoliday(date);

    /// <summary>
    /// The deadline for "within <paramref name="workingDays"/> working days of <paramref name="date"/>": the Nth
    /// working day after the date, which is day 0 and not counted (CNT-WORKDAY, CNT-DAY0).
    /// </summary>
    /// <param name="date">The event date E (it need not be a working day).</param>
    /// <param name="workingDays">N, zero or more. Zero returns <paramref name="date"/> itself, unchanged, even when it is not a working day.</param>
    /// <returns>The Nth working day after the date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is negative, or the count runs outside the bank holiday calendar's years.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int workingDays)
    {
        if (workingDays < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays, "The number of working days must not be negative.");
        }

        var current = date;
        for (var counted = 0; counted < workingDays;)
        {
            current = current.PlusDays(1);
            if (IsWorkingDay(current))
            {
                counted++;
            }
        }

        return current;
    }

    /// <summary>
    /// The last day of the period of "<paramref name="workingDays"/> working days beginning with
    /// <paramref name="start"/>": the start is day 1 when it is a working day; otherwise day 1 is the next working day
    /// (CNT-WORKDAY, CNT-BEGINNING).
    /// </summary>
    /// <param name="start">The first day of the period.</param>
    /// <param name="workingDays">N, one or more.</param>
    /// <returns>The Nth working day counting from <paramref name="start"/> inclusive.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is less than one, or the count runs outside the bank holiday calendar's years.</exception>
    public LocalDate LastDayOfWorkingDaysBeginningWith(LocalDate start, int workingDays)
    {
        if (workingDays < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays, "A period of working days must be at least one day long.");
        }

        return AddWorkingDays(start.PlusDays(-1), workingDays);
    }

    /// <summary>
    /// The number of working days after <paramref name="fromExclusive"/> up to and including
    /// <paramref name="toInclusive"/>. <c>CountWorkingDays(e, AddWorkingDays(e, n))</c> is <c>n</c>.
    /// </summary>
    /// <param name="fromExclusive">The day before the first day counted (the event day, day 0).</param>
    /// <param name="toInclusive">The last day counted; on or after <paramref name="fromExclusive"/>.</param>
    /// <returns>The count; zero when the two dates are equal.</returns>
    /// <exception cref="ArgumentException"><paramref name="toInclusive"/> is before <paramref name="fromExclusive"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A day counted is outside the bank holiday calendar's years.</exception>
    public int CountWorkingDays(LocalDate fromExclusive, LocalDate toInclusive)
    {
        if (toInclusive < fromExclusive)
        {
            throw new ArgumentException(
                $"The end date {toInclusive:uuuu-MM-dd} is before the start date {fromExclusive:uuuu-MM-dd}.", nameof(toInclusive));
        }

        if (toInclusive == fromExclusive)
        {
            return 0;
        }

        // Weekdays in the range by arithmetic, less the bank holidays that fall on weekdays (binary search).
        var first = fromExclusive.PlusDays(1);
        Holidays.CheckCovers(first, toInclusive, nameof(toInclusive));
        return WeekdaysBefore(toInclusive.PlusDays(1)) - WeekdaysBefore(first) - Holidays.CountWeekdayHolidays(fromExclusive, toInclusive);
    }

    // The number of Mondays to Fridays from Monday 1 January 0001 up to, but not including, the date.
    private static int WeekdaysBefore(LocalDate date)
    {
        var days = Period.DaysBetween(Epoch, date);
        return (days / 7 * 5) + Math.Min(days % 7, 5);
    }

    /// <summary>The date itself when it is a working day, otherwise the next working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The first working day on or after the date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The search runs outside the bank holiday calendar's years.</exception>
    public LocalDate NextWorkingDayOnOrAfter(LocalDate date)
    {
        var day = date;
        while (!IsWorkingDay(day))
        {
            day = day.PlusDays(1);
        }

        return day;
    }

    /// <summary>The first working day strictly after the date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The next working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The search runs outside the bank holiday calendar's years.</exception>
    public LocalDate NextWorkingDayAfter(LocalDate date) => NextWorkingDayOnOrAfter(date.PlusDays(1));
}
