using System;
using NodaTime;

namespace Send.Domain.Calendars;

/// <summary>
/// One school term (or half term) as a council publishes it: a name and the first and last days pupils attend,
/// both inclusive.
/// </summary>
/// <remarks>
/// A term is not a list of open days: weekends, bank holidays and INSET days inside it are closed (see
/// <see cref="SchoolCalendar"/>). Equality is structural. Instances are immutable.
/// </remarks>
public sealed record Term
{
    /// <summary>Creates a term.</summary>
    /// <param name="name">The name, for example <c>Autumn 1</c>.</param>
    /// <param name="firstDay">The first day of the term.</param>
    /// <param name="lastDay">The last day of the term, on or after <paramref name="firstDay"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastDay"/> is before <paramref name="firstDay"/>.</exception>
    public Term(string name, LocalDate firstDay, LocalDate lastDay)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A term needs a name.", nameof(name));
        }

        if (lastDay < firstDay)
        {
            throw new ArgumentOutOfRangeException(nameof(lastDay), lastDay, $"The last day of term '{name}' is before its first day ({firstDay:uuuu-MM-dd}).");
        }

        Name = name;
        FirstDay = firstDay;
        LastDay = lastDay;
    }

    /// <summary>The name of the term; never blank.</summary>
    public string Name { get; }

    /// <summary>The first day of the term.</summary>
    public LocalDate FirstDay { get; }

    /// <summary>The last day of the term (inclusive).</summary>
    public LocalDate LastDay { get; }

    /// <summary>Whether <paramref name="date"/> falls between the first and last days, inclusive.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when the date is in the term.</returns>
    public bool Contains(LocalDate date) => date >= FirstDay && date <= LastDay;
}
