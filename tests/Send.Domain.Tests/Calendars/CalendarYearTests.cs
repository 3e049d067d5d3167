using System;
using FsCheck.Xunit;
using NodaTime;
using Send.Domain.Calendars;
using Xunit;

namespace Send.Domain.Tests.Calendars;

public sealed class CalendarYearTests
{
    [Fact]
    public void Constructor_2024_JanuaryToDecember()
    {
        var year = new CalendarYear(2024);

        Assert.Equal(new LocalDate(2024, 1, 1), year.Start);
        Assert.Equal(new LocalDate(2024, 12, 31), year.End);
        Assert.True(year.Contains(new LocalDate(2024, 12, 31)));
        Assert.False(year.Contains(new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void Default_IsYear0001() => Assert.Equal(1, default(CalendarYear).Year);

    [Fact]
    public void Parse_FourDigits_GivesYear() => Assert.Equal(new CalendarYear(2024), CalendarYear.Parse(" 2024 "));

    [Theory]
    [InlineData("24")]
    [InlineData("2024/25")]
    [InlineData("0000")]
    [InlineData("")]
    public void Parse_BadText_FormatExceptionQuotesText(string text)
    {
        var ex = Assert.Throws<FormatException>(() => CalendarYear.Parse(text));

        Assert.Contains("'" + text + "'", ex.Message);
    }

    [Fact]
    public void ToStringAndOrder_TwoYears_AsExpected()
    {
        Assert.Equal("2024", new CalendarYear(2024).ToString());
        Assert.True(new CalendarYear(2024) < new CalendarYear(2025));
        Assert.Equal(new CalendarYear(2025), new CalendarYear(2024).Next);
        Assert.False(CalendarYear.TryParse(null, out _));
    }

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool ForDate_AnyDate_ContainsIt(LocalDate date)
    {
        var year = CalendarYear.ForDate(date);
        return year.Contains(date) && !year.Next.Contains(date) && CalendarYear.Parse(year.ToString()) == year;
    }
}
