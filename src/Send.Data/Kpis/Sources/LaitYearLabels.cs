using System;

namespace Send.Data.Kpis.Sources;

/// <summary>Reads LAIT's year labels: <c>2023</c>, <c>2022/23</c>, <c>2016-17 (OT)</c>, <c>2024 (Rev)</c>, <c>2025 (prov)</c>, <c>2014-16</c>.</summary>
internal static class LaitYearLabels
{
    /// <summary>The calendar year the labelled period ends in, or null when the label has no leading four-digit year.</summary>
    public static int? EndYear(string label) => EndYear(label.AsSpan());

    public static int? EndYear(ReadOnlySpan<char> label)
    {
        var paren = label.IndexOf('(');
        if (paren >= 0)
        {
            label = label.Slice(0, paren);
        }

        label = label.Trim();
        if (label.Length < 4 || !IsDigits(label.Slice(0, 4)))
        {
            return null;
        }

        var start = Parse(label.Slice(0, 4));
        if (start < 1900)
        {
            return null;
        }

        // The end is the last group of digits: 2022/23 -> 23, 2013/14-15/16 -> 16, 2014-16 -> 16, 2021 -> 2021.
        var end = label.Length;
        var begin = end;
        while (begin > 0 && char.IsDigit(label[begin - 1]))
        {
            begin--;
        }

        var last = label.Slice(begin, end - begin);
        if (begin == 0 || last.Length == 0)
        {
            return start;
        }

        if (last.Length == 4)
        {
            return Parse(last);
        }

        if (last.Length == 2)
        {
            var century = start / 100 * 100;
            var year = century + Parse(last);
            return year < start ? year + 100 : year;
        }

        return start;
    }

    public static Send.Domain.Kpis.KpiValueFlags Flags(string label) =>
        label.Contains("(Rev)", StringComparison.OrdinalIgnoreCase) ? Send.Domain.Kpis.KpiValueFlags.Revised
        : label.Contains("(prov)", StringComparison.OrdinalIgnoreCase) ? Send.Domain.Kpis.KpiValueFlags.Provisional
        : Send.Domain.Kpis.KpiValueFlags.None;

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Parse(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
