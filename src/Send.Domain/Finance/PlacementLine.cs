using System;

namespace Send.Domain.Finance;

/// <summary>
/// One line of a high needs cost model: a caseload in a placement category times its average cost per year
/// (DSG reference, section 10, item 5). Devon: about 9,800 plans × £17,000 = £166.6m.
/// </summary>
/// <remarks>
/// <see cref="Category"/> is null for a line covering every category together. <see cref="Growth"/>, when given,
/// overrides the model's growth rate for this line. Immutable; equality is structural.
/// </remarks>
/// <param name="Label">What the line is, for example "All EHCPs" or "Independent special".</param>
/// <param name="Category">The placement category, or null for all categories together.</param>
/// <param name="Count">The caseload (EHCPs); not negative.</param>
/// <param name="AverageCost">The average cost per EHCP per year.</param>
public sealed record PlacementLine(string Label, PlacementCategory? Category, int Count, Money AverageCost)
{
    /// <summary>This line's own growth rate, or null to use the model's.</summary>
    public GrowthRate? Growth { get; init; }

    /// <summary><c>Count × AverageCost</c>.</summary>
    /// <exception cref="InvalidOperationException">The count is negative.</exception>
    public Money Cost => Count >= 0
        ? AverageCost * Count
        : throw new InvalidOperationException($"{Label}: a caseload cannot be negative ({Count}).");
}
