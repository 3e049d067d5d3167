using System.Collections.Generic;
using NodaTime;
using Send.Domain.Statutory;

namespace Send.Domain.Tests.Statutory;

/// <summary>
/// A test double with the England and Wales bank holidays listed in the statutory reference (section 1, 2024-2027),
/// so that working-day expectations in these tests come from the reference, not from the calendar layer under test.
/// </summary>
internal sealed class ReferenceWorkingDays : IWorkingDays
{
    public static readonly ReferenceWorkingDays Instance = new();

    private static readonly HashSet<LocalDate> Holidays = new()
    {
        new(2024, 1, 1), new(2024, 3, 29), new(2024, 4, 1), new(2024, 5, 6), new(2024, 5, 27), new(2024, 8, 26), new(2024, 12, 25), new(2024, 12, 26),
        new(2025, 1, 1), new(2025, 4, 18), new(2025, 4, 21), new(2025, 5, 5), new(2025, 5, 26), new(2025, 8, 25), new(2025, 12, 25), new(2025, 12, 26),
        new(2026, 1, 1), new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 4), new(2026, 5, 25), new(2026, 8, 31), new(2026, 12, 25), new(2026, 12, 28),
        new(2027, 1, 1), new(2027, 3, 26), new(2027, 3, 29), new(2027, 5, 3), new(2027, 5, 31), new(2027, 8, 30), new(2027, 12, 27), new(2027, 12, 28),
    };

    public static DeadlineEngine Engine { get; } = new(Instance);

    public static LocalDate MinCovered { get; } = new(2024, 1, 1);

    public static LocalDate MaxCovered { get; } = new(2027, 12, 31);

    public bool IsWorkingDay(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !Holidays.Contains(date);
}
