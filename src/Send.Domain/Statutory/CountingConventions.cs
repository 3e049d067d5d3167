using System;
using System.Collections.Generic;

namespace Send.Domain.Statutory;

/// <summary>
/// The catalogue of counting conventions (reference section 1): each <see cref="CountingConvention"/> with its id
/// (for example <c>CNT-DAY0</c>), a plain-English statement and its source markers.
/// </summary>
public static class CountingConventions
{
    private static readonly (CountingConvention Convention, string Id, string Text, SourceMarkers Markers)[] Table =
    {
        (CountingConvention.Day0, "CNT-DAY0", "In \"within N weeks/days of (or after) event E\", E is day 0 and is not counted; the deadline is E + 7N days (or E + N). An action on the deadline day is in time (Dodds v Walker [1981]).", SourceMarkers.Confirmed | SourceMarkers.Secondary),
        (CountingConvention.Day1Variant, "CNT-DAY1-VARIANT", "Some DfE and council material calls the receipt date \"Day 1\"; read literally every deadline falls one day earlier (receipt + 139 days for 20 weeks). Off by default (TimescaleOptions.Day1Reading).", SourceMarkers.Secondary | SourceMarkers.Unconfirmed),
        (CountingConvention.Beginning, "CNT-BEGINNING", "\"Beginning with\" day B makes B day 1: N days end on B + N - 1; N months end the day before the corresponding date N months later, or on the last day of that month when there is no corresponding date.", SourceMarkers.Derived),
        (CountingConvention.Months, "CNT-MONTHS", "A month is a calendar month; \"N months after E\" ends on the same day of the month N months on, clamped to the last day of the month (31 Jan + 1 month = 28 or 29 Feb).", SourceMarkers.Confirmed | SourceMarkers.Secondary | SourceMarkers.Derived),
        (CountingConvention.Leap, "CNT-LEAP", "A 12-month period starting 29 Feb 2024 ends 28 Feb 2025; one starting 1 Mar 2023 ends 29 Feb 2024.", SourceMarkers.Derived),
        (CountingConvention.Before, "CNT-BEFORE", "\"Before date X\" means the last compliant day is X - 1; \"at least N weeks before E\" means the latest date is E - 7N.", SourceMarkers.Derived),
        (CountingConvention.NoRoll, "CNT-NOROLL", "The Regulations do not move a deadline that lands on a weekend or bank holiday; the date stays and is flagged FallsOnNonWorkingDay. Only the HESC Rules roll (TRIB-APPEAL).", SourceMarkers.Derived),
        (CountingConvention.WorkDay, "CNT-WORKDAY", "A working day is any day except Saturday, Sunday and England and Wales bank holidays. \"Within N working days of E\" is the Nth working day after E; \"N working days beginning with E\" counts E as day 1 when E is a working day.", SourceMarkers.Derived | SourceMarkers.Unconfirmed),
        (CountingConvention.Input, "CNT-INPUT", "The library takes the legal trigger date as input (received, sent, served, meeting held, order made). Deemed-receipt rules (first-class post, email after 5pm) are guidance only.", SourceMarkers.Secondary),
    };

    /// <summary>Every counting convention id in the reference, in reference order.</summary>
    public static IReadOnlyList<string> AllIds { get; } = Array.ConvertAll(Table, row => row.Id);

    /// <summary>The id of a convention, for example <c>CNT-DAY0</c>.</summary>
    /// <param name="convention">The convention.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convention"/> is not a defined value.</exception>
    public static string IdOf(CountingConvention convention) => Find(convention).Id;

    /// <summary>The plain-English statement of a convention.</summary>
    /// <param name="convention">The convention.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convention"/> is not a defined value.</exception>
    public static string Describe(CountingConvention convention) => Find(convention).Text;

    /// <summary>The source markers of a convention.</summary>
    /// <param name="convention">The convention.</param>
    /// <returns>The markers.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convention"/> is not a defined value.</exception>
    public static SourceMarkers MarkersOf(CountingConvention convention) => Find(convention).Markers;

    /// <summary>Finds a convention by its id (case-sensitive, for example <c>CNT-MONTHS</c>).</summary>
    /// <param name="id">The id.</param>
    /// <param name="convention">The convention, when found.</param>
    /// <returns>Whether the id is known.</returns>
    public static bool TryParse(string? id, out CountingConvention convention)
    {
        foreach (var row in Table)
        {
            if (string.Equals(row.Id, id, StringComparison.Ordinal))
            {
                convention = row.Convention;
                return true;
            }
        }

        convention = default;
        return false;
    }

    private static (CountingConvention Convention, string Id, string Text, SourceMarkers Markers) Find(CountingConvention convention)
    {
        foreach (var row in Table)
        {
            if (row.Convention == convention)
            {
                return row;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(convention), convention, "Not a counting convention.");
    }
}
