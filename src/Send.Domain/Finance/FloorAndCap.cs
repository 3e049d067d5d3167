using System;

namespace Send.Domain.Finance;

/// <summary>
/// The high needs NFF funding floor and gains cap per head of the 2 to 18 population (DSG reference, section 5):
/// <c>PerHeadNew = clamp(FormulaPerHead, PerHeadPrev × (1 + Floor), PerHeadPrev × (1 + Cap))</c>.
/// </summary>
/// <remarks>
/// 2025-26 (floor 7%, cap 10%): an LA with £200 per head gets at least £214 and at most £220. The exact ordering of
/// the steps around the clamp is [R]. Immutable; equality is structural.
/// </remarks>
/// <param name="PreviousPerHead">Last year's baseline per head.</param>
/// <param name="FormulaPerHead">This year's formula result per head.</param>
/// <param name="Floor">The floor as a fraction (0.07).</param>
/// <param name="Cap">The cap as a fraction (0.10); not below the floor.</param>
public sealed record FloorAndCap(Money PreviousPerHead, Money FormulaPerHead, decimal Floor, decimal Cap)
{
    /// <summary>The least per head: <c>PreviousPerHead × (1 + Floor)</c>.</summary>
    public Money Minimum => PreviousPerHead * (1m + Floor);

    /// <summary>The most per head: <c>PreviousPerHead × (1 + Cap)</c>.</summary>
    /// <exception cref="InvalidOperationException">The cap is below the floor.</exception>
    public Money Maximum => Cap >= Floor ? PreviousPerHead * (1m + Cap) : throw new InvalidOperationException($"The cap ({Cap}) is below the floor ({Floor}).");

    /// <summary>The funded amount per head: the formula result clamped between <see cref="Minimum"/> and <see cref="Maximum"/>.</summary>
    public Money PerHead => Money.Min(Money.Max(FormulaPerHead, Minimum), Maximum);

    /// <summary>Whether the floor lifted the formula result.</summary>
    public bool FloorApplied => FormulaPerHead < Minimum;

    /// <summary>Whether the cap limited the formula result.</summary>
    public bool CapApplied => FormulaPerHead > Maximum;

    /// <summary>The floor and cap for a year's rates.</summary>
    /// <param name="previousPerHead">Last year's baseline per head.</param>
    /// <param name="formulaPerHead">This year's formula result per head.</param>
    /// <param name="rates">The year's rates; must have a floor and cap.</param>
    /// <returns>The calculation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The rates have no floor or cap for that year.</exception>
    public static FloorAndCap For(Money previousPerHead, Money formulaPerHead, HighNeedsRates rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        if (rates.NffFloor is not decimal floor || rates.NffCap is not decimal cap)
        {
            throw new InvalidOperationException($"The funding rates for {rates.Year} have no HN NFF floor and cap.");
        }

        return new FloorAndCap(previousPerHead, formulaPerHead, floor, cap);
    }
}
