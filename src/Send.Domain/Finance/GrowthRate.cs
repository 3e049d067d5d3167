using System;
using System.Globalization;

namespace Send.Domain.Finance;

/// <summary>
/// A compound growth rate per year, as a fraction (0.107 is 10.7% a year), for projecting caseloads and costs
/// (DSG reference, section 10, item 6).
/// </summary>
/// <remarks>
/// <para>
/// Projection is the naive trend <c>N(t+k) = N(t) × (1 + g)^k</c>. The rate implied by two points is
/// <c>g = (N_end / N_start)^(1/years) − 1</c>, computed in decimal with <see cref="DecimalMath.NthRoot"/>: +84% over
/// 6 years (DBV) gives <c>1.84^(1/6) − 1 ≈ 10.7%</c> a year.
/// </para>
/// <para>The default value is no growth. Equality is that of the rate. Rates at or below −100% are refused.</para>
/// </remarks>
public readonly record struct GrowthRate
{
    private GrowthRate(decimal perYear)
    {
        if (perYear <= -1m)
        {
            throw new ArgumentOutOfRangeException(nameof(perYear), perYear, "A growth rate must be above -100% a year.");
        }

        PerYearFraction = perYear;
    }

    /// <summary>The rate per year as a fraction (0.107 for 10.7%).</summary>
    public decimal PerYearFraction { get; }

    /// <summary>The rate as a percentage to 1 dp, halves away from zero (10.7).</summary>
    public decimal Percent => decimal.Round(PerYearFraction * 100m, 1, MidpointRounding.AwayFromZero);

    /// <summary>A rate given per year.</summary>
    /// <param name="fraction">The rate as a fraction (0.12 for 12%); above −1.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rate is −100% or less.</exception>
    public static GrowthRate PerYear(decimal fraction) => new(fraction);

    /// <summary>Year-on-year growth: <c>g = N_t / N_{t−1} − 1</c>.</summary>
    /// <param name="previous">Last year's figure; positive.</param>
    /// <param name="current">This year's figure; positive.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A figure is not positive.</exception>
    public static GrowthRate YearOnYear(decimal previous, decimal current) => ImpliedBy(previous, current, 1);

    /// <summary>The compound yearly rate that takes <paramref name="start"/> to <paramref name="end"/> in <paramref name="years"/> years.</summary>
    /// <param name="start">The first figure; positive.</param>
    /// <param name="end">The last figure; positive.</param>
    /// <param name="years">Years between them; 1 to 1,000.</param>
    /// <returns><c>(end / start)^(1/years) − 1</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A figure is not positive or the years are out of range.</exception>
    public static GrowthRate ImpliedBy(decimal start, decimal end, int years)
    {
        if (start <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "The starting figure must be positive.");
        }

        if (end <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, "The ending figure must be positive.");
        }

        return new(DecimalMath.NthRoot(end / start, years) - 1m);
    }

    /// <summary>The compound yearly rate implied by total growth over a period (+84% over 6 years is <c>FromTotalGrowth(0.84m, 6)</c>).</summary>
    /// <param name="totalGrowth">The growth over the whole period as a fraction; above −1.</param>
    /// <param name="years">The period in years; 1 to 1,000.</param>
    /// <returns>The yearly rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The growth is −100% or less, or the years are out of range.</exception>
    public static GrowthRate FromTotalGrowth(decimal totalGrowth, int years) => ImpliedBy(1m, 1m + totalGrowth, years);

    /// <summary>The growth factor over <paramref name="years"/> years: <c>(1 + g)^years</c>.</summary>
    /// <param name="years">Whole years; not negative.</param>
    /// <returns>The factor.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is negative.</exception>
    public decimal Factor(int years) => DecimalMath.Pow(1m + PerYearFraction, years);

    /// <summary>Projects a figure forward: <c>value × (1 + g)^years</c>, unrounded.</summary>
    /// <param name="value">The figure now.</param>
    /// <param name="years">Whole years ahead; not negative.</param>
    /// <returns>The projected figure.</returns>
    public decimal Project(decimal value, int years) => value * Factor(years);

    /// <summary>Projects an amount forward: <c>amount × (1 + g)^years</c>, unrounded.</summary>
    /// <param name="amount">The amount now.</param>
    /// <param name="years">Whole years ahead; not negative.</param>
    /// <returns>The projected amount.</returns>
    public Money Project(Money amount, int years) => amount * Factor(years);

    /// <summary>The rate as a percentage to 1 dp, for example <c>10.7% a year</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Percent.ToString("0.0", CultureInfo.InvariantCulture) + "% a year";
}
