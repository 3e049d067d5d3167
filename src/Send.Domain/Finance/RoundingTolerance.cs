using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Send.Domain.Finance;

/// <summary>
/// The gap that rounding alone can explain between a displayed total and the sum of its displayed parts, when every
/// figure was calculated unrounded and then rounded on its own (DSG reference, section 11).
/// </summary>
/// <remarks>
/// <para>
/// Each figure that can carry rounding contributes half a unit in its own last printed place:
/// <c>|Σ displayed parts − displayed total| ≤ Σ 0.5 × 10^−dpᵢ</c>. When every figure is printed to the same places
/// this is the reference's <c>n × 0.5 × 10^−dp</c>: four parts at 3 dp allow 0.002; four parts at 1 dp allow 0.2.
/// Councils mix 2 and 3 decimals in one table, so <see cref="Of(IEnumerable{int})"/> takes each figure's own places.
/// The tolerance is in the unit the figures are displayed in (£m in a DSG table).
/// </para>
/// <para>
/// Which figures count is the caller's choice: <see cref="DeficitTableReconciler"/> leaves out contributions printed
/// as zero, because "0.0" in a Safety Valve or local column means nothing was paid, not an amount that rounded away.
/// Strictly the displayed total is rounded too; the reference's rule counts the parts only, and that is the default.
/// </para>
/// <para>
/// Immutable; equality compares the figures counted at each number of places. The default value (no figures) allows
/// no gap at all.
/// </para>
/// </remarks>
public readonly struct RoundingTolerance : IEquatable<RoundingTolerance>
{
    private const int MaxDecimals = 12;

    // Places from -12 (a figure printed in £bn to 1 dp carries rounding of £50m: -2 places of £m) to 12.
    private const int MinDecimals = -12;

    private const int Slots = MaxDecimals - MinDecimals + 1;

    // Count of figures at each number of decimal places (index = places), or null for the default value.
    private readonly int[]? counts;

    // A tolerance given outright (Fixed), or null when it is worked out from the figures.
    private readonly decimal? fixedAmount;

    /// <summary>Creates the tolerance for <paramref name="parts"/> figures each shown to <paramref name="decimals"/> places.</summary>
    /// <param name="parts">How many rounded figures were added up; not negative.</param>
    /// <param name="decimals">How many decimal places each was shown to; -12 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is negative or <paramref name="decimals"/> is outside -12 to 12.</exception>
    public RoundingTolerance(int parts, int decimals)
    {
        if (parts < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(parts), parts, "The number of parts cannot be negative.");
        }

        CheckDecimals(decimals, nameof(decimals));
        counts = new int[Slots];
        counts[decimals - MinDecimals] = parts;
    }

    private RoundingTolerance(int[] counts, decimal? fixedAmount = null)
    {
        this.counts = counts;
        this.fixedAmount = fixedAmount;
    }

    /// <summary>Whether the tolerance was given outright (<see cref="Fixed"/>) rather than worked out from the figures.</summary>
    public bool IsFixed => fixedAmount is not null;

    /// <summary>
    /// A tolerance given outright, in display units, for a paper that states its own ("differences of up to £0.01m are
    /// due to rounding"). <see cref="Parts"/> is 0.
    /// </summary>
    /// <param name="amount">The largest gap accepted as rounding; not negative.</param>
    /// <returns>The tolerance.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public static RoundingTolerance Fixed(decimal amount)
    {
        if (amount < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A tolerance cannot be negative.");
        }

        return new RoundingTolerance(new int[Slots], amount / 1.0000000000000000000000000000m);
    }

    /// <summary>How many figures are counted.</summary>
    public int Parts => counts?.Sum() ?? 0;

    /// <summary>
    /// The decimal places of the figures counted when they all share one (the usual case), otherwise the most places
    /// any of them has; 0 when no figure is counted.
    /// </summary>
    public int Decimals
    {
        get
        {
            if (counts is null)
            {
                return 0;
            }

            for (var dp = MaxDecimals; dp >= MinDecimals; dp--)
            {
                if (counts[dp - MinDecimals] > 0)
                {
                    return dp;
                }
            }

            return 0;
        }
    }

    /// <summary>Whether every figure counted has the same number of decimal places.</summary>
    public bool IsUniform => counts is null || counts.Count(c => c > 0) <= 1;

    /// <summary>The largest gap rounding explains, in display units: <c>Σ 0.5 × 10^−dpᵢ</c>.</summary>
    public decimal Amount
    {
        get
        {
            if (fixedAmount is decimal given)
            {
                return given;
            }

            if (counts is null)
            {
                return 0m;
            }

            var amount = 0m;
            for (var dp = MinDecimals; dp <= MaxDecimals; dp++)
            {
                amount += counts[dp - MinDecimals] * 0.5m * Unit(dp);
            }

            // Dividing by 1.000...0 drops trailing zeros, so 4 parts at 3 dp read 0.002 rather than 0.0020.
            return amount / 1.0000000000000000000000000000m;
        }
    }

    /// <summary>The tolerance for figures shown to the given places, one entry per figure.</summary>
    /// <param name="decimalsPerFigure">Each figure's decimal places, -12 to 12 (negative for a figure printed in a larger unit).</param>
    /// <returns>The tolerance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decimalsPerFigure"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry is outside -12 to 12.</exception>
    public static RoundingTolerance Of(IEnumerable<int> decimalsPerFigure)
    {
        ArgumentNullException.ThrowIfNull(decimalsPerFigure);
        var counts = new int[Slots];
        foreach (var dp in decimalsPerFigure)
        {
            CheckDecimals(dp, nameof(decimalsPerFigure));
            counts[dp - MinDecimals]++;
        }

        return new RoundingTolerance(counts);
    }

    /// <summary>This tolerance with one more figure shown to <paramref name="decimals"/> places (a fixed tolerance is returned unchanged).</summary>
    /// <param name="decimals">Its decimal places, 0 to 12.</param>
    /// <returns>The wider tolerance.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside -12 to 12.</exception>
    public RoundingTolerance Plus(int decimals)
    {
        CheckDecimals(decimals, nameof(decimals));
        if (IsFixed)
        {
            return this;
        }

        var copy = counts is null ? new int[Slots] : (int[])counts.Clone();
        copy[decimals - MinDecimals]++;
        return new RoundingTolerance(copy);
    }

    /// <summary>Classifies a gap between a displayed total and the sum of its displayed parts.</summary>
    /// <param name="difference">Displayed total minus sum of displayed parts, in display units.</param>
    /// <returns>Exact when zero, Rounding when within <see cref="Amount"/>, otherwise Error.</returns>
    public ReconciliationVerdict Classify(decimal difference) =>
        difference == 0m ? ReconciliationVerdict.Exact
        : Math.Abs(difference) <= Amount ? ReconciliationVerdict.Rounding
        : ReconciliationVerdict.Error;

    /// <inheritdoc/>
    public bool Equals(RoundingTolerance other)
    {
        if (fixedAmount != other.fixedAmount)
        {
            return false;
        }

        for (var i = 0; i < Slots; i++)
        {
            if ((counts?[i] ?? 0) != (other.counts?[i] ?? 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RoundingTolerance other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(fixedAmount);
        for (var i = 0; i < Slots; i++)
        {
            hash.Add(counts?[i] ?? 0);
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether two tolerances count the same figures.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(RoundingTolerance left, RoundingTolerance right) => left.Equals(right);

    /// <summary>Whether two tolerances count different figures.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(RoundingTolerance left, RoundingTolerance right) => !left.Equals(right);

    /// <summary>
    /// Describes the rule with its numbers, for example <c>4 × 0.5 × 10^-3 = 0.002</c>, or
    /// <c>0.5 × 10^-2 + 3 × 0.5 × 10^-3 = 0.0065</c> for mixed places.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        if (fixedAmount is decimal given)
        {
            return "fixed " + given.ToString(CultureInfo.InvariantCulture);
        }

        var terms = new List<string>();
        for (var dp = MinDecimals; dp <= MaxDecimals; dp++)
        {
            var n = counts?[dp - MinDecimals] ?? 0;
            if (n > 0)
            {
                terms.Add(string.Create(CultureInfo.InvariantCulture, $"{(n == 1 && !IsUniform ? string.Empty : n + " × ")}0.5 × 10^{-dp}"));
            }
        }

        var amount = Amount.ToString(CultureInfo.InvariantCulture);
        return terms.Count == 0 ? "0 parts = 0" : string.Join(" + ", terms) + " = " + amount;
    }

    /// <summary>One unit in the last displayed place: <c>10^−decimals</c> (0.001 for 3 places, 1000 for -3).</summary>
    /// <param name="decimals">Decimal places, -12 to 12 (negative: a figure printed in a larger unit, as £1.2bn in a £m table).</param>
    /// <returns>The unit, exact (a <see cref="decimal"/> power of ten, never a rounded double).</returns>
    /// <remarks>File readers use it to check that a figure has no more places than its column declares.</remarks>
    public static decimal Unit(int decimals)
    {
        var unit = 1m;
        for (var i = 0; i < decimals; i++)
        {
            unit /= 10m;
        }

        for (var i = 0; i > decimals; i--)
        {
            unit *= 10m;
        }

        return unit;
    }

    private static void CheckDecimals(int decimals, string name)
    {
        if (decimals is < MinDecimals or > MaxDecimals)
        {
            throw new ArgumentOutOfRangeException(name, decimals, "Decimal places must be -12 to 12.");
        }
    }
}
