using NodaTime;
using Send.Data.Calendars;
using Send.Domain.Validation;
using Xunit;

namespace Send.Domain.Tests.Calendars;

public sealed partial class BankHolidayCalendarTests
{
    // The shape of https://www.gov.uk/bank-holidays.json (two events of 2008 written by hand for the test).
    private const string GovUk2008 = """
        {
          "england-and-wales": {
            "division": "england-and-wales",
            "events": [
              { "title": "New Year’s Day", "date": "2008-01-01", "notes": "", "bunting": true },
              { "title": "Christmas Day", "date": "2008-12-25", "notes": "", "bunting": true }
            ]
          },
          "scotland": { "division": "scotland", "events": [] }
        }
        """;

    [Fact]
    public void LoadGovUk_TwoEvents2008_CalendarFor2008()
    {
        var calendar = GovUkBankHolidayReader.Load(GovUk2008, "bank-holidays.json");

        Assert.Equal(2008, calendar.FirstYear);
        Assert.Equal(2008, calendar.LastYear);
        Assert.True(calendar.IsBankHoliday(new LocalDate(2008, 12, 25)));
        Assert.False(calendar.IsBankHoliday(new LocalDate(2008, 12, 24)));
        Assert.Equal("New Year’s Day", calendar.HolidayOn(new LocalDate(2008, 1, 1))!.Name);
    }

    [Fact]
    public void TryLoadGovUk_BadDate_ProblemNamesFieldValueAndLine()
    {
        var json = GovUk2008.Replace("2008-12-25", "2008-12-32");

        var problems = GovUkBankHolidayReader.TryLoad(json, "bank-holidays.json", "england-and-wales", out var calendar);

        Assert.Null(calendar);
        var problem = Assert.Single(problems);
        Assert.Equal("england-and-wales.events[1].date", problem.Field);
        Assert.Equal("2008-12-32", problem.Value);
        Assert.Equal(6, problem.Line);
    }

    [Fact]
    public void LoadGovUk_MissingDivision_DataExceptionNamesDivision()
    {
        var ex = Assert.Throws<DataException>(() => GovUkBankHolidayReader.Load(GovUk2008, "bank-holidays.json", "wales"));

        Assert.Contains("'wales'", Assert.Single(ex.Problems).Message);
    }

    [Fact]
    public void LoadGovUk_EmptyDivision_Problem() =>
        Assert.Throws<DataException>(() => GovUkBankHolidayReader.Load(GovUk2008, "bank-holidays.json", "scotland"));
}
