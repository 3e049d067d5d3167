using System;
using System.Collections.Generic;

namespace Send.Domain.Kpis;

/// <summary>
/// The statistical-neighbour average as LAIT computes it: the unweighted mean of the neighbours' published values,
/// with missing and suppressed neighbours dropped, and the count actually used.
/// </summary>
/// <remarks>
/// The mean is of published rates or percentages, not recomputed from numerators. When no neighbour has a number the
/// average has none either: its status is the neighbours' common status when they all share one (all <c>c</c> gives
/// <c>c</c>), otherwise <see cref="KpiValueStatus.Missing"/>. The mean is kept at full decimal precision; round it for
/// display only. Flags (provisional, revised) of the values used are carried onto the mean.
/// </remarks>
/// <param name="Value">The mean, or a status when no neighbour had a number.</param>
/// <param name="CountUsed">How many neighbours had a number.</param>
/// <param name="CountListed">How many neighbours were listed.</param>
public readonly record struct NeighbourAverage(KpiValue Value, int CountUsed, int CountListed)
{
    /// <summary>Averages the available values.</summary>
    /// <param name="values">The neighbours' values.</param>
    /// <returns>The average with its counts.</returns>
    public static NeighbourAverage Of(IEnumerable<KpiValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sum = 0m;
        var used = 0;
        var listed = 0;
        var flags = KpiValueFlags.None;
        KpiValueStatus? common = null;
        var mixed = false;
        foreach (var value in values)
        {
            listed++;
            if (value.TryGetNumber(out var number))
            {
                sum += number;
                used++;
                flags |= value.Flags;
            }
            else if (common is null)
            {
                common = value.Status;
            }
            else if (common != value.Status)
            {
                mixed = true;
            }
        }

        if (used == 0)
        {
            var status = common is KpiValueStatus s && !mixed ? s : KpiValueStatus.Missing;
            return new NeighbourAverage(KpiValue.WithStatus(status), 0, listed);
        }

        return new NeighbourAverage(KpiValue.Of(sum / used, flags), used, listed);
    }
}
