using FsCheck.Xunit;
using NodaTime;
using Send.Domain.Calendars;

namespace Send.Domain.Tests.Calendars;

public sealed partial class SchoolCalendarTests
{
    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool FromClosures_AnyClosure_DerivedClosureCoversIt(LocalDate start, DayCount offset, DayCount length)
    {
        if (start.Year > 2034)
        {
            return true; // keep the calendar inside the bank holiday years
        }

        // At least three days, so the closure always includes a weekday (a bare weekend is not a closure).
        var given = new SchoolClosure(start.PlusDays(offset.Value + 1), start.PlusDays(offset.Value + 4 + length.Value));
        var calendar = SchoolCalendar.FromClosures("p", start, given.ReopeningDate.PlusDays(10), new[] { given }, BankHolidayCalendar.EnglandAndWales);

        var derived = calendar.ClosureContaining(given.FirstClosedDay);

        // The derived closure holds every given day, never shrinks, and merges at most a weekend or bank holidays either side.
        return derived is SchoolClosure d
            && d.FirstClosedDay <= given.FirstClosedDay && d.ReopeningDate >= given.ReopeningDate
            && d.LengthInDays >= given.LengthInDays
            && calendar.IsOpen(d.ReopeningDate)
            && (d.FirstClosedDay == start || calendar.IsOpen(d.FirstClosedDay.PlusDays(-1)));
    }
}
