using System;
using System.Globalization;
using NodaTime;
using Send.Domain.Calendars;

namespace Send.Domain.Kpis;

/// <summary>
/// The period a KPI value covers, typed by <see cref="KpiPeriodType"/>: "the financial year 2022/23", "the
/// calendar year 2024", "the twelve months to March 2025".
/// </summary>
/// <remarks>
/// <para>
/// Sources label the same period in different ways (LAIT writes <c>2023</c> for the year ending in 2023, EES writes
/// <c>202223</c>, councils write <c>22/23</c>). <see cref="Parse"/> reads them all into one value so that labels are
/// never compared as strings. Supported labels, by type:
/// </para>
/// <list type="bullet">
/// <item><see cref="KpiPeriodType.CalendarYear"/>: <c>2024</c>.</item>
/// <item><see cref="KpiPeriodType.FinancialYear"/>, <see cref="KpiPeriodType.AcademicYear"/>,
/// <see cref="KpiPeriodType.SnapshotDate"/>: <c>2023</c> (the year the period ends in, as LAIT writes it),
/// <c>202223</c> (EES), <c>2022/23</c>, <c>2022-23</c>, <c>22/23</c>, <c>2022/2023</c>. The two years must be
/// consecutive. A snapshot labelled with two years falls in the later one (EES <c>202425</c> is January 2025).</item>
/// <item><see cref="KpiPeriodType.Month"/>, <see cref="KpiPeriodType.RollingTwelveMonths"/>,
/// <see cref="KpiPeriodType.YearToDate"/>: <c>2025-03</c>, <c>Mar 2025</c>, <c>March 2025</c> (the last month of the period).</item>
/// <item><see cref="KpiPeriodType.Quarter"/>: <c>2024/25 Q1</c> or <c>Q1 2024/25</c> (financial-year quarters; Q1 is April to June).</item>
/// </list>
/// <para>
/// Not supported (rejected with a message): multi-year spans such as LAIT's <c>2014-16</c> or <c>2013/14-15/16</c>,
/// and a label of the wrong shape for the type (<c>22/23</c> for a calendar year). LAIT suffixes such as
/// <c>(Rev)</c> are handled by the LAIT reader, not here.
/// </para>
/// <para>
/// Equality is structural (type, end year, end month). Periods order by their end date, then type. The default value
/// is the snapshot in year 0001 and is not meaningful.
/// </para>
/// </remarks>
public readonly struct KpiPeriod : IEquatable<KpiPeriod>, IComparable<KpiPeriod>
{
    private KpiPeriod(KpiPeriodType type, int endYear, int endMonth)
    {
        Type = type;
        EndYear = endYear;
        EndMonth = endMonth;
    }

    /// <summary>How the period is defined.</summary>
    public KpiPeriodType Type { get; }

    /// <summary>The calendar year the period ends in (2023 for the financial year 2022/23).</summary>
    public int EndYear { get; }

    /// <summary>The last month of the period (1–12): 3 for a financial year, 8 for an academic year, 12 for a calendar year or a snapshot.</summary>
    public int EndMonth { get; }

    /// <summary>The first day of the period. For a snapshot, 1 January of the snapshot's year (the definition names the day).</summary>
    public LocalDate Start => Type switch
    {
        KpiPeriodType.CalendarYear or KpiPeriodType.SnapshotDate => new LocalDate(EndYear, 1, 1),
        KpiPeriodType.FinancialYear => Calendars.FinancialYear.EndingIn(EndYear).Start,
        KpiPeriodType.AcademicYear => new Calendars.AcademicYear(EndYear - 1).Start,
        KpiPeriodType.Month => new LocalDate(EndYear, EndMonth, 1),
        KpiPeriodType.Quarter => new LocalDate(EndYear, EndMonth, 1).PlusMonths(-2),
        KpiPeriodType.RollingTwelveMonths => new LocalDate(EndYear, EndMonth, 1).PlusMonths(-11),
        _ => Calendars.FinancialYear.ForDate(new LocalDate(EndYear, EndMonth, 1)).Start,
    };

    /// <summary>The last day of the period.</summary>
    public LocalDate End => new LocalDate(EndYear, EndMonth, 1).PlusMonths(1).PlusDays(-1);

    /// <summary>The calendar year <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The period.</returns>
    public static KpiPeriod CalendarYear(int year) => new(KpiPeriodType.CalendarYear, CheckYear(year), 12);

    /// <summary>The financial year ending on 31 March of <paramref name="endYear"/>.</summary>
    /// <param name="endYear">The year it ends in (2023 for 2022/23).</param>
    /// <returns>The period.</returns>
    public static KpiPeriod FinancialYear(int endYear) => new(KpiPeriodType.FinancialYear, CheckYear(endYear), 3);

    /// <summary>The academic year ending on 31 August of <paramref name="endYear"/>.</summary>
    /// <param name="endYear">The year it ends in (2023 for 2022/23).</param>
    /// <returns>The period.</returns>
    public static KpiPeriod AcademicYear(int endYear) => new(KpiPeriodType.AcademicYear, CheckYear(endYear), 8);

    /// <summary>The snapshot taken in <paramref name="year"/> (the KPI's definition names the day).</summary>
    /// <param name="year">The year of the snapshot.</param>
    /// <returns>The period.</returns>
    public static KpiPeriod Snapshot(int year) => new(KpiPeriodType.SnapshotDate, CheckYear(year), 12);

    /// <summary>A month-based period (month, quarter, rolling twelve months, year to date) ending with the given month.</summary>
    /// <param name="type">One of the month-based types.</param>
    /// <param name="year">The year of the last month.</param>
    /// <param name="month">The last month, 1–12 (for a quarter: 6, 9, 12 or 3).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The type is a yearly type, or the month is out of range or not a quarter end.</exception>
    public static KpiPeriod EndingWith(KpiPeriodType type, int year, int month)
    {
        if (type is not (KpiPeriodType.Month or KpiPeriodType.Quarter or KpiPeriodType.RollingTwelveMonths or KpiPeriodType.YearToDate))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Only month-based period types end with a month.");
        }

        if (month is < 1 or > 12 || (type == KpiPeriodType.Quarter && month % 3 != 0))
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be 1–12 (for a quarter 3, 6, 9 or 12).");
        }

        return new KpiPeriod(type, CheckYear(year), month);
    }

    /// <summary>The financial-year period of a <see cref="Calendars.FinancialYear"/>.</summary>
    /// <param name="year">The financial year.</param>
    /// <returns>The period.</returns>
    public static KpiPeriod Of(FinancialYear year) => FinancialYear(year.EndYear);

    /// <summary>The academic-year period of an <see cref="Calendars.AcademicYear"/>.</summary>
    /// <param name="year">The academic year.</param>
    /// <returns>The period.</returns>
    public static KpiPeriod Of(AcademicYear year) => AcademicYear(year.EndYear);

    /// <summary>The calendar-year period of a <see cref="Calendars.CalendarYear"/>.</summary>
    /// <param name="year">The calendar year.</param>
    /// <returns>The period.</returns>
    public static KpiPeriod Of(CalendarYear year) => CalendarYear(year.Year);

    /// <summary>The calendar layer's <see cref="Calendars.FinancialYear"/> when this is a financial-year period.</summary>
    /// <param name="year">The financial year.</param>
    /// <returns>True when <see cref="Type"/> is <see cref="KpiPeriodType.FinancialYear"/>.</returns>
    public bool TryGetFinancialYear(out FinancialYear year)
    {
        year = Type == KpiPeriodType.FinancialYear ? new FinancialYear(EndYear - 1) : default;
        return Type == KpiPeriodType.FinancialYear;
    }

    /// <summary>The calendar layer's <see cref="Calendars.AcademicYear"/> when this is an academic-year period.</summary>
    /// <param name="year">The academic year.</param>
    /// <returns>True when <see cref="Type"/> is <see cref="KpiPeriodType.AcademicYear"/>.</returns>
    public bool TryGetAcademicYear(out AcademicYear year)
    {
        year = Type == KpiPeriodType.AcademicYear ? new AcademicYear(EndYear - 1) : default;
        return Type == KpiPeriodType.AcademicYear;
    }

    /// <summary>The period of the same type one year earlier (for "same period last year" comparisons).</summary>
    /// <returns>The earlier period.</returns>
    public KpiPeriod PreviousYear() => new(Type, EndYear - 1, EndMonth);

    /// <summary>Parses a period label for a KPI of the given type (see the remarks for the supported labels).</summary>
    /// <param name="label">The label.</param>
    /// <param name="type">The KPI's period type.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The label is not supported or does not fit <paramref name="type"/>; the message says what was expected.</exception>
    public static KpiPeriod Parse(string label, KpiPeriodType type)
    {
        ArgumentNullException.ThrowIfNull(label);
        return TryParse(label, type, out var period, out var expected)
            ? period
            : throw new FormatException($"'{label}' is not a {Describe(type)} label; expected {expected}.");
    }

    /// <summary>Parses a period label, returning what was expected instead of throwing.</summary>
    /// <param name="label">The label.</param>
    /// <param name="type">The KPI's period type.</param>
    /// <param name="period">The period, when parsed.</param>
    /// <param name="expected">When parsing fails, a description of the labels that would fit; otherwise empty.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse(string? label, KpiPeriodType type, out KpiPeriod period, out string expected)
    {
        period = default;
        expected = ExpectedFor(type);
        if (label is null)
        {
            return false;
        }

        var text = label.Trim();
        switch (type)
        {
            case KpiPeriodType.CalendarYear:
                if (TryYear(text, out var year))
                {
                    period = CalendarYear(year);
                    return true;
                }

                return false;
            case KpiPeriodType.FinancialYear:
            case KpiPeriodType.AcademicYear:
            case KpiPeriodType.SnapshotDate:
                if (TryYear(text, out var end) || TryTwoYears(text, out end))
                {
                    period = type == KpiPeriodType.FinancialYear ? FinancialYear(end)
                        : type == KpiPeriodType.AcademicYear ? AcademicYear(end)
                        : Snapshot(end);
                    return true;
                }

                return false;
            case KpiPeriodType.Quarter:
                return TryQuarter(text, out period);
            default:
                if (TryMonth(text, out var monthYear, out var month))
                {
                    period = new KpiPeriod(type, monthYear, month);
                    return true;
                }

                return false;
        }
    }

    /// <summary>The canonical label: <c>2024</c>, <c>2022/23</c>, <c>2025-03</c>, <c>2024/25 Q1</c>.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Type switch
    {
        KpiPeriodType.CalendarYear or KpiPeriodType.SnapshotDate => EndYear.ToString(CultureInfo.InvariantCulture),
        KpiPeriodType.FinancialYear or KpiPeriodType.AcademicYear => TwoYearLabel(EndYear),
        KpiPeriodType.Quarter => TwoYearLabel(EndMonth <= 3 ? EndYear : EndYear + 1) + " Q" + (((EndMonth + 8) % 12 / 3) + 1).ToString(CultureInfo.InvariantCulture),
        _ => EndYear.ToString("0000", CultureInfo.InvariantCulture) + "-" + EndMonth.ToString("00", CultureInfo.InvariantCulture),
    };

    /// <inheritdoc />
    public bool Equals(KpiPeriod other) => Type == other.Type && EndYear == other.EndYear && EndMonth == other.EndMonth;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is KpiPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, EndYear, EndMonth);

    /// <inheritdoc />
    public int CompareTo(KpiPeriod other)
    {
        var byEnd = (EndYear * 12 + EndMonth).CompareTo(other.EndYear * 12 + other.EndMonth);
        return byEnd != 0 ? byEnd : Type.CompareTo(other.Type);
    }

    /// <summary>Structural equality.</summary>
    /// <param name="left">One period.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(KpiPeriod left, KpiPeriod right) => left.Equals(right);

    /// <summary>Structural inequality.</summary>
    /// <param name="left">One period.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(KpiPeriod left, KpiPeriod right) => !left.Equals(right);

    /// <summary>Orders by end date.</summary>
    /// <param name="left">One period.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when <paramref name="left"/> ends first.</returns>
    public static bool operator <(KpiPeriod left, KpiPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Orders by end date.</summary>
    /// <param name="left">One period.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when <paramref name="left"/> ends last.</returns>
    public static bool operator >(KpiPeriod left, KpiPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Orders by end date.</summary>
    /// <param name="left">One period.</param>
    /// <param name="right">The other.</param>
    /// <returns>True unless <paramref name="left"/> ends last.</returns>
    public static bool operator <=(KpiPeriod left, KpiPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by end date.</summary>
    /// <param name="left">One period.</param>
    /// <param name="right">The other.</param>
    /// <returns>True unless <paramref name="left"/> ends first.</returns>
    public static bool operator >=(KpiPeriod left, KpiPeriod right) => left.CompareTo(right) >= 0;

    private static string Describe(KpiPeriodType type) => type switch
    {
        KpiPeriodType.SnapshotDate => "snapshot",
        KpiPeriodType.FinancialYear => "financial-year",
        KpiPeriodType.AcademicYear => "academic-year",
        KpiPeriodType.CalendarYear => "calendar-year",
        KpiPeriodType.RollingTwelveMonths => "rolling-twelve-months",
        KpiPeriodType.YearToDate => "year-to-date",
        KpiPeriodType.Month => "month",
        _ => "quarter",
    };

    private static string ExpectedFor(KpiPeriodType type) => type switch
    {
        KpiPeriodType.CalendarYear => "a calendar year such as 2024",
        KpiPeriodType.FinancialYear or KpiPeriodType.AcademicYear or KpiPeriodType.SnapshotDate =>
            "a year such as 2022/23, 22/23, 202223 or 2023 (the year it ends in); multi-year spans such as 2014-16 are not supported",
        KpiPeriodType.Quarter => "a financial-year quarter such as 2024/25 Q1",
        _ => "a month such as 2025-03 or Mar 2025",
    };

    private static int CheckYear(int year) =>
        year is < 1900 or > 2200 ? throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1900 and 2200.") : year;

    private static string TwoYearLabel(int endYear) =>
        (endYear - 1).ToString("0000", CultureInfo.InvariantCulture) + "/" + (endYear % 100).ToString("00", CultureInfo.InvariantCulture);

    private static bool TryYear(string text, out int year)
    {
        year = 0;
        return text.Length == 4 && AllDigits(text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 2200;
    }

    private static bool TryTwoYears(string text, out int endYear)
    {
        endYear = 0;
        string first;
        string second;
        if (text.Length == 6 && AllDigits(text))
        {
            first = text.Substring(0, 4);
            second = text.Substring(4, 2);
        }
        else
        {
            var cut = text.IndexOfAny(new[] { '/', '-' });
            if (cut < 0)
            {
                return false;
            }

            first = text.Substring(0, cut).Trim();
            second = text.Substring(cut + 1).Trim();
        }

        if (!AllDigits(first) || !AllDigits(second) || first.Length is not (2 or 4) || second.Length is not (2 or 4))
        {
            return false;
        }

        var start = int.Parse(first, CultureInfo.InvariantCulture);
        if (first.Length == 2)
        {
            start += 2000;
        }

        var end = int.Parse(second, CultureInfo.InvariantCulture);
        var expectedEnd = start + 1;
        var matches = second.Length == 4 ? end == expectedEnd : end == expectedEnd % 100;
        if (!matches || start is < 1900 or > 2199)
        {
            return false;
        }

        endYear = expectedEnd;
        return true;
    }

    private static bool TryMonth(string text, out int year, out int month)
    {
        year = 0;
        month = 0;
        if (text.Length == 7 && text[4] == '-' && AllDigits(text.Substring(0, 4)) && AllDigits(text.Substring(5, 2)))
        {
            year = int.Parse(text.Substring(0, 4), CultureInfo.InvariantCulture);
            month = int.Parse(text.Substring(5, 2), CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 && year is >= 1900 and <= 2200;
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && TryYear(parts[1], out year))
        {
            var names = CultureInfo.InvariantCulture.DateTimeFormat;
            for (var m = 1; m <= 12; m++)
            {
                if (string.Equals(parts[0], names.GetMonthName(m), StringComparison.OrdinalIgnoreCase) ||
                    string.Equals(parts[0], names.GetAbbreviatedMonthName(m), StringComparison.OrdinalIgnoreCase))
                {
                    month = m;
                    return true;
                }
            }
        }

        return false;
    }

    private static bool TryQuarter(string text, out KpiPeriod period)
    {
        period = default;
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            return false;
        }

        var (q, fy) = parts[0].StartsWith("Q", StringComparison.OrdinalIgnoreCase) ? (parts[0], parts[1]) : (parts[1], parts[0]);
        if (q.Length != 2 || !q.StartsWith("Q", StringComparison.OrdinalIgnoreCase) || q[1] < '1' || q[1] > '4' || !TryTwoYears(fy, out var fyEnd))
        {
            return false;
        }

        var quarter = q[1] - '0';
        var endMonth = quarter == 4 ? 3 : 3 + (quarter * 3);
        var year = quarter == 4 ? fyEnd : fyEnd - 1;
        period = new KpiPeriod(KpiPeriodType.Quarter, year, endMonth);
        return true;
    }

    private static bool AllDigits(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
