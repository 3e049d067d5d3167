using NodaTime;
using Send.Domain.Statutory;

namespace Send.Data.Statutory;

/// <summary>The dates a file may hold: the one range of <see cref="SupportedDates"/>, with its message.</summary>
internal static class DateRange
{
    public const string Outside = "the date is outside the dates the statutory timescales support";

    public static string Expected => SupportedDates.Expected;

    public static bool Covers(LocalDate date) => SupportedDates.Contains(date);
}
