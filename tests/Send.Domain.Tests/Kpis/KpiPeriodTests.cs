using System;
using NodaTime;
using Send.Domain.Kpis;
using Xunit;

namespace Send.Domain.Tests.Kpis;

public sealed class KpiPeriodTests
{
    [Theory]
    [InlineData("22/23")]
    [InlineData("2022/23")]
    [InlineData("2022-23")]
    [InlineData("202223")]
    [InlineData("2023")]
    [InlineData("2022/2023")]
    public void Parse_FinancialYearLabels_AllMeanApril2022ToMarch2023(string label)
    {
        var period = KpiPeriod.Parse(label, KpiPeriodType.FinancialYear);
        Assert.Equal(new LocalDate(2022, 4, 1), period.Start);
        Assert.Equal(new LocalDate(2023, 3, 31), period.End);
        Assert.Equal("2022/23", period.ToString());
    }

    [Fact]
    public void Parse_EesAcademicYear_IsSeptemberToAugust()
    {
        var period = KpiPeriod.Parse("202425", KpiPeriodType.AcademicYear);
        Assert.Equal(new LocalDate(2024, 9, 1), period.Start);
        Assert.Equal(new LocalDate(2025, 8, 31), period.End);
    }

    [Fact]
    public void Parse_EesCaseloadLabelAsSnapshot_FallsInLaterYear()
    {
        Assert.Equal(2025, KpiPeriod.Parse("202425", KpiPeriodType.SnapshotDate).EndYear);
    }

    [Fact]
    public void Parse_CalendarYear_IsJanuaryToDecember()
    {
        var period = KpiPeriod.Parse("2024", KpiPeriodType.CalendarYear);
        Assert.Equal(new LocalDate(2024, 1, 1), period.Start);
        Assert.Equal(new LocalDate(2024, 12, 31), period.End);
    }

    [Theory]
    [InlineData("22/23", KpiPeriodType.CalendarYear)]
    [InlineData("202425", KpiPeriodType.CalendarYear)]
    [InlineData("2014-16", KpiPeriodType.FinancialYear)]
    [InlineData("2013/14-15/16", KpiPeriodType.AcademicYear)]
    [InlineData("2021/23", KpiPeriodType.FinancialYear)]
    [InlineData("2024-03", KpiPeriodType.FinancialYear)]
    [InlineData("2024", KpiPeriodType.Month)]
    [InlineData("Q5 2024/25", KpiPeriodType.Quarter)]
    public void Parse_LabelThatDoesNotFit_ThrowsSayingWhatWasExpected(string label, KpiPeriodType type)
    {
        var ex = Assert.Throws<FormatException>(() => KpiPeriod.Parse(label, type));
        Assert.Contains(label, ex.Message);
        Assert.Contains("expected", ex.Message);
    }

    [Fact]
    public void Parse_Quarter_IsFinancialYearQuarter()
    {
        var q1 = KpiPeriod.Parse("2024/25 Q1", KpiPeriodType.Quarter);
        Assert.Equal(new LocalDate(2024, 4, 1), q1.Start);
        Assert.Equal(new LocalDate(2024, 6, 30), q1.End);
        var q4 = KpiPeriod.Parse("Q4 2024/25", KpiPeriodType.Quarter);
        Assert.Equal(new LocalDate(2025, 1, 1), q4.Start);
        Assert.Equal(new LocalDate(2025, 3, 31), q4.End);
        Assert.Equal("2024/25 Q4", q4.ToString());
    }

    [Fact]
    public void Parse_MonthBasedTypes_CoverTheRightMonths()
    {
        Assert.Equal(new LocalDate(2025, 3, 1), KpiPeriod.Parse("Mar 2025", KpiPeriodType.Month).Start);
        Assert.Equal(new LocalDate(2024, 4, 1), KpiPeriod.Parse("2025-03", KpiPeriodType.RollingTwelveMonths).Start);
        Assert.Equal(new LocalDate(2024, 4, 1), KpiPeriod.Parse("March 2025", KpiPeriodType.YearToDate).Start);
        Assert.Equal(new LocalDate(2025, 4, 1), KpiPeriod.Parse("2025-06", KpiPeriodType.YearToDate).Start);
        Assert.Equal(new LocalDate(2025, 6, 30), KpiPeriod.Parse("2025-06", KpiPeriodType.YearToDate).End);
    }

    [Fact]
    public void PreviousYear_IsSamePeriodOneYearEarlier()
    {
        Assert.Equal(KpiPeriod.FinancialYear(2022), KpiPeriod.Parse("22/23", KpiPeriodType.FinancialYear).PreviousYear());
        Assert.True(KpiPeriod.CalendarYear(2023) < KpiPeriod.CalendarYear(2024));
    }
}
