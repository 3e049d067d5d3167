using System.Collections.Concurrent;
using System.Collections.Generic;
using NodaTime;
using Send.Domain.Calendars;

namespace Send.Domain.Statutory;

/// <summary>
/// Adapts the calendar layer's <see cref="WorkingDayCalendar"/> to the questions the engine asks. Outside the years the
/// bank holiday calendar knows, the England and Wales bank holidays are projected from the Banking and Financial
/// Dealings Act 1971's rules (no one-off holidays), and <see cref="IsProjected"/> says so; the engine flags such
/// deadlines <see cref="DeadlineFlags.ProjectedBankHolidays"/> rather than refusing them.
/// </summary>
internal sealed class StatutoryCalendar : IWorkingDays
{
    private readonly WorkingDayCalendar calendar;
    private readonly ConcurrentDictionary<int, HashSet<LocalDate>> projected = new();

    public StatutoryCalendar(WorkingDayCalendar calendar)
    {
        this.calendar = calendar;
    }

    /// <summary>England and Wales: weekends and the England and Wales bank holidays are not working days (CNT-WORKDAY).</summary>
    public static IWorkingDays EnglandAndWales { get; } = new StatutoryCalendar(WorkingDayCalendar.EnglandAndWales);

    public bool IsWorkingDay(LocalDate date)
    {
        if (calendar.Holidays.Covers(date))
        {
            return calendar.IsWorkingDay(date);
        }

        return date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            && !projected.GetOrAdd(date.Year, ProjectYear).Contains(date);
    }

    public bool IsProjected(LocalDate date) => !calendar.Holidays.Covers(date);

    public int CountWorkingDays(LocalDate fromExclusive, LocalDate toInclusive)
    {
        if (calendar.Holidays.Covers(fromExclusive) && calendar.Holidays.Covers(toInclusive))
        {
            return calendar.CountWorkingDays(fromExclusive, toInclusive); // arithmetic and a binary search: O(log n)
        }

        var count = 0;
        for (var day = fromExclusive.PlusDays(1); day <= toInclusive; day = day.PlusDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    private static HashSet<LocalDate> ProjectYear(int year)
    {
        var days = new HashSet<LocalDate>();
        foreach (var holiday in EnglandAndWalesBankHolidays.ByRule(year))
        {
            days.Add(holiday.Date);
        }

        return days;
    }
}
