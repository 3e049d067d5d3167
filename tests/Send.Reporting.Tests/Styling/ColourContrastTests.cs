using System;
using System.Globalization;
using FsCheck.Xunit;
using Send.Reporting.Styling;
using Xunit;

namespace Send.Reporting.Tests.Styling;

/// <summary>WCAG 2.1's contrast ratio: expected values from the specification and its published examples.</summary>
public sealed class ColourContrastTests
{
    [Theory]
    [InlineData("000000", "FFFFFF", 21.0)] // the largest ratio WCAG defines
    [InlineData("FFFFFF", "FFFFFF", 1.0)] // the smallest
    [InlineData("767676", "FFFFFF", 4.54)] // the darkest grey commonly cited as passing AA on white: 4.54:1
    [InlineData("777777", "FFFFFF", 4.48)] // one step lighter fails: 4.48:1
    public void Ratio_ReferenceColours_MatchWcag(string foreground, string background, double expected) =>
        Assert.Equal(expected, Math.Round(ColourContrast.Ratio(foreground, background), 2));

    [Fact]
    public void Ratio_NotAColour_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => ColourContrast.Ratio("red", "FFFFFF"));
        Assert.Contains("'red'", error.Message);
    }

    [Property(MaxTest = 300)]
    public bool Ratio_AnyTwoColours_SymmetricAndBetweenOneAndTwentyOne(int a, int b)
    {
        var x = (a & 0xFFFFFF).ToString("X6", CultureInfo.InvariantCulture);
        var y = (b & 0xFFFFFF).ToString("X6", CultureInfo.InvariantCulture);
        var ratio = ColourContrast.Ratio(x, y);
        return ratio >= 1.0 && ratio <= 21.0 + 1e-9 && Math.Abs(ratio - ColourContrast.Ratio(y, x)) < 1e-12;
    }

    [Property(MaxTest = 300)]
    public bool Ratio_AgainstBlackTimesAgainstWhite_IsTwentyOne(int a)
    {
        // For any colour c, ratio(c, black) * ratio(c, white) == 21 exactly: (L+0.05)/0.05 * 1.05/(L+0.05).
        var c = (a & 0xFFFFFF).ToString("X6", CultureInfo.InvariantCulture);
        return Math.Abs((ColourContrast.Ratio(c, "000000") * ColourContrast.Ratio(c, "FFFFFF")) - 21.0) < 1e-9;
    }
}
