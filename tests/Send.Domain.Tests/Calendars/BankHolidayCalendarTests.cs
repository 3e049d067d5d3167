using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Send.Domain.Calendars;
using Xunit;

namespace Send.Domain.Tests.Calendars;

public sealed partial class BankHolidayCalendarTests
{
    /// <summary>
    /// Expected dates. 2024 to 2027: the reference table in statutory-timescales.md section 1 ([S], 2027 [D]).
    /// 2010 to 2023: the gov.uk published lists, including the one-off changes (recalled from gov.uk/bank-holidays [R]).
    /// </summary>
    public static TheoryData<int, string> ReferenceYears => new()
    {
        { 2010, "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28" },
        { 2011, "01-03 04-22 04-25 04-29 05-02 05-30 08-29 12-26 12-27" },
        { 2012, "01-02 04-06 04-09 05-07 06-04 06-05 08-27 12-25 12-26" },
        { 2019, "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26" },
        { 2020, "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28" },
        { 2021, "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28" },
        { 2022, "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27" },
        { 2023, "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26" },
        { 2024, "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26" },
        { 2025, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26" },
        { 2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28" },
        { 2027, "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28" },
    };

    [Theory]
    [MemberData(nameof(ReferenceYears))]
    public void HolidaysIn_ReferenceYear_MatchesPublishedList(int year, string monthDays)
    {
        var expected = monthDays.Split(' ').Select(md => new LocalDate(year, int.Parse(md[..2], CultureInfo.InvariantCulture), int.Parse(md[3..], CultureInfo.InvariantCulture)));

        var actual = BankHolidayCalendar.EnglandAndWales.HolidaysIn(year).Select(h => h.Date);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("2020-05-08", true)]
    [InlineData("2020-05-04", false)]
    [InlineData("2022-05-30", false)]
    [InlineData("2022-06-02", true)]
    [InlineData("2022-06-03", true)]
    [InlineData("2022-09-19", true)]
    [InlineData("2023-05-08", true)]
    [InlineData("2012-05-28", false)]
    [InlineData("2012-06-05", true)]
    [InlineData("2011-04-29", true)]
    [InlineData("2026-12-28", true)]
    [InlineData("2026-12-26", false)]
    public void IsBankHoliday_OneOffsAndSubstitutes_AsProclaimed(string iso, bool expected) =>
        Assert.Equal(expected, BankHolidayCalendar.EnglandAndWales.IsBankHoliday(LocalDatePattern.Iso.Parse(iso).Value));

    [Fact]
    public void HolidayOn_SubstituteDay_NamedAsSubstitute()
    {
        var holiday = BankHolidayCalendar.EnglandAndWales.HolidayOn(new LocalDate(2026, 12, 28));

        Assert.NotNull(holiday);
        Assert.Equal("Boxing Day (substitute day)", holiday.Name);
        Assert.Null(BankHolidayCalendar.EnglandAndWales.HolidayOn(new LocalDate(2026, 12, 29)));
    }

    [Theory]
    [InlineData(2009)]
    [InlineData(2041)]
    public void IsBankHoliday_OutsideSupportedYears_Throws(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BankHolidayCalendar.EnglandAndWales.IsBankHoliday(new LocalDate(year, 6, 1)));

    [Fact]
    public void HolidaysIn_EveryYear_EightToTenHolidaysAllWeekdays()
    {
        var calendar = BankHolidayCalendar.EnglandAndWales;
        for (var year = calendar.FirstYear; year <= calendar.LastYear; year++)
        {
            var holidays = calendar.HolidaysIn(year);
            Assert.InRange(holidays.Count, 8, 10);
            Assert.All(holidays, h => Assert.True(h.Date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday), h.ToString()));
        }
    }

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2035, 3, 25)]
    [InlineData(2038, 4, 25)]
    [InlineData(2011, 4, 24)]
    public void EasterSunday_KnownYears_PublishedDate(int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), EnglandAndWalesBankHolidays.EasterSunday(year));

    [Fact]
    public void WithAdditions_NewHoliday_AddedAndOriginalUnchanged()
    {
        var extra = new BankHoliday(new LocalDate(2030, 6, 7), "Hypothetical jubilee");

        var changed = BankHolidayCalendar.EnglandAndWales.WithAdditions(new[] { extra });

        Assert.True(changed.IsBankHoliday(extra.Date));
        Assert.False(BankHolidayCalendar.EnglandAndWales.IsBankHoliday(extra.Date));
        Assert.Equal("Hypothetical jubilee", changed.HolidayOn(extra.Date)!.Name);
    }

    [Fact]
    public void WithRemovals_MovedHoliday_Removed()
    {
        var usual = new LocalDate(2030, 5, 27);

        var changed = BankHolidayCalendar.EnglandAndWales.WithRemovals(new[] { usual });

        Assert.False(changed.IsBankHoliday(usual));
        Assert.Equal(7, changed.HolidaysIn(2030).Count);
    }

    [Fact]
    public void WithRemovals_NotAHoliday_ThrowsNamingDate()
    {
        var ex = Assert.Throws<ArgumentException>(() => BankHolidayCalendar.EnglandAndWales.WithRemovals(new[] { new LocalDate(2030, 5, 28) }));

        Assert.Contains("2030-05-28", ex.Message);
    }

    [Fact]
    public void WithAdditions_OutsideYears_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BankHolidayCalendar.EnglandAndWales.WithAdditions(new[] { new BankHoliday(new LocalDate(2045, 1, 2), "x") }));

    [Fact]
    public void FromList_UserYears_AnswersForThoseYearsOnly()
    {
        var calendar = BankHolidayCalendar.FromList(new[] { new BankHoliday(new LocalDate(1999, 12, 31), "Millennium") }, 1999, 1999);

        Assert.True(calendar.IsBankHoliday(new LocalDate(1999, 12, 31)));
        Assert.False(calendar.IsBankHoliday(new LocalDate(1999, 12, 30)));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsBankHoliday(new LocalDate(2000, 1, 3)));
    }

    [Fact]
    public void FromList_DuplicateDate_Throws() =>
        Assert.Throws<ArgumentException>(() => BankHolidayCalendar.FromList(
            new[] { new BankHoliday(new LocalDate(1999, 12, 31), "a"), new BankHoliday(new LocalDate(1999, 12, 31), "b") }, 1999, 1999));

    [Fact]
    public void BankHoliday_BlankName_Throws() =>
        Assert.Throws<ArgumentException>(() => new BankHoliday(new LocalDate(2024, 1, 1), " "));
}
