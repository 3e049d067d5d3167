using System;
using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// A lower and upper bound for one year, as Delivering Better Value diagnostics report them: mitigated HNB
/// expenditure of £58m to £63m in 2028; a cumulative deficit of £70m to £75m (DSG reference, section 9).
/// </summary>
/// <remarks>Immutable; equality is structural.</remarks>
public sealed record ScenarioRange
{
    /// <summary>Creates a range.</summary>
    /// <param name="label">What the range is of.</param>
    /// <param name="year">The financial year.</param>
    /// <param name="lower">The lower bound.</param>
    /// <param name="upper">The upper bound; not below the lower.</param>
    /// <exception cref="ArgumentException">The upper bound is below the lower.</exception>
    public ScenarioRange(string label, FinancialYear year, Money lower, Money upper)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (upper < lower)
        {
            throw new ArgumentException($"{label} {year}: the upper bound {upper} is below the lower bound {lower}.", nameof(upper));
        }

        Label = label;
        Year = year;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>What the range is of.</summary>
    public string Label { get; }

    /// <summary>The financial year.</summary>
    public FinancialYear Year { get; }

    /// <summary>The lower bound.</summary>
    public Money Lower { get; }

    /// <summary>The upper bound.</summary>
    public Money Upper { get; }

    /// <summary><c>Upper − Lower</c>.</summary>
    public Money Width => Upper - Lower;

    /// <summary>Whether an amount lies within the range, bounds included.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>Whether <c>Lower ≤ amount ≤ Upper</c>.</returns>
    public bool Contains(Money amount) => amount >= Lower && amount <= Upper;
}
