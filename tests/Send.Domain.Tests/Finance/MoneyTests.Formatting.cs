using System;
using System.Globalization;
using FsCheck.Xunit;
using Send.Domain.Finance;
using Xunit;

namespace Send.Domain.Tests.Finance;

public sealed partial class MoneyTests
{
    [Theory]
    [InlineData(17_000, "£17,000")]
    [InlineData(6_000, "£6,000")]
    [InlineData(1_200_000, "£1,200,000")]
    [InlineData(-14_500, "-£14,500")]
    public void Format_Pounds_WholePoundsWithSeparators(int pounds, string expected)
    {
        Assert.Equal(expected, Money.FromPounds(pounds).ToString(MoneyFormat.Pounds));
    }

    [Theory]
    [InlineData("15.4", 1, "£15.4m")]
    [InlineData("84.5", 1, "£84.5m")]
    [InlineData("2.233", 3, "£2.233m")]
    [InlineData("61.1838", 3, "£61.184m")]
    [InlineData("61.1838", 1, "£61.2m")]
    [InlineData("740", 0, "£740m")]
    public void Format_Millions_ChosenDecimals(string millions, int decimals, string expected)
    {
        Assert.Equal(expected, M(decimal.Parse(millions, CultureInfo.InvariantCulture)).ToString(MoneyFormat.Millions(decimals)));
    }

    [Fact]
    public void Format_Negative_HouseStyle()
    {
        var surplus = M(-0.194m);
        Assert.Equal("-£0.194m", surplus.ToString(MoneyFormat.Millions(3)));
        Assert.Equal("(£0.194m)", surplus.ToString(MoneyFormat.Millions(3).WithNegative(NegativeStyle.Brackets)));
        Assert.Equal("-6.700", M(-6.7m).ToString(MoneyFormat.Table));
        Assert.Equal("(6.700)", M(-6.7m).ToString(MoneyFormat.Table.WithNegative(NegativeStyle.Brackets)));
    }

    [Fact]
    public void Format_Table_ThreeDecimalsNoSymbol()
    {
        Assert.Equal("35.214", M(35.214m).ToString(MoneyFormat.Table));
        Assert.Equal("0.000", M(0m).ToString(MoneyFormat.Table));
        Assert.Equal("0.000", Money.FromPounds(-400m).ToString(MoneyFormat.Table));
    }

    [Theory]
    [InlineData("1000000000", "£1bn")]
    [InlineData("740000000", "£740m")]
    [InlineData("15400000", "£15.4m")]
    [InlineData("10500000000", "£10.5bn")]
    [InlineData("17000", "£17,000")]
    public void Format_Narrative_UnitBySize(string pounds, string expected)
    {
        Assert.Equal(expected, Money.FromPounds(decimal.Parse(pounds, CultureInfo.InvariantCulture)).ToString(MoneyFormat.Narrative));
    }

    [Fact]
    public void Format_OtherCulture_StillEnGb()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("£17,000", Money.FromPounds(17_000m).ToString());
            Assert.Equal("£2.233m", M(2.233m).ToString("M3", null));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ToString_Default_PenniesOnlyWhenPresent()
    {
        Assert.Equal("£17,000", Money.FromPounds(17_000m).ToString());
        Assert.Equal("£17,000.50", Money.FromPounds(17_000.5m).ToString());
    }

    [Theory]
    [InlineData("£17,000", "17000")]
    [InlineData("£17000", "17000")]
    [InlineData("£17,000.50", "17000.50")]
    [InlineData("£15.4m", "15400000")]
    [InlineData("£84.5m", "84500000")]
    [InlineData("£2.233m", "2233000")]
    [InlineData("£740 million", "740000000")]
    [InlineData("£740m", "740000000")]
    [InlineData("£1 billion", "1000000000")]
    [InlineData("£1bn", "1000000000")]
    [InlineData("£350k", "350000")]
    [InlineData("-£0.194m", "-194000")]
    [InlineData("(£0.194m)", "-194000")]
    [InlineData("£-0.194m", "-194000")]
    [InlineData("−£0.194m", "-194000")]
    [InlineData("  £15.4M ", "15400000")]
    [InlineData("£ 15.4m", "15400000")]
    [InlineData("£10.5bn", "10500000000")]
    public void Parse_PaperForms_Exact(string text, string pounds)
    {
        Assert.Equal(decimal.Parse(pounds, CultureInfo.InvariantCulture), Money.Parse(text).Pounds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("17,000")]
    [InlineData("£1,70,00")]
    [InlineData("£15.4 zillion")]
    [InlineData("about £15m")]
    [InlineData("-(£1m)")]
    [InlineData("£")]
    public void Parse_OtherText_FormatExceptionQuotesTextAndForms(string text)
    {
        var ex = Assert.Throws<FormatException>(() => Money.Parse(text));
        Assert.Contains("'" + text + "'", ex.Message);
        Assert.Contains("£740 million", ex.Message);
        Assert.Contains("(£0.194m)", ex.Message);
        Assert.False(Money.TryParse(text, out var value));
        Assert.Equal(Money.Zero, value);
    }

    [Fact]
    public void Parse_TableFormat_BareNumberInMillions()
    {
        Assert.Equal(M(35.214m), MoneyFormat.Table.Parse("35.214"));
        Assert.Equal(M(-6.7m), MoneyFormat.Table.Parse("(6.700)"));
        Assert.False(Money.TryParse("35.214", out _));
    }

    [Property]
    public bool FormatThenParse_EveryStyle_GivesRoundedValue(long pennies, byte scale, byte decimals, bool brackets, bool trim)
    {
        var value = Money.FromPounds(new decimal(pennies) / Pow10(scale % 6));
        var places = decimals % 5;
        var styles = new[]
        {
            MoneyFormat.Pounds, MoneyFormat.PoundsAndPence, MoneyFormat.Table, MoneyFormat.Narrative,
            MoneyFormat.Millions(places), MoneyFormat.Billions(places), MoneyFormat.TableOf(places),
        };
        foreach (var style in styles)
        {
            var format = style.WithNegative(brackets ? NegativeStyle.Brackets : NegativeStyle.MinusSign).WithTrailingZerosTrimmed(trim);
            var text = value.ToString(format);
            var back = format.Parse(text);
            var expected = format.RoundAsShown(value);
            if (back != expected)
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void RoundAsShown_TableStyle_NearestThousand()
    {
        // Hand-worked: 61.1838 £m at 3 dp is 61.184 £m.
        Assert.Equal(M(61.184m), MoneyFormat.Table.RoundAsShown(M(61.1838m)));
    }
}
