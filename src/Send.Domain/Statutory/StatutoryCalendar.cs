using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>
/// The working-day calendar the engine uses by default. TEMPORARY: weekends only until the calendar layer
/// (Send.Domain.Calendars, branch calendar) is merged; then this adapts WorkingDayCalendar.EnglandAndWales.
/// </summary>
internal static class StatutoryCalendar
{
    public static IWorkingDays EnglandAndWales { get; } = new WeekendsOnly();

    private sealed class WeekendsOnly : IWorkingDays
    {
        public bool IsWorkingDay(LocalDate date) => date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
    }
}
