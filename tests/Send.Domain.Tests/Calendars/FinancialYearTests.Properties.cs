using FsCheck.Xunit;
using NodaTime;
using Send.Domain.Calendars;

namespace Send.Domain.Tests.Calendars;

public sealed partial class FinancialYearTests
{
    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool ForDate_AnyDate_ExactlyOneYearContainsIt(LocalDate date)
    {
        var year = FinancialYear.ForDate(date);
        return year.Contains(date) && !year.Next.Contains(date) && !year.Previous.Contains(date)
            && year.Start <= date && date <= year.End;
    }

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool Parse_ToStringInAnyStyle_RoundTrips(FinancialYear year, PeriodLabelStyle style) =>
        FinancialYear.Parse(year.ToString(style)) == year;

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool Next_AnyYear_StartsTheDayAfterEnd(FinancialYear year) =>
        year.Next.Start == year.End.PlusDays(1) && year.Next.Previous == year;
}
