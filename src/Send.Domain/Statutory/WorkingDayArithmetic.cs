using System;
using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>Working-day counting (CNT-WORKDAY) on top of <see cref="IWorkingDays"/>; allocation-free.</summary>
internal static class WorkingDayArithmetic
{
    /// <summary>"Within N working days of E": the Nth working day after <paramref name="start"/> (E is not counted).</summary>
    public static LocalDate AddWorkingDays(this IWorkingDays calendar, LocalDate start, int count)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A working-day count cannot be negative.");
        }

        var date = start;
        var remaining = count;
        while (remaining > 0)
        {
            date = date.PlusDays(1);
            if (calendar.IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>
    /// "N working days beginning with E": E is day 1 when it is a working day, otherwise counting starts at the next
    /// working day. Returns the last day of the period.
    /// </summary>
    public static LocalDate LastDayOfWorkingDaysBeginningWith(this IWorkingDays calendar, LocalDate start, int count)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A period beginning with a day has at least one day.");
        }

        return calendar.AddWorkingDays(start.PlusDays(-1), count);
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public static LocalDate NextWorkingDayAfter(this IWorkingDays calendar, LocalDate date) => calendar.AddWorkingDays(date, 1);

    /// <summary><paramref name="date"/> itself when it is a working day, otherwise the next working day.</summary>
    public static LocalDate NextWorkingDayOnOrAfter(this IWorkingDays calendar, LocalDate date) =>
        calendar.IsWorkingDay(date) ? date : calendar.NextWorkingDayAfter(date);
}
