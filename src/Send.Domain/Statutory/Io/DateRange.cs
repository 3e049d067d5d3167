using System.Globalization;
using NodaTime;
using Send.Domain.Calendars;

namespace Send.Domain.Statutory.Io;

/// <summary>The dates a file may hold: inside the bank holiday calendar, leaving a year for deadlines to run on.</summary>
internal static class DateRange
{
    private static readonly int First = BankHolidayCalendar.EnglandAndWales.FirstYear;
    private static readonly int Last = BankHolidayCalendar.EnglandAndWales.LastYear - 1;

    public static string Expected { get; } = $"a date from {First.ToString(CultureInfo.InvariantCulture)}-01-01 to {Last.ToString(CultureInfo.InvariantCulture)}-12-31";

    public static bool Covers(LocalDate date) => date.Year >= First && date.Year <= Last;
}
