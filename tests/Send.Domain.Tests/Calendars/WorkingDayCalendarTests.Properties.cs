using FsCheck.Xunit;
using NodaTime;

namespace Send.Domain.Tests.Calendars;

public sealed partial class WorkingDayCalendarTests
{
    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool AddWorkingDays_PositiveCount_LandsOnWorkingDay(LocalDate date, DayCount count) =>
        count.Value == 0 || Calendar.IsWorkingDay(Calendar.AddWorkingDays(date, count.Value));

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool AddWorkingDays_LargerCount_StrictlyLater(LocalDate date, DayCount a, DayCount b)
    {
        if (a.Value == b.Value)
        {
            return Calendar.AddWorkingDays(date, a.Value) == Calendar.AddWorkingDays(date, b.Value);
        }

        var (small, large) = a.Value < b.Value ? (a.Value, b.Value) : (b.Value, a.Value);
        return Calendar.AddWorkingDays(date, small) < Calendar.AddWorkingDays(date, large);
    }

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool CountWorkingDays_UpToAddedDate_EqualsCount(LocalDate date, DayCount count) =>
        Calendar.CountWorkingDays(date, Calendar.AddWorkingDays(date, count.Value)) == count.Value;

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool LastDayOfWorkingDaysBeginningWith_AnyStart_CountingFromStartGivesN(LocalDate start, DayCount count)
    {
        var n = count.Value + 1;
        var last = Calendar.LastDayOfWorkingDaysBeginningWith(start, n);

        // Counting inclusively from the start (exclusively from the day before) gives n, and the last day is working.
        return Calendar.CountWorkingDays(start.PlusDays(-1), last) == n && Calendar.IsWorkingDay(last)
            && Calendar.CountWorkingDays(start.PlusDays(-1), last.PlusDays(-1)) == n - 1;
    }

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool NextWorkingDayOnOrAfter_AnyDate_WorkingAndNoWorkingDayBetween(LocalDate date)
    {
        var next = Calendar.NextWorkingDayOnOrAfter(date);
        return Calendar.IsWorkingDay(next) && next >= date && Calendar.CountWorkingDays(date.PlusDays(-1), next) == 1;
    }

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool CountWorkingDays_AnyRange_EqualsDayByDayCount(LocalDate from, DayCount span)
    {
        var to = from.PlusDays(span.Value);
        var expected = 0;
        for (var day = from.PlusDays(1); day <= to; day = day.PlusDays(1))
        {
            expected += Calendar.IsWorkingDay(day) ? 1 : 0;
        }

        return Calendar.CountWorkingDays(from, to) == expected;
    }
}
