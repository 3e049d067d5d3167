using System;
using System.Globalization;

namespace Send.Domain.Finance;

/// <summary>
/// The gap that rounding alone can explain between a displayed total and the sum of its displayed parts, when every
/// figure was calculated unrounded and then rounded on its own (DSG reference, section 11).
/// </summary>
/// <remarks>
/// <para>
/// The rule is <c>|Σ displayed parts − displayed total| ≤ n × 0.5 × 10^−dp</c>, where <c>n</c> is the number of
/// parts and <c>dp</c> the decimal places shown. Four parts at 3 dp allow 0.002; four parts at 1 dp allow 0.2. The
/// tolerance is in the unit the figures are displayed in (£m in a DSG table).
/// </para>
/// <para>
/// Strictly the displayed total is rounded too, so up to <c>(n + 1) × 0.5 × 10^−dp</c> can arise; the reference's
/// rule counts the parts only, and that is the default. The default value (no parts) allows no gap at all.
/// </para>
/// </remarks>
/// <param name="Parts">How many rounded figures were added up; not negative.</param>
/// <param name="Decimals">How many decimal places each was shown to; 0 to 12.</param>
public readonly record struct RoundingTolerance(int Parts, int Decimals)
{
    /// <summary>The largest gap rounding explains, in display units: <c>Parts × 0.5 × 10^−Decimals</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Parts is negative or Decimals is outside 0 to 12.</exception>
    public decimal Amount
    {
        get
        {
            if (Parts < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(Parts), Parts, "The number of parts cannot be negative.");
            }

            if (Decimals is < 0 or > 12)
            {
                throw new ArgumentOutOfRangeException(nameof(Decimals), Decimals, "Decimal places must be 0 to 12.");
            }

            // Dividing by 1.000...0 drops trailing zeros, so 4 parts at 3 dp read 0.002 rather than 0.0020.
            return Parts * 0.5m * Unit(Decimals) / 1.0000000000000000000000000000m;
        }
    }

    /// <summary>Classifies a gap between a displayed total and the sum of its displayed parts.</summary>
    /// <param name="difference">Displayed total minus sum of displayed parts, in display units.</param>
    /// <returns>Exact when zero, Rounding when within <see cref="Amount"/>, otherwise Error.</returns>
    public ReconciliationVerdict Classify(decimal difference) =>
        difference == 0m ? ReconciliationVerdict.Exact
        : Math.Abs(difference) <= Amount ? ReconciliationVerdict.Rounding
        : ReconciliationVerdict.Error;

    /// <summary>Describes the rule with its numbers, for example <c>4 × 0.5 × 10^-3 = 0.002</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Parts} × 0.5 × 10^-{Decimals} = {Amount.ToString("F" + (Decimals + 1), CultureInfo.InvariantCulture).TrimEnd('0')}");

    /// <summary>One unit in the last displayed place: <c>10^−decimals</c>.</summary>
    /// <param name="decimals">Decimal places, 0 to 12.</param>
    /// <returns>The unit.</returns>
    internal static decimal Unit(int decimals)
    {
        var unit = 1m;
        for (var i = 0; i < decimals; i++)
        {
            unit /= 10m;
        }

        return unit;
    }
}
