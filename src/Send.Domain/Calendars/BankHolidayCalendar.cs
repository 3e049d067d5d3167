using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace Send.Domain.Calendars;

/// <summary>
/// A set of bank holidays over a known range of years, such as <see cref="EnglandAndWales"/>. It answers whether a
/// date is a bank holiday and lists the holidays in a year.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="EnglandAndWales"/> computes the holidays from the rules of the Banking and Financial Dealings Act 1971
/// Sch 1 (Good Friday, Easter Monday, the Spring and Summer bank holidays, Christmas and Boxing Day with substitute
/// days) and the standing proclamations (New Year's Day, Early May bank holiday), then applies the one-off changes
/// made by proclamation (2011 royal wedding; 2012 Diamond Jubilee; 2020 VE Day; 2022 Platinum Jubilee and State
/// Funeral; 2023 Coronation) from a table. It covers 2010 to 2040. Years after the last published list are a
/// projection of the rules: a future one-off change must be added with <see cref="WithAdditions"/> and
/// <see cref="WithRemovals"/>.
/// </para>
/// <para>
/// A bank holiday calendar is not a working-day calendar (see <see cref="WorkingDayCalendar"/>, which adds
/// weekends) and not a school calendar. Asking about a date outside <see cref="FirstYear"/> to <see cref="LastYear"/>
/// throws <see cref="ArgumentOutOfRangeException"/> rather than answering "not a holiday" for a year it does not
/// know; to work with other years, supply the full list with <see cref="FromList"/>.
/// </para>
/// <para>Instances are immutable and thread-safe; the <c>With...</c> methods return new calendars.</para>
/// </remarks>
public sealed class BankHolidayCalendar
{
    private static readonly Lazy<BankHolidayCalendar> EnglandAndWalesCalendar = new(CreateEnglandAndWales);

    private readonly IReadOnlyDictionary<LocalDate, BankHoliday> byDate;

    // The holidays that fall on Monday to Friday, sorted, for counting working days by binary search.
    private readonly LocalDate[] weekdayHolidays;

    private BankHolidayCalendar(IEnumerable<BankHoliday> holidays, int firstYear, int lastYear)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
        var map = new Dictionary<LocalDate, BankHoliday>();
        foreach (var holiday in holidays)
        {
            map[holiday.Date] = holiday;
        }

        byDate = map;

        // Plain loops and a sort of references: LINQ over LocalDate keys costs tens of milliseconds of JIT at start-up.
        var weekday = new List<BankHoliday>(map.Count);
        foreach (var holiday in map.Values)
        {
            if (holiday.Date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                weekday.Add(holiday);
            }
        }

