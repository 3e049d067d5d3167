using System;
using System.Globalization;
using NodaTime;

namespace Send.Domain.Calendars;

/// <summary>
/// A calendar year, 1 January to 31 December, written <c>2024</c>. SEN2 reports activity such as new EHC plans
/// issued by calendar year (explore-education-statistics labels it "Calendar year", kpis.md).
/// </summary>
/// <remarks>
/// <para>
/// A calendar year is not an <see cref="int"/>, a <see cref="FinancialYear"/> or an <see cref="AcademicYear"/>: the
/// types do not convert into each other, so a KPI reported by calendar year cannot be compared with one reported by
/// academic year by mistake.
/// </para>
/// <para>
/// Equality and ordering are by <see cref="Year"/>. The default value is the calendar year 0001, matching NodaTime's
/// default <see cref="LocalDate"/> of 1 January 0001. Valid years are 1 to 9999.
/// </para>
/// <para>This assembly has no JSON dependency: Send.Data's <c>YearJsonConverters</c> reads and writes it as its label in System.Text.Json.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct CalendarYear : IEquatable<CalendarYear>, IComparable<CalendarYear>, IComparable
{
    // Stored as Year - 1 so that default(CalendarYear) is 0001, a valid year.
    private readonly int yearMinusOne;

    /// <summary>Creates the calendar year <paramref name="year"/>.</summary>
    /// <param name="year">The year, for example 2024.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not between 1 and 9999.</exception>
    public CalendarYear(int year)
    {
        if (year < 1 || year > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "A calendar year must be from 1 to 9999.");
        }

        yearMinusOne = year - 1;
    }

    /// <summary>The year number, for example 2024.</summary>
    public int Year => yearMinusOne + 1;

    /// <summary>The first day of the year, 1 January.</summary>
    public LocalDate Start => new(Year, 1, 1);

    /// <summary>The last day of the year, 31 December (inclusive).</summary>
    public LocalDate End => new(Year, 12, 31);

    /// <summary>The next calendar year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">This is the year 9999.</exception>
    public CalendarYear Next => new(Year + 1);

    /// <summary>The previous calendar year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">This is the year 0001.</exception>
    public CalendarYear Previous => new(Year - 1);

    /// <summary>Returns the calendar year that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any ISO date from year 1 to 9999.</param>
    /// <returns>The calendar year of the date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before year 1.</exception>
    public static CalendarYear ForDate(LocalDate date) => new(date.Year);

    /// <summary>Whether <paramref name="date"/> falls in this year.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns>True when the date is in this year.</returns>
    public bool Contains(LocalDate date) => date.Year == Year;

    /// <summary>Parses four digits such as <c>2024</c> (surrounding white space is ignored).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The calendar year.</returns>
    /// <exception cref="FormatException">The text is not four digits from 0001 to 9999; the message quotes it.</exception>
    public static CalendarYear Parse(string text) =>
        PeriodLabelParser.TryParseSingleYear(text, out var year, out var error)
            ? new CalendarYear(year)
            : throw new FormatException(error);

    /// <summary>Parses as <see cref="Parse"/> does, without throwing.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="year">The calendar year, or the default value when parsing fails.</param>
    /// <returns>True when the text is a valid year.</returns>
    public static bool TryParse(string? text, out CalendarYear year)
    {
        var ok = PeriodLabelParser.TryParseSingleYear(text, out var value, out _);
        year = ok ? new CalendarYear(value) : default;
        return ok;
    }

    /// <summary>Formats the year as four digits, <c>2024</c>.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Year.ToString("D4", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(CalendarYear other) => yearMinusOne == other.yearMinusOne;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CalendarYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => yearMinusOne;

    /// <inheritdoc />
    public int CompareTo(CalendarYear other) => yearMinusOne.CompareTo(other.yearMinusOne);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="CalendarYear"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        CalendarYear other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a CalendarYear.", nameof(obj)),
    };

    /// <summary>Whether two calendar years are the same year.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CalendarYear left, CalendarYear right) => left.Equals(right);

    /// <summary>Whether two calendar years are different years.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(CalendarYear left, CalendarYear right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True when earlier.</returns>
    public static bool operator <(CalendarYear left, CalendarYear right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True when later.</returns>
    public static bool operator >(CalendarYear left, CalendarYear right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is the same as or earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True when the same or earlier.</returns>
    public static bool operator <=(CalendarYear left, CalendarYear right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is the same as or later than <paramref name="right"/>.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True when the same or later.</returns>
    public static bool operator >=(CalendarYear left, CalendarYear right) => left.CompareTo(right) >= 0;
}
