using System;
using NodaTime;
using Send.Domain.Calendars;
using Xunit;

namespace Send.Domain.Tests.Calendars;

public sealed partial class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    [InlineData(2024, 12, 25, false)] // Christmas Day
    [InlineData(2025, 4, 18, false)] // Good Friday
    [InlineData(2025, 6, 7, false)] // Saturday
    [InlineData(2025, 6, 8, false)] // Sunday
    [InlineData(2025, 6, 9, true)] // Monday
    [InlineData(2026, 12, 28, false)] // Boxing Day substitute
    public void IsWorkingDay_KnownDays_AsExpected(int y, int m, int d, bool expected) =>
        Assert.Equal(expected, Calendar.IsWorkingDay(new LocalDate(y, m, d)));

    [Fact]
    public void AddWorkingDays_OverChristmas2024_SkipsWeekendAndHolidays()
    {
        // Fri 20 Dec 2024 is day 0: Mon 23 (1), Tue 24 (2), Fri 27 (3), Mon 30 (4), Tue 31 (5).
        Assert.Equal(new LocalDate(2024, 12, 31), Calendar.AddWorkingDays(new LocalDate(2024, 12, 20), 5));
    }

    [Fact]
    public void AddWorkingDays_OneDayBeforeEaster2025_LandsAfterEasterMonday() =>
        Assert.Equal(new LocalDate(2025, 4, 22), Calendar.AddWorkingDays(new LocalDate(2025, 4, 17), 1));

    [Fact]
    public void AddWorkingDays_Zero_ReturnsDateEvenOnWeekend() =>
        Assert.Equal(new LocalDate(2025, 6, 7), Calendar.AddWorkingDays(new LocalDate(2025, 6, 7), 0));

    [Fact]
    public void AddWorkingDays_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new LocalDate(2025, 6, 9), -1));

    [Fact]
    public void AddWorkingDays_FifteenFromSaturday_ThreeWeeksLater()
    {
        // Sat 7 Jun 2025 is day 0; Mon 9 Jun is working day 1; 15 working days end on Fri 27 Jun 2025.
        Assert.Equal(new LocalDate(2025, 6, 27), Calendar.AddWorkingDays(new LocalDate(2025, 6, 7), 15));
    }

    [Fact]
    public void LastDayOfWorkingDaysBeginningWith_WorkingStart_StartIsDayOne() =>
        Assert.Equal(new LocalDate(2025, 6, 6), Calendar.LastDayOfWorkingDaysBeginningWith(new LocalDate(2025, 6, 2), 5));

    [Fact]
    public void LastDayOfWorkingDaysBeginningWith_SaturdayStart_MondayIsDayOne() =>
        Assert.Equal(new LocalDate(2025, 6, 9), Calendar.LastDayOfWorkingDaysBeginningWith(new LocalDate(2025, 6, 7), 1));

    [Fact]
    public void LastDayOfWorkingDaysBeginningWith_Zero_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.LastDayOfWorkingDaysBeginningWith(new LocalDate(2025, 6, 2), 0));

    [Fact]
    public void CountWorkingDays_January2025_TwentyTwo()
    {
        // 23 weekdays in January 2025, less New Year's Day.
        Assert.Equal(22, Calendar.CountWorkingDays(new LocalDate(2024, 12, 31), new LocalDate(2025, 1, 31)));
    }

    [Fact]
    public void CountWorkingDays_SameDate_Zero() =>
        Assert.Equal(0, Calendar.CountWorkingDays(new LocalDate(2025, 1, 31), new LocalDate(2025, 1, 31)));

    [Fact]
    public void CountWorkingDays_Reversed_Throws() =>
        Assert.Throws<ArgumentException>(() => Calendar.CountWorkingDays(new LocalDate(2025, 2, 1), new LocalDate(2025, 1, 31)));

    [Fact]
    public void NextWorkingDay_OnAndAfter_Differ()
    {
        var goodFriday = new LocalDate(2025, 4, 18);
        var monday = new LocalDate(2025, 6, 9);

        Assert.Equal(new LocalDate(2025, 4, 22), Calendar.NextWorkingDayOnOrAfter(goodFriday));
        Assert.Equal(monday, Calendar.NextWorkingDayOnOrAfter(monday));
        Assert.Equal(new LocalDate(2025, 6, 10), Calendar.NextWorkingDayAfter(monday));
    }

    [Fact]
    public void IsWorkingDay_UserAddedHoliday_NotWorking()
    {
        var holidays = BankHolidayCalendar.EnglandAndWales.WithAdditions(new[] { new BankHoliday(new LocalDate(2030, 6, 7), "Extra") });
        var calendar = new WorkingDayCalendar(holidays);

        Assert.False(calendar.IsWorkingDay(new LocalDate(2030, 6, 7)));
        Assert.True(Calendar.IsWorkingDay(new LocalDate(2030, 6, 7)));
    }

    [Fact]
    public void CountWorkingDays_FromLastDayBeforeCoveredYears_CountsFirstCoveredDay() =>
        // January 2010 starts on a Friday: 21 weekdays, less New Year's Day.
        Assert.Equal(20, Calendar.CountWorkingDays(new LocalDate(2009, 12, 31), new LocalDate(2010, 1, 31)));

    [Fact]
    public void CountWorkingDays_RangeBeyondCoveredYears_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.CountWorkingDays(new LocalDate(2040, 12, 1), new LocalDate(2041, 1, 5)));

    [Fact]
    public void CountWorkingDays_UserListWithWeekendHoliday_WeekendNotSubtractedTwice()
    {
        var holidays = BankHolidayCalendar.FromList(new[] { new BankHoliday(new LocalDate(1999, 12, 25), "Christmas Day"), new BankHoliday(new LocalDate(1999, 12, 27), "Christmas Day (substitute day)") }, 1999, 1999);

        // Mon 20 to Fri 31 Dec 1999: ten weekdays, less Mon 27; Sat 25 is a weekend anyway.
        Assert.Equal(9, new WorkingDayCalendar(holidays).CountWorkingDays(new LocalDate(1999, 12, 19), new LocalDate(1999, 12, 31)));
    }
}
