namespace Send.Domain.Kpis;

/// <summary>
/// The unit and scale a KPI is published in. The scale belongs to the definition: a rate per 10,000 is not a
/// percentage even when the numbers look alike.
/// </summary>
/// <remarks>
/// The default value, <see cref="Percentage"/>, is the commonest unit in committee tables. Each unit has a range that
/// values must lie in (see <see cref="KpiUnitRanges"/>); a percentage of 140 is rejected, not clamped.
/// </remarks>
public enum KpiUnit
{
    /// <summary>A percentage on the 0–100 scale (not 0–1). This is the default value.</summary>
    Percentage = 0,

    /// <summary>A rate per 10,000 of a population (for example children looked after per 10,000 under-18s); never negative.</summary>
    RatePer10k = 1,

    /// <summary>A rate per 100,000 of a population; never negative.</summary>
    RatePer100k = 2,

    /// <summary>A score such as Attainment 8 or Progress 8; may be negative (Progress 8 is centred on zero).</summary>
    Score = 3,

    /// <summary>A count of people, plans or events; a whole number, never negative.</summary>
    Count = 4,

    /// <summary>A duration in days (or another time unit named in the notes); never negative.</summary>
    Duration = 5,

    /// <summary>An amount of money in pounds; may be negative (a deficit).</summary>
    Money = 6,

    /// <summary>A ratio such as a caseload per worker; never negative.</summary>
    Ratio = 7,

    /// <summary>A percentage change (growth), which may be negative and may exceed 100.</summary>
    PercentageChange = 8,
}
