using Send.Domain.Finance;
using Xunit;
using static Send.Domain.Tests.Finance.Seeds;

namespace Send.Domain.Tests.Finance;

public sealed class PrintedFigureTests
{
    [Theory]
    [InlineData("21.258", FigureUnit.Millions, 21_258_000, 3)]
    [InlineData("12.84", FigureUnit.Millions, 12_840_000, 2)]
    [InlineData("(0.194)", FigureUnit.Millions, -194_000, 3)]
    [InlineData("-0.194", FigureUnit.Millions, -194_000, 3)]
    [InlineData("£1.2bn", FigureUnit.Millions, 1_200_000_000, -2)]
    [InlineData("1,234k", FigureUnit.Millions, 1_234_000, 3)]
    [InlineData("£17,000", FigureUnit.Millions, 17_000, 6)]
    [InlineData("£15.4m", FigureUnit.Thousands, 15_400_000, 1)]
    [InlineData("21,258", FigureUnit.Thousands, 21_258_000, 3)]
    [InlineData("(6,700)", FigureUnit.Thousands, -6_700_000, 3)]
    [InlineData("35,214,000", FigureUnit.Pounds, 35_214_000, 6)]
    public void Parse_CouncilText_AmountAndPlacesOfMillions(string text, FigureUnit unit, long pounds, int decimals)
    {
        var figure = PrintedFigure.Parse(text, unit);
        Assert.Equal(Money.FromPounds(pounds), figure.Amount);
        Assert.Equal(decimals, figure.Decimals);
        Assert.Equal(text, figure.Text);
        Assert.False(figure.IsNil);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("–")]
    [InlineData("nil")]
    public void Parse_Dash_ExactNothing(string text)
    {
        var figure = PrintedFigure.Parse(text);
        Assert.Equal(Money.Zero, figure.Amount);
        Assert.True(figure.IsNil);
    }

    [Theory]
    [InlineData("n/a")]
    [InlineData("12.3.4")]
    [InlineData("(-1)")]
    [InlineData("£1.2 zillion")]
    [InlineData("79228162514264337593543950335")]
    public void TryParse_NotAFigure_FalseWithMessageQuotingText(string text)
    {
        Assert.False(PrintedFigure.TryParse(text, FigureUnit.Millions, out _, out var error));
        Assert.Contains(text, error);
    }

    [Fact]
    public void Tolerance_OfBillionFigure_FiftyMillion()
    {
        // "£1.2bn" could be anything from £1,150m to £1,250m: half a unit of 10^2 £m.
        Assert.Equal(50m, RoundingTolerance.Of(new[] { PrintedFigure.Parse("£1.2bn").Decimals }).Amount);
        Assert.Equal(M(1200m), PrintedFigure.Parse("£1.2bn").Amount);
    }
}
