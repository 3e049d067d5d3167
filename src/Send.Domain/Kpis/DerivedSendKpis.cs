using System;

namespace Send.Domain.Kpis;

/// <summary>
/// The arithmetic of the SEND KPIs derived from a caseload: percentages from a numerator and denominator, and
/// year-on-year growth. The counts themselves come from the statutory engine (<c>Send.Domain.Statutory</c>).
/// </summary>
/// <remarks>
/// A zero denominator gives <see cref="KpiValueStatus.NotAvailable"/> (<c>x</c>), never 0% or 100%: DfE showed
/// <c>x</c> for the two councils that classed every 2024 plan as an exception. Growth from an earlier count of zero is
/// likewise not available. Values are kept at full precision; round for display only.
/// </remarks>
public static class DerivedSendKpis
{
    /// <summary>numerator ÷ denominator × 100 (for example plans issued within 20 weeks ÷ plans issued).</summary>
    /// <param name="numerator">The count meeting the standard (0 or more, at most the denominator).</param>
    /// <param name="denominator">The count in scope (0 or more).</param>
    /// <returns>The percentage, or not available when the denominator is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or the numerator exceeds the denominator.</exception>
    public static KpiValue Percentage(int numerator, int denominator)
    {
        if (numerator < 0 || denominator < 0 || numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), $"Need 0 <= numerator <= denominator; got {numerator} of {denominator}.");
        }

        return denominator == 0 ? KpiValue.NotAvailable : KpiValue.Of(numerator * 100m / denominator);
    }

    /// <summary>(current − earlier) ÷ earlier × 100, for like-for-like periods (calendar year with calendar year, year to date with year to date).</summary>
    /// <param name="current">This period's count.</param>
    /// <param name="earlier">The same period a year earlier.</param>
    /// <returns>The growth; not available when the earlier count is 0; a status carried through when either has no number.</returns>
    public static KpiValue YearOnYearGrowth(KpiValue current, KpiValue earlier)
    {
        var difference = current.Minus(earlier);
        if (!difference.HasNumber)
        {
            return difference;
        }

        var before = earlier.Number;
        return before == 0m
            ? KpiValue.WithStatus(KpiValueStatus.NotAvailable, difference.Flags)
            : KpiValue.Of(difference.Number * 100m / before, difference.Flags);
    }
}
