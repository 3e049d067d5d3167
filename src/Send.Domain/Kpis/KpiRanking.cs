using System;
using System.Collections.Generic;

namespace Send.Domain.Kpis;

/// <summary>Ranks councils' values as LAIT does: 1 is best according to polarity.</summary>
/// <remarks>
/// Ties share the smallest rank (R's <c>ties.method = "min"</c>: 10, 20, 20, 30 ranked lower-is-better gives 1, 2, 2, 4).
/// Values without a number get no rank (null) and do not count. A KPI with no polarity or a target band is not ranked:
/// every rank is null. Pass only local authorities' values: England and regions are not part of the distribution.
/// </remarks>
public static class KpiRanking
{
    /// <summary>Ranks <paramref name="values"/>.</summary>
    /// <param name="values">One value per council.</param>
    /// <param name="polarity">The polarity.</param>
    /// <returns>The rank of each value, in input order; null where a value has no number or the KPI is not ranked.</returns>
    public static int?[] Rank(IReadOnlyList<KpiValue> values, Polarity polarity)
    {
        ArgumentNullException.ThrowIfNull(values);
        var ranks = new int?[values.Count];
        if (polarity is not (Polarity.HigherIsBetter or Polarity.LowerIsBetter))
        {
            return ranks;
        }

        var numbers = new List<(decimal Number, int Index)>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].TryGetNumber(out var n))
            {
                numbers.Add((n, i));
            }
        }

        numbers.Sort((x, y) => polarity == Polarity.HigherIsBetter ? y.Number.CompareTo(x.Number) : x.Number.CompareTo(y.Number));
        for (var i = 0; i < numbers.Count; i++)
        {
            var rank = i > 0 && numbers[i].Number == numbers[i - 1].Number ? ranks[numbers[i - 1].Index]!.Value : i + 1;
            ranks[numbers[i].Index] = rank;
        }

        return ranks;
    }

    /// <summary>The rank one value would have among <paramref name="distribution"/> (which should include it).</summary>
    /// <param name="value">The value.</param>
    /// <param name="distribution">All councils' values.</param>
    /// <param name="polarity">The polarity.</param>
    /// <returns>1 + the number of values strictly better; null when the value has no number or the KPI is not ranked.</returns>
    public static int? RankOf(KpiValue value, IEnumerable<KpiValue> distribution, Polarity polarity)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        if (polarity is not (Polarity.HigherIsBetter or Polarity.LowerIsBetter) || !value.TryGetNumber(out var n))
        {
            return null;
        }

        var better = 0;
        foreach (var other in distribution)
        {
            if (other.TryGetNumber(out var o) && (polarity == Polarity.HigherIsBetter ? o > n : o < n))
            {
                better++;
            }
        }

        return better + 1;
    }
}
