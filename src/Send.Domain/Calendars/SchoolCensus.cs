using System;
using NodaTime;

namespace Send.Domain.Calendars;

/// <summary>
/// The DfE school census days: the autumn (October), spring (January) and summer (May) reference dates. SEN2 counts
/// the EHC plans an LA maintains as at the January census date (dsg-high-needs.md section 1 [C]; kpis.md).
/// </summary>
/// <remarks>
/// <para>
/// The rule used here is the DfE's usual pattern [R]: the spring census is on the third Thursday of January, the
/// summer census on the third Thursday of May and the autumn census on the first Thursday of October (for example
/// 18 January 2024, 16 May 2024, 3 October 2024, 16 January 2025). We recalled this pattern and checked it against
/// several published years; we did not read it as a rule in the DfE's census guide. If the DfE sets a different day
/// in some year, pass the published date to your own code instead of using these methods.
/// </para>
/// <para>A census day is not a period: KPI snapshot values are "as at" this date.</para>
/// </remarks>
public static class SchoolCensus
{
    /// <summary>The spring (January) census day of <paramref name="year"/>: the third Thursday of January [R].</summary>
    /// <param name="year">The calendar year, for example 2025 for the census of the 2024/25 academic year.</param>
    /// <returns>The census day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not between 1 and 9999.</exception>
    public static LocalDate January(int year) => NthThursday(year, 1, 3);

    /// <summary>The spring (January) census day that falls in <paramref name="year"/>, in the January of its end year [R].</summary>
    /// <param name="year">The academic year; 2024/25 gives 16 January 2025.</param>
    /// <returns>The census day.</returns>
    public static LocalDate January(AcademicYear year) => January(year.EndYear);

    /// <summary>The summer (May) census day of <paramref name="year"/>: the third Thursday of May [R].</summary>
    /// <param name="year">The calendar year.</param>
    /// <returns>The census day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not between 1 and 9999.</exception>
    public static LocalDate May(int year) => NthThursday(year, 5, 3);

    /// <summary>The autumn (October) census day of <paramref name="year"/>: the first Thursday of October [R].</summary>
    /// <param name="year">The calendar year.</param>
    /// <returns>The census day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not between 1 and 9999.</exception>
    public static LocalDate October(int year) => NthThursday(year, 10, 1);

    private static LocalDate NthThursday(int year, int month, int n)
    {
        if (year < 1 || year > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be from 1 to 9999.");
        }

        return new LocalDate(year, month, 1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Thursday)).PlusWeeks(n - 1);
    }
}