        weekday.Sort((x, y) => x.Date.CompareTo(y.Date));
        weekdayHolidays = new LocalDate[weekday.Count];
        for (var i = 0; i < weekday.Count; i++)
        {
            weekdayHolidays[i] = weekday[i].Date;
        }
    }

    private static BankHolidayCalendar CreateEnglandAndWales()
    {
        var holidays = new List<BankHoliday>();
        for (var year = EnglandAndWalesBankHolidays.FirstYear; year <= EnglandAndWalesBankHolidays.LastYear; year++)
        {
            holidays.AddRange(EnglandAndWalesBankHolidays.For(year));
        }

        return new BankHolidayCalendar(holidays, EnglandAndWalesBankHolidays.FirstYear, EnglandAndWalesBankHolidays.LastYear);
    }

    /// <summary>
    /// The bank holidays of England and Wales from 2010 to 2040, by the 1971 Act's rules plus the one-off changes.
    /// </summary>
    public static BankHolidayCalendar EnglandAndWales => EnglandAndWalesCalendar.Value;

    /// <summary>The first calendar year this calendar knows (inclusive).</summary>
    public int FirstYear { get; }

    /// <summary>The last calendar year this calendar knows (inclusive).</summary>
    public int LastYear { get; }

    /// <summary>
    /// Creates a calendar from a complete list of holidays for the years <paramref name="firstYear"/> to
    /// <paramref name="lastYear"/>, for example the official gov.uk list for years before 2010.
    /// </summary>
    /// <param name="holidays">Every bank holiday in those years.</param>
    /// <param name="firstYear">The first year the list covers.</param>
    /// <param name="lastYear">The last year the list covers.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The years are reversed, or a holiday falls outside them.</exception>
    /// <exception cref="ArgumentException">Two holidays share a date.</exception>
    public static BankHolidayCalendar FromList(IEnumerable<BankHoliday> holidays, int firstYear, int lastYear)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        if (lastYear < firstYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lastYear), lastYear, $"The last year must not be before the first year ({firstYear}).");
        }

        var list = holidays.ToList();
        var seen = new HashSet<LocalDate>();
        foreach (var holiday in list)
        {
            ArgumentNullException.ThrowIfNull(holiday, nameof(holidays));
            if (holiday.Date.Year < firstYear || holiday.Date.Year > lastYear)
            {
                throw new ArgumentOutOfRangeException(nameof(holidays), holiday.ToString(), $"The holiday is outside the years {firstYear} to {lastYear}.");
            }

            if (!seen.Add(holiday.Date))
            {
                throw new ArgumentException($"Two holidays fall on {Iso(holiday.Date)}.", nameof(holidays));
            }
        }

        return new BankHolidayCalendar(list, firstYear, lastYear);
    }

    /// <summary>Whether <paramref name="date"/> is a bank holiday in this calendar.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when the date is a bank holiday.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date's year is outside <see cref="FirstYear"/> to <see cref="LastYear"/>.</exception>
    public bool IsBankHoliday(LocalDate date)
    {
        CheckYear(date.Year, nameof(date));
        return byDate.ContainsKey(date);
    }

    /// <summary>The bank holiday on <paramref name="date"/>, or null when the date is not one.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The holiday, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date's year is outside <see cref="FirstYear"/> to <see cref="LastYear"/>.</exception>
    public BankHoliday? HolidayOn(LocalDate date)
    {
        CheckYear(date.Year, nameof(date));
        return byDate.TryGetValue(date, out var holiday) ? holiday : null;
    }

    /// <summary>Whether this calendar knows the year of <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when <see cref="IsBankHoliday"/> can answer for the date.</returns>
    public bool Covers(LocalDate date) => date.Year >= FirstYear && date.Year <= LastYear;

    /// <summary>The bank holidays in <paramref name="year"/>, in date order.</summary>
    /// <param name="year">The calendar year.</param>
    /// <returns>The holidays; a new list each call.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="FirstYear"/> to <see cref="LastYear"/>.</exception>
    public IReadOnlyList<BankHoliday> HolidaysIn(int year)
    {
        CheckYear(year, nameof(year));
        return byDate.Values.Where(h => h.Date.Year == year).OrderBy(h => h.Date).ToArray();
    }

    /// <summary>
    /// Returns a calendar with extra holidays, for example a new one-off bank holiday proclaimed after this version of
    /// Send. A holiday on a date that is already a bank holiday replaces its name.
    /// </summary>
    /// <param name="holidays">The holidays to add.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A holiday falls outside <see cref="FirstYear"/> to <see cref="LastYear"/>.</exception>
    public BankHolidayCalendar WithAdditions(IEnumerable<BankHoliday> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        var map = new Dictionary<LocalDate, BankHoliday>(byDate);
        foreach (var holiday in holidays)
        {
            ArgumentNullException.ThrowIfNull(holiday, nameof(holidays));
            CheckYear(holiday.Date.Year, nameof(holidays));
            map[holiday.Date] = holiday;
        }

        return new BankHolidayCalendar(map.Values, FirstYear, LastYear);
    }

    /// <summary>
    /// Returns a calendar without the given dates, for example the usual date of a holiday that a proclamation moved.
    /// </summary>
    /// <param name="dates">The dates to remove; each must be a bank holiday in this calendar.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date falls outside <see cref="FirstYear"/> to <see cref="LastYear"/>.</exception>
    /// <exception cref="ArgumentException">A date is not a bank holiday in this calendar (most likely a typing mistake).</exception>
    public BankHolidayCalendar WithRemovals(IEnumerable<LocalDate> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var map = new Dictionary<LocalDate, BankHoliday>(byDate);
        foreach (var date in dates)
        {
            CheckYear(date.Year, nameof(dates));
            if (!map.Remove(date))
            {
                throw new ArgumentException($"{Iso(date)} is not a bank holiday in this calendar, so it cannot be removed.", nameof(dates));
            }
        }

        return new BankHolidayCalendar(map.Values, FirstYear, LastYear);
    }

    /// <summary>
    /// The number of holidays on Monday to Friday after <paramref name="fromExclusive"/> up to and including
    /// <paramref name="toInclusive"/>. The caller checks that both dates are covered.
    /// </summary>
    internal int CountWeekdayHolidays(LocalDate fromExclusive, LocalDate toInclusive)
    {
        var upper = UpperBound(toInclusive);
        var lower = UpperBound(fromExclusive);
        return upper - lower;
    }

    /// <summary>Checks that every day from the first to the last is in a year this calendar covers.</summary>
    internal void CheckCovers(LocalDate first, LocalDate last, string parameter)
    {
        CheckYear(first.Year, parameter);
        CheckYear(last.Year, parameter);
    }

    // The number of weekday holidays on or before the date.
    private int UpperBound(LocalDate date)
    {
        var index = Array.BinarySearch(weekdayHolidays, date);
        return index >= 0 ? index + 1 : ~index;
    }

    private void CheckYear(int year, string parameter)
    {
        if (year < FirstYear || year > LastYear)
        {
            throw new ArgumentOutOfRangeException(
                parameter,
                year,
                $"This bank holiday calendar covers {FirstYear} to {LastYear}; for other years supply the official list with BankHolidayCalendar.FromList.");
        }
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
