using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>
/// The one question the timescales engine asks of a working-day calendar. Kept internal and tiny so that the engine
/// does not depend on the shape of the calendar layer; <see cref="WorkingDayArithmetic"/> builds the rest on it.
/// </summary>
internal interface IWorkingDays
{
    /// <summary>Whether <paramref name="date"/> is a working day (CNT-WORKDAY).</summary>
    bool IsWorkingDay(LocalDate date);

    /// <summary>Whether the bank holidays of <paramref name="date"/>'s year are projected from the 1971 Act's rules rather than known.</summary>
    bool IsProjected(LocalDate date) => false;

    /// <summary>The working days after <paramref name="fromExclusive"/> up to and including <paramref name="toInclusive"/> (not before it).</summary>
    int CountWorkingDays(LocalDate fromExclusive, LocalDate toInclusive)
    {
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
}
