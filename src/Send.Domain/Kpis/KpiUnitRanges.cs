using System.Globalization;

namespace Send.Domain.Kpis;

/// <summary>The range rules of each <see cref="KpiUnit"/>: which numbers a value in that unit may take.</summary>
public static class KpiUnitRanges
{
    /// <summary>Says whether <paramref name="number"/> is a possible value in <paramref name="unit"/>.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="number">The number to check.</param>
    /// <param name="expected">When the number is out of range, what was expected (for an error message); otherwise empty.</param>
    /// <returns>True when the number is in range.</returns>
    public static bool IsInRange(KpiUnit unit, decimal number, out string expected)
    {
        switch (unit)
        {
            case KpiUnit.Percentage:
                expected = "a percentage from 0 to 100";
                return number >= 0m && number <= 100m;
            case KpiUnit.Count:
                expected = "a whole number of 0 or more";
                return number >= 0m && decimal.Truncate(number) == number;
            case KpiUnit.RatePer10k:
            case KpiUnit.RatePer100k:
            case KpiUnit.Duration:
            case KpiUnit.Ratio:
                expected = "a number of 0 or more";
                return number >= 0m;
            default:
                expected = string.Empty;
                return true;
        }
    }

    /// <summary>The short suffix used when a value in <paramref name="unit"/> is displayed (for example <c>%</c>).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The suffix; empty for plain numbers.</returns>
    public static string DisplaySuffix(KpiUnit unit) => unit switch
    {
        KpiUnit.Percentage => "%",
        KpiUnit.PercentageChange => "%",
        _ => string.Empty,
    };

    internal static string Format(decimal number, int decimals) =>
        decimal.Round(number, decimals, System.MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
