using System.Globalization;
using Send.Data.Kpis.Sources;
using Send.Domain.Kpis;
using Xunit;

namespace Send.Domain.Tests.Kpis;

public sealed class LaitNumberTests
{
    [Theory]
    [InlineData("4.9000000000000004", "4.9")]
    [InlineData("0.35548999999999997", "0.35549")]
    [InlineData("64.900000000000006", "64.9")]
    [InlineData("1563350883", "1563350883")]
    [InlineData("866217666", "866217666")]
    [InlineData("123456789012345678", "123456789012345678")]
    [InlineData("-7.0000000000000007E-2", "-0.07")]
    [InlineData("2.6440000000000002E-2", "0.02644")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("0", "0")]
    [InlineData("12.50", "12.5")]
    public void TryParse_RemovesDoubleNoiseKeepsPublishedDigits(string text, string expected)
    {
        Assert.True(LaitNumber.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value.Number);
    }

    [Theory]
    [InlineData("-", KpiValueStatus.Missing)]
    [InlineData("..", KpiValueStatus.Missing)]
    [InlineData("c", KpiValueStatus.Suppressed)]
    public void TryParse_Symbols(string text, KpiValueStatus status)
    {
        Assert.True(LaitNumber.TryParse(text, out var value));
        Assert.Equal(status, value.Status);
    }

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("oops")]
    public void TryParse_Garbage_Fails(string text)
    {
        Assert.False(LaitNumber.TryParse(text, out _));
    }
}
