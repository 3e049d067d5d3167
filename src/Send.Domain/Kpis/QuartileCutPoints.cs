using System;
using System.Collections.Generic;
using System.Linq;

namespace Send.Domain.Kpis;

/// <summary>
/// The 0%, 25%, 50%, 75% and 100% quantiles of all councils' values, computed as R's default <c>quantile(type = 7)</c>,
/// and the banding LAIT applies to them.
/// </summary>
/// <remarks>
/// <para>
/// Type 7: for probability p over the n sorted values x[0..n-1], h = (n − 1)p; the quantile is
/// x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]). Computed in decimal, so cut points are exact to 28 digits.
/// </para>
/// <para>
/// Banding (<see cref="BandOf"/>) follows LAIT's code: for lower-is-better, A is [Q0, Q25], B is (Q25, Q50], C is
/// (Q50, Q75], D is (Q75, Q100]; for higher-is-better the same intervals are D, C, B, A. So a value exactly on a cut
/// point falls in the lower interval. No band is given for a KPI without polarity, a target band, a value without a
/// number, or a value outside [Q0, Q100].
/// </para>
/// </remarks>
/// <param name="Q0">The minimum.</param>
/// <param name="Q25">The lower quartile.</param>
/// <param name="Q50">The median.</param>
/// <param name="Q75">The upper quartile.</param>
/// <param name="Q100">The maximum.</param>
public sealed record QuartileCutPoints(decimal Q0, decimal Q25, decimal Q50, decimal Q75, decimal Q100)
{
    /// <summary>Computes the cut points of the values that have a number.</summary>
    /// <param name="values">All councils' values.</param>
    /// <returns>The cut points, or null when no value has a number.</returns>
    public static QuartileCutPoints? Of(IEnumerable<KpiValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = KpiValue.NumbersOf(values).ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        Array.Sort(sorted);
        return new QuartileCutPoints(sorted[0], Type7(sorted, 0.25m), Type7(sorted, 0.5m), Type7(sorted, 0.75m), sorted[sorted.Length - 1]);
    }

    /// <summary>R's type-7 quantile of sorted values.</summary>
    /// <param name="sorted">Values in ascending order; at least one.</param>
    /// <param name="probability">p, from 0 to 1.</param>
    /// <returns>The quantile.</returns>
    /// <exception cref="ArgumentException"><paramref name="sorted"/> is empty, or p is outside 0–1.</exception>
    public static decimal Type7(IReadOnlyList<decimal> sorted, decimal probability)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0 || probability is < 0m or > 1m)
        {
            throw new ArgumentException("Need at least one value and a probability from 0 to 1.");
        }

        var h = (sorted.Count - 1) * probability;
        var low = (int)decimal.Floor(h);
        if (low >= sorted.Count - 1)
        {
            return sorted[sorted.Count - 1];
        }

        return sorted[low] + ((h - low) * (sorted[low + 1] - sorted[low]));
    }

    /// <summary>The band of <paramref name="value"/> given polarity (see the remarks).</summary>
    /// <param name="value">The value.</param>
    /// <param name="polarity">The polarity.</param>
    /// <returns>The band, or null.</returns>
    public QuartileBand? BandOf(KpiValue value, Polarity polarity)
    {
        if (polarity is not (Polarity.HigherIsBetter or Polarity.LowerIsBetter) || !value.TryGetNumber(out var v) || v < Q0 || v > Q100)
        {
            return null;
        }

        var ascending = v <= Q25 ? 0 : v <= Q50 ? 1 : v <= Q75 ? 2 : 3;
        return (QuartileBand)(polarity == Polarity.LowerIsBetter ? ascending : 3 - ascending);
    }
}
