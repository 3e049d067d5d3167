using System;
using FsCheck.Xunit;
using NodaTime;
using Send.Domain.Calendars;
using Xunit;

namespace Send.Domain.Tests.Calendars;

public sealed class AcademicYearTests
{
    [Fact]
    public void Constructor_2024_StartsFirstSeptemberEndsThirtyFirstAugust()
    {
        var year = new AcademicYear(2024);

        Assert.Equal(new LocalDate(2024, 9, 1), year.Start);
        Assert.Equal(new LocalDate(2025, 8, 31), year.End);
        Assert.Equal(2025, year.EndYear);
    }

    [Fact]
    public void Default_Is0001To02() => Assert.Equal("0001/02", default(AcademicYear).ToString());

    [Theory]
    [InlineData(2025, 8, 31, 2024)]
    [InlineData(2025, 9, 1, 2025)]
    [InlineData(2025, 1, 16, 2024)]
    public void ForDate_BoundaryDates_GivesYearContainingIt(int y, int m, int d, int expectedStart) =>
        Assert.Equal(new AcademicYear(expectedStart), AcademicYear.ForDate(new LocalDate(y, m, d)));

    [Theory]
    [InlineData("2024/25")]
    [InlineData("AY2024-25")]
    [InlineData("24/25")]
    [InlineData("202425")]
    [InlineData("2024-2025")]
    public void Parse_CouncilLabels_Gives2024(string text) =>
        Assert.Equal(new AcademicYear(2024), AcademicYear.Parse(text));

    [Fact]
    public void Parse_FinancialPrefix_RejectedNamingTheKind()
    {
        var ex = Assert.Throws<FormatException>(() => AcademicYear.Parse("FY2024-25"));

        Assert.Contains("'FY2024-25'", ex.Message);
        Assert.Contains("a financial year", ex.Message);
    }

    [Fact]
    public void ToString_Prefixed_UsesAcademicPrefix() =>
        Assert.Equal("AY2024-25", new AcademicYear(2024).ToString(PeriodLabelStyle.Prefixed));

    [Fact]
    public void Comparison_Operators_OrderByStartYear()
    {
        Assert.True(new AcademicYear(2023) < new AcademicYear(2024));
        Assert.True(new AcademicYear(2024) >= new AcademicYear(2024));
        Assert.Equal(new AcademicYear(2025), new AcademicYear(2024).Next);
        Assert.Equal(new AcademicYear(2023), new AcademicYear(2024).Previous);
    }

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool ForDate_AnyDate_ExactlyOneYearContainsIt(LocalDate date)
    {
        var year = AcademicYear.ForDate(date);
        return year.Contains(date) && !year.Next.Contains(date) && !year.Previous.Contains(date);
    }

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool Parse_ToStringInAnyStyle_RoundTrips(AcademicYear year, PeriodLabelStyle style) =>
        AcademicYear.Parse(year.ToString(style)) == year;
}
