namespace Send.Domain.Kpis;

/// <summary>The direction a value moved since an earlier period.</summary>
/// <remarks>The default value is <see cref="NotComparable"/>.</remarks>
public enum Direction
{
    /// <summary>One of the two values has no number. This is the default value.</summary>
    NotComparable = 0,

    /// <summary>Moved in the good direction.</summary>
    Improved = 1,

    /// <summary>Moved in the bad direction.</summary>
    Worsened = 2,

    /// <summary>Unchanged at the precision compared.</summary>
    NoChange = 3,

    /// <summary>Went up (a KPI with no polarity: no judgement).</summary>
    Increased = 4,

    /// <summary>Went down (a KPI with no polarity: no judgement).</summary>
    Decreased = 5,
}

/// <summary>
/// Direction of travel: the change from an earlier period (the previous period, or the same period last year) and
/// its direction given polarity.
/// </summary>
/// <remarks>
/// "No change" means equal at the precision compared, exactly as in <see cref="KpiComparison"/>. A KPI without polarity
/// is only said to have increased or decreased.
/// </remarks>
/// <param name="Direction">The direction.</param>
/// <param name="Change">The current value minus the earlier one (no number when either has none).</param>
public sealed record DirectionOfTravel(Direction Direction, KpiValue Change)
{
    /// <summary>Works out the direction of travel from <paramref name="earlier"/> to <paramref name="current"/>.</summary>
    /// <param name="current">The current value.</param>
    /// <param name="earlier">The earlier value.</param>
    /// <param name="polarity">The polarity.</param>
    /// <param name="decimals">The precision for "no change", or null for stored precision.</param>
    /// <returns>The direction of travel.</returns>
    public static DirectionOfTravel Between(KpiValue current, KpiValue earlier, Polarity polarity, int? decimals)
    {
        var change = current.Minus(earlier);
        var verdict = KpiComparison.Judge(current, earlier, polarity, decimals);
        var direction = verdict switch
        {
            Verdict.Better => Direction.Improved,
            Verdict.Worse => Direction.Worsened,
            Verdict.Same => Direction.NoChange,
            Verdict.NotJudged => change.Number > 0 ? Direction.Increased : Direction.Decreased,
            _ => Direction.NotComparable,
        };
        return new DirectionOfTravel(direction, change);
    }
}
