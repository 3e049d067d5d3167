using System;
using System.Globalization;

namespace Send.Reporting.Styling;

/// <summary>
/// The contrast ratio between two colours as WCAG 2.1 defines it (success criterion 1.4.3): (L1 + 0.05) / (L2 + 0.05)
/// of their relative luminances, from 1:1 to 21:1. Level AA asks 4.5:1 for body text and 3:1 for large text.
/// </summary>
/// <remarks>Used by <c>send house-style check</c> on the RAG fills and the table header fill against their text.</remarks>
public static class ColourContrast
{
    /// <summary>The ratio WCAG 2.1 level AA asks for text under 18 pt (14 pt bold): 4.5.</summary>
    public const double AaText = 4.5;

    /// <summary>The contrast ratio of two colours given as six hex digits (<c>FFC7CE</c>).</summary>
    /// <param name="foreground">One colour.</param>
    /// <param name="background">The other (the order does not matter).</param>
    /// <returns>The ratio, at least 1.</returns>
    /// <exception cref="ArgumentException">A colour is not six hex digits.</exception>
    public static double Ratio(string foreground, string background)
    {
        var a = Luminance(foreground, nameof(foreground));
        var b = Luminance(background, nameof(background));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminance(string hex, string name)
    {
        if (!RagPalette.IsColour(hex))
        {
            throw new ArgumentException($"a colour must be six hex digits such as FFC7CE; '{hex}' is not", name);
        }

        double Channel(int offset)
        {
            var value = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }
}
