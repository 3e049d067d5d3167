using System;
using System.Globalization;

namespace Send.Domain.Calendars;

/// <summary>
/// Parses and formats the two-year period labels shared by <see cref="FinancialYear"/> and <see cref="AcademicYear"/>,
/// and the one-year labels of <see cref="CalendarYear"/>. One place, so every year type accepts exactly the same text.
/// </summary>
/// <remarks>
/// <para>Accepted (after trimming surrounding white space; the prefix is case-insensitive and may be followed by one
/// space): <c>2024/25</c>, <c>2024-25</c>, <c>2024–25</c> (en dash, as Word writes it), <c>24/25</c>, <c>24-25</c>,
/// <c>2024/2025</c>, <c>2024-2025</c>, <c>202425</c>, and any of these after the kind's own prefix (<c>FY</c> or
/// <c>AY</c>).</para>
/// <para>Century rule: a two-digit start year <c>YY</c> means <c>20YY</c>, and short labels cover 2000/01 to
/// 2098/99 only; <c>99/00</c> is rejected as ambiguous (write <c>1999/2000</c> or <c>2099/2100</c>).</para>
/// </remarks>
internal static class PeriodLabelParser
{
    /// <summary>The smallest start year a two-year label may have.</summary>
    internal const int MinStartYear = 1;

    /// <summary>The largest start year a two-year label may have (its end year is 9999).</summary>
    internal const int MaxStartYear = 9998;

    internal static bool TryParseYearPair(string? text, YearKind kind, out int startYear, out string error)
    {
        startYear = 0;
        if (text is null)
        {
            error = $"No {kind.Noun} label was given; {Expected(kind)}.";
            return false;
        }

        var body = text.Trim();
        var otherPrefix = kind.Prefix == "FY" ? "AY" : "FY";
        if (StartsWithPrefix(body, kind.Prefix))
        {
            body = StripPrefix(body);
        }
        else if (StartsWithPrefix(body, otherPrefix))
        {
            error = $"'{text}' is not a {kind.Noun} label: the prefix {otherPrefix} marks {(otherPrefix == "FY" ? "a financial" : "an academic")} year; {Expected(kind)}.";
            return false;
        }

        int first;
        int second;
        int firstDigits;
        int secondDigits;
        if (body.Length == 6 && AllDigits(body, 0, 6))
        {
            first = Digits(body, 0, 4);
            second = Digits(body, 4, 2);
            firstDigits = 4;
            secondDigits = 2;
        }
        else
        {
            var separator = body.IndexOfAny(Separators);
            if (separator < 0 || body.IndexOfAny(Separators, separator + 1) >= 0)
            {
                error = $"'{text}' is not a {kind.Noun} label; {Expected(kind)}.";
                return false;
            }

            firstDigits = separator;
            secondDigits = body.Length - separator - 1;
            if (!((firstDigits == 4 || firstDigits == 2) && (secondDigits == 4 || secondDigits == 2))
                || !AllDigits(body, 0, firstDigits) || !AllDigits(body, separator + 1, secondDigits)
                || (firstDigits == 2 && secondDigits == 4))
            {
                error = $"'{text}' is not a {kind.Noun} label; {Expected(kind)}.";
                return false;
            }

            first = Digits(body, 0, firstDigits);
            second = Digits(body, separator + 1, secondDigits);
        }

        if (firstDigits == 2)
        {
            if (first == 99)
            {
                error = $"'{text}' is ambiguous: a two-digit label means a year from 2000/01 to 2098/99; write the years in full ('1999/2000' or '2099/2100').";
                return false;
            }

            first += 2000;
        }

        if (first < MinStartYear || first > MaxStartYear)
        {
            error = $"'{text}' is not a {kind.Noun} label: the start year must be between {MinStartYear:D4} and {MaxStartYear}.";
            return false;
        }

        var expectedSecond = secondDigits == 4 ? first + 1 : (first + 1) % 100;
        if (second != expectedSecond)
        {
            error = $"'{text}' is not a {kind.Noun} label: the second year must follow the first (expected '{Format(first, PeriodLabelStyle.Slash, kind)}' for a {kind.Noun} starting in {first:D4}).";
            return false;
        }

        startYear = first;
        error = string.Empty;
        return true;
    }

    internal static bool TryParseSingleYear(string? text, out int year, out string error)
    {
        year = 0;
        var body = text?.Trim();
        if (body is null || body.Length != 4 || !AllDigits(body, 0, 4))
        {
            error = text is null
                ? "No calendar year was given; expected four digits such as 2024."
                : $"'{text}' is not a calendar year; expected four digits such as 2024.";
            return false;
        }

        year = Digits(body, 0, 4);
        if (year < 1)
        {
            error = $"'{text}' is not a calendar year: the year must be between 0001 and 9999.";
            return false;
        }

        error = string.Empty;
        return true;
    }

    internal static string Format(int startYear, PeriodLabelStyle style, YearKind kind)
    {
        var start = startYear.ToString("D4", CultureInfo.InvariantCulture);
        var end = (startYear + 1).ToString("D4", CultureInfo.InvariantCulture);
        var endShort = ((startYear + 1) % 100).ToString("D2", CultureInfo.InvariantCulture);
        return style switch
        {
            PeriodLabelStyle.Slash => start + "/" + endShort,
            PeriodLabelStyle.Hyphen => start + "-" + endShort,
            PeriodLabelStyle.Short => startYear >= 2000 && startYear <= 2098
                ? (startYear % 100).ToString("D2", CultureInfo.InvariantCulture) + "/" + endShort
                : start + "/" + endShort,
            PeriodLabelStyle.Prefixed => kind.Prefix + start + "-" + endShort,
            PeriodLabelStyle.FullSlash => start + "/" + end,
            PeriodLabelStyle.FullHyphen => start + "-" + end,
            PeriodLabelStyle.Compact => start + endShort,
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown period label style."),
        };
    }

    private static readonly char[] Separators = { '/', '-', '\u2013' };

    private static string Expected(YearKind kind) =>
        $"expected a label such as 2024/25, 2024-25, 24/25, {kind.Prefix}2024-25 or 2024/2025, naming two consecutive years";

    private static bool StartsWithPrefix(string body, string prefix) =>
        body.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static string StripPrefix(string body)
    {
        var rest = body.Substring(2);
        return rest.Length > 0 && rest[0] == ' ' ? rest.Substring(1) : rest;
    }

    private static bool AllDigits(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Digits(string text, int start, int length) =>
        int.Parse(text.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);
}

/// <summary>What kind of two-year period a label names: its noun for messages and its prefix.</summary>
internal readonly record struct YearKind(string Noun, string Prefix)
{
    internal static YearKind Financial { get; } = new("financial year", "FY");

    internal static YearKind Academic { get; } = new("academic year", "AY");
}
