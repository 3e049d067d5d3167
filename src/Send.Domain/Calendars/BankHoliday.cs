using System;
using NodaTime;

namespace Send.Domain.Calendars;

/// <summary>
/// One bank holiday: the date on which banks and, by convention, councils close, and the name it is known by
/// (for example <c>Christmas Day (substitute day)</c>).
/// </summary>
/// <remarks>
/// A bank holiday is not a school holiday: schools close on their own term calendar (see <see cref="SchoolCalendar"/>).
/// Equality is structural (date and name). Instances are immutable.
/// </remarks>
public sealed record BankHoliday
{
    /// <summary>Creates a bank holiday.</summary>
    /// <param name="date">The date of the holiday.</param>
    /// <param name="name">Its name, for example <c>Early May bank holiday</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public BankHoliday(LocalDate date, string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A bank holiday needs a name.", nameof(name));
        }

        Date = date;
        Name = name;
    }

    /// <summary>The date of the holiday.</summary>
    public LocalDate Date { get; }

    /// <summary>The name of the holiday; never null or empty.</summary>
    public string Name { get; }

    /// <summary>Formats the holiday as <c>2025-12-25 Christmas Day</c>.</summary>
    /// <returns>The date in ISO form and the name.</returns>
    public override string ToString() => Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " " + Name;
}
