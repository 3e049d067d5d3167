using System;
using Send.Domain.Kpis;
using Xunit;

namespace Send.Domain.Tests.Kpis;

public sealed class KpiValueTests
{
    [Theory]
    [InlineData("c", KpiValueStatus.Suppressed)]
    [InlineData("x", KpiValueStatus.NotAvailable)]
    [InlineData("z", KpiValueStatus.NotApplicable)]
    [InlineData(":", KpiValueStatus.NotApplicable)]
    [InlineData("low", KpiValueStatus.LowNonZero)]
    [InlineData("k", KpiValueStatus.LowNonZero)]
    [InlineData("~", KpiValueStatus.LowNonZero)]
    [InlineData("u", KpiValueStatus.LowReliability)]
    [InlineData("-", KpiValueStatus.Missing)]
    [InlineData("..", KpiValueStatus.Missing)]
    [InlineData("", KpiValueStatus.Missing)]
    public void Parse_Symbol_GivesStatusNeverZero(string text, KpiValueStatus expected)
    {
        var value = KpiValue.Parse(text);
        Assert.Equal(expected, value.Status);
        Assert.False(value.HasNumber);
        Assert.Throws<InvalidOperationException>(() => value.Number);
    }

    [Theory]
    [InlineData("4.9000000000000004", "4.9000000000000004")]
    [InlineData("2.555E-2", "0.02555")]
    [InlineData("-7.0000000000000007E-2", "-0.070000000000000007")]
    [InlineData("61", "61")]
    public void Parse_Number_KeepsDigitsAsWritten(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), KpiValue.Parse(text).Number);
    }

    [Fact]
    public void Parse_FlagSuffix_SetsProvisionalOrRevised()
    {
        Assert.Equal(KpiValueFlags.Provisional, KpiValue.Parse("12.5 p").Flags);
        Assert.Equal(12.5m, KpiValue.Parse("12.5p").Number);
        Assert.Equal(KpiValueFlags.Revised, KpiValue.Parse("12.5r").Flags);
        var suppressedProvisional = KpiValue.Parse("c p");
        Assert.Equal(KpiValueStatus.Suppressed, suppressedProvisional.Status);
        Assert.Equal(KpiValueFlags.Provisional, suppressedProvisional.Flags);
    }

    [Theory]
    [InlineData("n/a")]
    [InlineData("12,5")]
    [InlineData("p")]
    public void Parse_Unknown_Throws(string text)
    {
        Assert.Throws<FormatException>(() => KpiValue.Parse(text));
    }

    [Fact]
    public void Minus_WithLow_IsNotAvailable_NotLow()
    {
        // Issue 18 (5): 12.0 - low was labelled "low", which reads as "the difference rounds to zero".
        Assert.Equal(KpiValueStatus.NotAvailable, KpiValue.Of(12m).Minus(KpiValue.LowNonZero).Status);
        Assert.Equal(KpiValueStatus.NotAvailable, KpiValue.LowNonZero.Minus(KpiValue.Of(12m)).Status);
        Assert.Equal("x", KpiValue.Of(12m).Minus(KpiValue.LowNonZero).ToDisplayString(1));
    }

    [Fact]
    public void Minus_SuppressedOnEitherSide_CarriesStatus()
    {
        Assert.Equal(KpiValueStatus.Suppressed, KpiValue.Of(5m).Minus(KpiValue.Suppressed).Status);
        Assert.Equal(KpiValueStatus.NotAvailable, KpiValue.NotAvailable.Minus(KpiValue.Of(5m)).Status);
        Assert.Equal(-1.5m, KpiValue.Of(3.5m).Minus(KpiValue.Of(5m)).Number);
    }

    [Theory]
    [InlineData("0.355", 2, "0.36")]
    [InlineData("0.35549", 2, "0.36")]
    [InlineData("2.5", 0, "3")]
    [InlineData("-2.5", 0, "-3")]
    [InlineData("61", 1, "61.0")]
    public void ToDisplayString_RoundsHalfAwayFromZero(string number, int decimals, string expected)
    {
        Assert.Equal(expected, KpiValue.Parse(number).ToDisplayString(decimals));
    }

    [Fact]
    public void ToDisplayString_Symbol_ShowsSymbol()
    {
        Assert.Equal("c", KpiValue.Suppressed.ToDisplayString(1));
        Assert.Equal("x p", KpiValue.WithStatus(KpiValueStatus.NotAvailable, KpiValueFlags.Provisional).ToDisplayString(1));
    }
}
