using System;
using NodaTime;
using Send.Domain.Calendars;
using Xunit;

namespace Send.Domain.Tests.Calendars;

public sealed partial class SchoolCalendarTests
{
    [Fact]
    public void FromClosures_SummerClosure_ReportedAsGiven()
    {
        var summer = new SchoolClosure(new LocalDate(2025, 7, 23), new LocalDate(2025, 9, 3));

        var calendar = SchoolCalendar.FromClosures("test", new LocalDate(2025, 7, 1), new LocalDate(2025, 9, 30), new[] { summer }, BankHolidayCalendar.EnglandAndWales);

        Assert.Equal(summer, calendar.ClosureContaining(new LocalDate(2025, 8, 15)));
        Assert.Equal(42, calendar.ClosureContaining(new LocalDate(2025, 8, 15))!.Value.LengthInDays);
        Assert.True(calendar.IsOpen(new LocalDate(2025, 7, 22)));
        Assert.True(calendar.IsOpen(new LocalDate(2025, 9, 3)));
    }

    [Fact]
    public void FromClosures_WeekdayClosure_MergesAdjacentWeekends()
    {
        // Given Mon 27 Oct 2025 to a Saturday reopening; the weekends either side are closed too.
        var given = new SchoolClosure(new LocalDate(2025, 10, 27), new LocalDate(2025, 11, 1));

        var calendar = SchoolCalendar.FromClosures("test", new LocalDate(2025, 9, 1), new LocalDate(2025, 12, 19), new[] { given }, BankHolidayCalendar.EnglandAndWales);

        Assert.Equal(new SchoolClosure(new LocalDate(2025, 10, 25), new LocalDate(2025, 11, 3)), calendar.ClosureContaining(new LocalDate(2025, 10, 29)));
    }

    [Fact]
    public void FromClosures_ClosureBeforeFirstDay_Throws() =>
        Assert.Throws<ArgumentException>(() => SchoolCalendar.FromClosures(
            "test",
            new LocalDate(2025, 9, 1),
            new LocalDate(2025, 12, 19),
            new[] { new SchoolClosure(new LocalDate(2025, 8, 1), new LocalDate(2025, 9, 3)) },
            BankHolidayCalendar.EnglandAndWales));
}
