using System;
using System.Globalization;

namespace Send.Domain.Statutory;

/// <summary>
/// A timeliness percentage with its numerator and denominator, for example 31,313 of 53,327 new plans issued within
/// 20 weeks = 58.7%.
/// </summary>
/// <remarks>
/// The percentage is rounded to one decimal place, half away from zero (as DfE publishes it). With a zero
/// denominator the figure is "not available": <see cref="Percent"/> is null, never 0% or 100%. Equality is structural.
/// </remarks>
public sealed record TimelinessFigure
{
    /// <summary>Creates a figure.</summary>
    /// <param name="numerator">How many were on time; 0 to <paramref name="denominator"/>.</param>
    /// <param name="denominator">How many there were; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">The counts are negative or the numerator exceeds the denominator.</exception>
    public TimelinessFigure(int numerator, int denominator)
    {
        if (denominator < 0 || numerator < 0 || numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), $"{numerator}/{denominator} is not a proportion.");
        }

        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>How many were on time.</summary>
    public int Numerator { get; }

    /// <summary>How many there were.</summary>
    public int Denominator { get; }

    /// <summary>Whether there is anything to measure (denominator above zero).</summary>
    public bool IsAvailable => Denominator > 0;

    /// <summary>The percentage rounded to 1 dp half away from zero; null when not available.</summary>
    public decimal? Percent => IsAvailable ? Math.Round(100m * Numerator / Denominator, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>Formats the figure, for example <c>58.7% (31313/53327)</c> or <c>not available (0/0)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Percent is decimal p
        ? p.ToString("0.0", CultureInfo.InvariantCulture) + "% (" + Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture) + ")"
        : "not available (0/0)";
}
