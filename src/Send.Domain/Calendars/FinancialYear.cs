using System;
using NodaTime;

namespace Send.Domain.Calendars;

/// <summary>
/// A UK public-sector financial year: 1 April to 31 March, written <c>2024/25</c>. DSG allocations, the DSG account,
/// section 251 returns and Safety Valve profiles all run on financial years (dsg-high-needs.md section 1 [C]).
/// </summary>
/// <remarks>
/// <para>
/// A financial year is not an <see cref="AcademicYear"/> (1 September to 31 August) and not a
/// <see cref="CalendarYear"/>: the three are distinct types with no conversion between them, so comparing a financial
/// year with an academic year does not compile. Converting between them needs an explicit rule (for example the
/// council convention that a financial year is 5/12 of one academic year plus 7/12 of the next), which belongs to the
/// code that uses it.
/// </para>
/// <para>
/// Equality and ordering are by <see cref="StartYear"/>. The default value is the financial year 0001/02
/// (1 April 0001 to 31 March 0002), matching NodaTime's default <see cref="LocalDate"/> of 1 January 0001.
/// Valid start years are 1 to 9998.
/// </para>
/// <para>This assembly has no JSON dependency: Send.Data's <c>YearJsonConverters</c> reads and writes it as its label in System.Text.Json.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct FinancialYear : IEquatable<FinancialYear>, IComparable<FinancialYear>, IComparable
{
    /// <summary>The month in which a financial year starts (April).</summary>
    public const int StartMonth = 4;

    // Stored as StartYear - 1 so that default(FinancialYear) is 0001/02, a valid year.
    private readonly int startYearMinusOne;

    /// <summary>Creates the financial year that starts on 1 April of <paramref name="startYear"/>.</summary>
    /// <param name="startYear">The calendar year in which the financial year starts: 2024 gives 2024/25.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startYear"/> is not between 1 and 9998.</exception>
    public FinancialYear(int startYear)
    {
        if (startYear < PeriodLabelParser.MinStartYear || startYear > PeriodLabelParser.MaxStartYear)
        {
            throw new ArgumentOutOfRangeException(nameof(startYear), startYear, "A financial year must start in a year from 1 to 9998.");
        }

        startYearMinusOne = startYear - 1;
    }

    /// <summary>The calendar year in which this financial year starts (2024 for 2024/25).</summary>
    public int StartYear => startYearMinusOne + 1;

    /// <summary>The calendar year in which this financial year ends (2025 for 2024/25).</summary>
    public int EndYear => StartYear + 1;

    /// <summary>The first day of the year, 1 April of <see cref="StartYear"/>.</summary>
    public LocalDate Start => new(StartYear, StartMonth, 1);

    /// <summary>The last day of the year, 31 March of <see cref="EndYear"/> (inclusive).</summary>
    public LocalDate End => new(EndYear, 3, 31);

    /// <summary>The next financial year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">This is the last representable year, 9998/99.</exception>
    public FinancialYear Next => new(StartYear + 1);

    /// <summary>The previous financial year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">This is the first representable year, 0001/02.</exception>
    public FinancialYear Previous => new(StartYear - 1);

    /// <summary>Returns the financial year that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any ISO date; 31 March 2025 gives 2024/25, 1 April 2025 gives 2025/26.</param>
    /// <returns>The financial year containing the date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date falls outside the representable years.</exception>
    public static FinancialYear ForDate(LocalDate date) =>
        new(date.Month >= StartMonth ? date.Year : date.Year - 1);

    /// <summary>
    /// The financial year that ends in <paramref name="endYear"/>: <c>EndingIn(2025)</c> is 2024/25. Some sources label a
    /// year by its later calendar year (LAIT writes <c>2023</c> for 2022/23, kpis.md).
    /// </summary>
    /// <param name="endYear">The calendar year in which the financial year ends.</param>
    /// <returns>The financial year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="endYear"/> is not between 2 and 9999.</exception>
    public static FinancialYear EndingIn(int endYear) => new(endYear - 1);

    /// <summary>Whether <paramref name="date"/> falls in this year, from <see cref="Start"/> to <see cref="End"/> inclusive.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns>True when the date is in this year.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>
    /// Parses a label such as <c>2024/25</c>, <c>2024-25</c>, <c>24/25</c>, <c>FY2024-25</c>, <c>FY24/25</c>,
    /// <c>2024/2025</c>, <c>2024-2025</c> or <c>202425</c>. Two-digit years mean 20YY; <c>99/00</c> is rejected as
    /// ambiguous. The two years must be consecutive.
    /// </summary>
    /// <param name="text">The label.</param>
    /// <returns>The financial year.</returns>
    /// <exception cref="FormatException">The text is not such a label; the message quotes it and says what was expected.</exception>
    public static FinancialYear Parse(string text) =>
        PeriodLabelParser.TryParseYearPair(text, YearKind.Financial, out var start, out var error)
            ? new FinancialYear(start)
            : throw new FormatException(error);

    /// <summary>Parses a label as <see cref="Parse"/> does, without throwing.</summary>
    /// <param name="text">The label, or null.</param>
    /// <param name="year">The financial year, or the default value when parsing fails.</param>
    /// <returns>True when the text is a valid label.</returns>
    public static bool TryParse(string? text, out FinancialYear year)
    {
        var ok = PeriodLabelParser.TryParseYearPair(text, YearKind.Financial, out var start, out _);
        year = ok ? new FinancialYear(start) : default;
        return ok;
    }

    /// <summary>Formats the year in the default style, <c>2024/25</c>.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => ToString(PeriodLabelStyle.Slash);

    /// <summary>Formats the year in the given style; every style parses back to the same year.</summary>
    /// <param name="style">The style, for example <see cref="PeriodLabelStyle.Prefixed"/> for <c>FY2024-25</c>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined style.</exception>
    public string ToString(PeriodLabelStyle style) => PeriodLabelParser.Format(StartYear, style, YearKind.Financial);

    /// <inheritdoc />
    public bool Equals(FinancialYear other) => startYearMinusOne == other.startYearMinusOne;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FinancialYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => startYearMinusOne;

    /// <inheritdoc />
    public int CompareTo(FinancialYear other) => startYearMinusOne.CompareTo(other.startYearMinusOne);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="FinancialYear"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        FinancialYear other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a FinancialYear.", nameof(obj)),
    };

    /// <summary>Whether two financial years are the same year.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(FinancialYear left, FinancialYear right) => left.Equals(right);

    /// <summary>Whether two financial years are different years.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(FinancialYear left, FinancialYear right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True when earlier.</returns>
    public static bool operator <(FinancialYear left, FinancialYear right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True when later.</returns>
    public static bool operator >(FinancialYear left, FinancialYear right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is the same as or earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True when the same or earlier.</returns>
    public static bool operator <=(FinancialYear left, FinancialYear right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is the same as or later than <paramref name="right"/>.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True when the same or later.</returns>
    public static bool operator >=(FinancialYear left, FinancialYear right) => left.CompareTo(right) >= 0;
}
