using System;
using Send.Domain.Calendars;
using Xunit;

namespace Send.Domain.Tests.Calendars;

public sealed partial class FinancialYearTests
{
    [Theory]
    [InlineData("2024/25", 2024)]
    [InlineData("2024-25", 2024)]
    [InlineData("2024\u201325", 2024)]
    [InlineData("24/25", 2024)]
    [InlineData("22/23", 2022)]
    [InlineData("24-25", 2024)]
    [InlineData("FY2024-25", 2024)]
    [InlineData("fy2024/25", 2024)]
    [InlineData("FY 2024/25", 2024)]
    [InlineData("FY24/25", 2024)]
    [InlineData("2024/2025", 2024)]
    [InlineData("2024-2025", 2024)]
    [InlineData("202425", 2024)]
    [InlineData(" 2024/25 ", 2024)]
    [InlineData("1999/00", 1999)]
    [InlineData("1999/2000", 1999)]
    [InlineData("00/01", 2000)]
    [InlineData("98/99", 2098)]
    public void Parse_CouncilLabels_GivesYear(string text, int expectedStart) =>
        Assert.Equal(new FinancialYear(expectedStart), FinancialYear.Parse(text));

    [Theory]
    [InlineData("2024/26", "expected '2024/25'")]
    [InlineData("2024/24", "expected '2024/25'")]
    [InlineData("2024/2026", "expected '2024/25'")]
    [InlineData("99/00", "ambiguous")]
    [InlineData("AY2024/25", "academic")]
    [InlineData("2024", "expected a label such as 2024/25")]
    [InlineData("2024/5", "expected a label such as 2024/25")]
    [InlineData("24/2025", "expected a label such as 2024/25")]
    [InlineData("2024/25/26", "expected a label such as 2024/25")]
    [InlineData("", "expected a label such as 2024/25")]
    [InlineData("twenty24/25", "expected a label such as 2024/25")]
    [InlineData("2024 / 25", "expected a label such as 2024/25")]
    [InlineData("0000/01", "between 0001 and 9998")]
    public void Parse_BadLabel_FormatExceptionQuotesTextAndSaysWhatWasExpected(string text, string expectedFragment)
    {
        var ex = Assert.Throws<FormatException>(() => FinancialYear.Parse(text));

        Assert.Contains("'" + text + "'", ex.Message);
        Assert.Contains(expectedFragment, ex.Message);
    }

    [Fact]
    public void TryParse_Null_FalseAndDefault()
    {
        Assert.False(FinancialYear.TryParse(null, out var year));
        Assert.Equal(default, year);
    }

    [Fact]
    public void TryParse_BadLabel_False() => Assert.False(FinancialYear.TryParse("2024/26", out _));

    [Theory]
    [InlineData(PeriodLabelStyle.Slash, "2024/25")]
    [InlineData(PeriodLabelStyle.Hyphen, "2024-25")]
    [InlineData(PeriodLabelStyle.Short, "24/25")]
    [InlineData(PeriodLabelStyle.Prefixed, "FY2024-25")]
    [InlineData(PeriodLabelStyle.FullSlash, "2024/2025")]
    [InlineData(PeriodLabelStyle.FullHyphen, "2024-2025")]
    [InlineData(PeriodLabelStyle.Compact, "202425")]
    public void ToString_EachStyle_CouncilForm(PeriodLabelStyle style, string expected) =>
        Assert.Equal(expected, new FinancialYear(2024).ToString(style));

    [Fact]
    public void ToString_Default_SlashForm() => Assert.Equal("2024/25", new FinancialYear(2024).ToString());

    [Fact]
    public void ToString_ShortStyleBefore2000_FallsBackToSlash() =>
        Assert.Equal("1999/00", new FinancialYear(1999).ToString(PeriodLabelStyle.Short));

    [Fact]
    public void ToString_CenturyTurn_TwoDigitEndIsZeroZero() =>
        Assert.Equal("2099/00", new FinancialYear(2099).ToString());
}
