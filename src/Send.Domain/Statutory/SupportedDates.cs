using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Send.Domain.Statutory;

/// <summary>
/// The one range of dates the statutory timescales accept as input, from 1 January 1971 (the Banking and Financial
/// Dealings Act 1971, whose rules give the bank holidays) to 31 December 2099. The library, the case and caseload
/// readers and the <c>send timescales</c> command all check against it and give the same message, naming the input.
/// </summary>
/// <remarks>
/// <para>
/// This is not the range of the known bank-holiday list (<see cref="Calendars.BankHolidayCalendar.EnglandAndWales"/>,
/// 2010 to 2040). A deadline whose period reaches a year outside that list is still computed: the engine projects
/// that year's bank holidays from the 1971 Act's rules and flags the deadline
/// <see cref="DeadlineFlags.ProjectedBankHolidays"/>, because one-off holidays proclaimed for that year (a jubilee, a
/// state funeral) may be missing. A deadline computed from an input inside this range never throws for its own
/// later dates (a request on 2099-12-31 gives a final plan date in 2100).
/// </para>
/// <para>A date of birth is not checked against this range: it needs no bank holidays.</para>
/// </remarks>
public static class SupportedDates
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    /// <summary>The first date accepted: 1971-01-01.</summary>
    public static LocalDate First { get; } = new(1971, 1, 1);

    /// <summary>The last date accepted: 2099-12-31.</summary>
    public static LocalDate Last { get; } = new(2099, 12, 31);

    /// <summary>What is expected, for messages: <c>a date from 1971-01-01 to 2099-12-31</c>.</summary>
    public static string Expected { get; } = $"a date from {Iso.Format(First)} to {Iso.Format(Last)}";

    /// <summary>Whether <paramref name="date"/> is inside the range.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when <see cref="First"/> ≤ date ≤ <see cref="Last"/>.</returns>
    public static bool Contains(LocalDate date) => date >= First && date <= Last;

    /// <summary>The message for an input outside the range, naming it: <c>2101-01-01 is outside the dates ... (expected a date from ...)</c>.</summary>
    /// <param name="date">The date given.</param>
    /// <returns>The message.</returns>
    public static string Describe(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{Iso.Format(date)} is outside the dates the statutory timescales support; expected {Expected}");

    /// <summary>Throws when <paramref name="date"/> is outside the range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the range; the message names it.</exception>
    internal static void Check(LocalDate date, string parameter)
    {
        if (!Contains(date))
        {
            throw new ArgumentOutOfRangeException(parameter, Iso.Format(date), Describe(date));
        }
    }
}
