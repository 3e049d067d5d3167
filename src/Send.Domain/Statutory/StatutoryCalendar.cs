using NodaTime;
using Send.Domain.Calendars;

namespace Send.Domain.Statutory;

/// <summary>Adapts the calendar layer's <see cref="WorkingDayCalendar"/> to the one question the engine asks.</summary>
internal sealed class StatutoryCalendar : IWorkingDays
{
    private readonly WorkingDayCalendar calendar;

    public StatutoryCalendar(WorkingDayCalendar calendar)
    {
        this.calendar = calendar;
    }

    /// <summary>England and Wales: weekends and the England and Wales bank holidays are not working days (CNT-WORKDAY).</summary>
    public static IWorkingDays EnglandAndWales { get; } = new StatutoryCalendar(WorkingDayCalendar.EnglandAndWales);

    public bool IsWorkingDay(LocalDate date) => calendar.IsWorkingDay(date);
}
