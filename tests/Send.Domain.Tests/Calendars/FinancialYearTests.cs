using System;
using NodaTime;
using Send.Domain.Calendars;
using Send.Tests.Shared;
using Xunit;

namespace Send.Domain.Tests.Calendars;

public sealed partial class FinancialYearTests
{
    [Fact]
    public void Constructor_2024_StartsFirstAprilEndsThirtyFirstMarch()
    {
        var year = new FinancialYear(2024);

        Assert.Equal(2024, year.StartYear);
        Assert.Equal(2025, year.EndYear);
        Assert.Equal(new LocalDate(2024, 4, 1), year.Start);
        Assert.Equal(new LocalDate(2025, 3, 31), year.End);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    public void Constructor_OutOfRange_Throws(int startYear) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FinancialYear(startYear));

    [Fact]
    public void Default_Is0001To02()
    {
        FinancialYear year = default;

        Assert.Equal(1, year.StartYear);
        Assert.Equal(new LocalDate(1, 4, 1), year.Start);
        Assert.Equal("0001/02", year.ToString());
        Assert.Equal(new FinancialYear(1), year);
    }

    [Theory]
    [InlineData(2025, 3, 31, 2024)]
    [InlineData(2025, 4, 1, 2025)]
    [InlineData(2024, 12, 31, 2024)]
    [InlineData(2024, 1, 1, 2023)]
    public void ForDate_BoundaryDates_GivesYearContainingIt(int y, int m, int d, int expectedStart) =>
        Assert.Equal(new FinancialYear(expectedStart), FinancialYear.ForDate(new LocalDate(y, m, d)));

    [Fact]
    public void Contains_EndDayIncluded_DayAfterExcluded()
    {
        var year = new FinancialYear(2024);

        Assert.True(year.Contains(new LocalDate(2025, 3, 31)));
        Assert.True(year.Contains(new LocalDate(2024, 4, 1)));
        Assert.False(year.Contains(new LocalDate(2025, 4, 1)));
        Assert.False(year.Contains(new LocalDate(2024, 3, 31)));
    }

    [Fact]
    public void NextPrevious_Adjacent_OneYearApart()
    {
        var year = new FinancialYear(2024);

        Assert.Equal(new FinancialYear(2025), year.Next);
        Assert.Equal(new FinancialYear(2023), year.Previous);
        Assert.Equal(year.End.PlusDays(1), year.Next.Start);
    }

    [Fact]
    public void Comparison_Operators_OrderByStartYear()
    {
        var earlier = new FinancialYear(2023);
        var later = new FinancialYear(2024);

        Assert.True(earlier < later);
        Assert.True(later > earlier);
        Assert.True(earlier <= later && earlier <= new FinancialYear(2023));
        Assert.True(later >= earlier && later >= new FinancialYear(2024));
        Assert.True(earlier != later);
        Assert.False(earlier == later);
        Assert.True(earlier.CompareTo(later) < 0);
        Assert.Equal(1, earlier.CompareTo((object?)null));
        Assert.Throws<ArgumentException>(() => earlier.CompareTo((object)new AcademicYear(2023)));
        Assert.False(earlier.Equals((object)new AcademicYear(2023)));
    }

    [Fact]
    public void EndingIn_2025_Is2024To25()
    {
        Assert.Equal(new FinancialYear(2024), FinancialYear.EndingIn(2025));
        Assert.Equal(new AcademicYear(2022), AcademicYear.EndingIn(2023));
        Assert.Throws<ArgumentOutOfRangeException>(() => FinancialYear.EndingIn(1));
    }

    [Fact]
    public void EqualityAndOrdering_FinancialAndAcademicYears_KeepTheContracts()
    {
        EqualityContract.Holds(new FinancialYear(2023), new FinancialYear(2023), new FinancialYear(2024));
        OrderingContract.Holds(new FinancialYear(2023), new FinancialYear(2023), new FinancialYear(2024));
        EqualityContract.Holds(new AcademicYear(2023), new AcademicYear(2023), new AcademicYear(2024));
        OrderingContract.Holds(new AcademicYear(2023), new AcademicYear(2023), new AcademicYear(2024));
    }
}
