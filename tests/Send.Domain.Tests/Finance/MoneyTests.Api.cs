using System;
using FsCheck.Xunit;
using Send.Domain.Finance;
using Xunit;

namespace Send.Domain.Tests.Finance;

/// <summary>Issue #19: standard numeric format strings, a round-trip form, and Allocate(3m).</summary>
public sealed class MoneyApiTests
{
    [Fact]
    public void Interpolation_StandardNumericFormats_FormatPounds()
    {
        // $"{m:N0}" used to throw FormatException ("not a money format string").
        var m = Money.FromPounds(17_000.5m);
        Assert.Equal("17,001", $"{m:N0}");
        Assert.Equal("17,000.50", $"{m:N2}");
        Assert.Equal("17,001", FormattableString.Invariant($"{m:N0}"));
        Assert.Equal("£17,001", m.ToString("C0", null));
        Assert.Equal("-£0.19", Money.FromPounds(-0.194m).ToString("C", null));
        Assert.Equal("17000.50", m.ToString("F2", null));
    }

    [Fact]
    public void ToString_SendFormatsStillWork()
    {
        var m = Money.FromMillions(2.233m);
        Assert.Equal("£2.233m", m.ToString("M3", null));
        Assert.Equal("2.233", m.ToString("T3", null));
        Assert.Equal("£2.2m", m.ToString("N", null));
        Assert.Equal("£2,233,000", m.ToString("P", null));
    }

    [Fact]
    public void ToString_R_RoundTripsSubPennyValues()
    {
        // A third of £6.7m is £2,233,333.333...; ToString() shows pennies, "R" keeps every digit.
        var third = Money.FromMillions(6.7m) / 3m;
        Assert.Equal("£2,233,333.33", third.ToString());
        Assert.Equal(third, Money.Parse(third.ToString("R", null)));
    }

    [Property]
    public bool ToString_R_ParsesBackEqual(decimal pounds) => Money.Parse(Money.FromPounds(pounds).ToString("R", null)) == Money.FromPounds(pounds);

    [Fact]
    public void ToString_UnknownFormat_FormatException()
    {
        Assert.Throws<FormatException>(() => Money.FromPounds(1m).ToString("Q", null));
    }

    [Fact]
    public void Allocate_OneDecimalRatio_ThrowsSayingUseWholeNumber()
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.FromMillions(6.7m).Allocate(3m));
        Assert.Contains("Allocate(3)", ex.Message);
        Assert.Equal(3, Money.FromMillions(6.7m).Allocate(3).Count);
    }

    [Theory]
    [InlineData(999_999.50, "£1m")]
    [InlineData(999_999.49, "£999,999")]
    [InlineData(999_950_000, "£1bn")]
    [InlineData(999_949_999, "£999.9m")]
    [InlineData(-999_999.50, "-£1m")]
    public void Narrative_RoundingUpToNextUnit_Promotes(decimal pounds, string expected)
    {
        Assert.Equal(expected, Money.FromPounds(pounds).ToString(MoneyFormat.Narrative));
    }
}
