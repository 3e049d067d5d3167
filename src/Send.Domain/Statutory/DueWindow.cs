using System;
using System.Globalization;
using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>
/// How far ahead a work-list looks from its as-at date: a number of working days (<c>10wd</c>), weeks (<c>4w</c>) or
/// calendar days (<c>14d</c>).
/// </summary>
/// <remarks>
/// A window of N working days ends on the Nth working day after the as-at date (the as-at date is day 0, CNT-WORKDAY);
/// N weeks end 7N days after it. Deadlines due from the as-at date to the window's end, both inclusive, are "due".
/// The default value is a zero-day window (only what is due on the as-at date). Equality is by value.
/// </remarks>
public readonly record struct DueWindow
{
    private DueWindow(int amount, PeriodUnit unit)
    {
        Amount = amount;
        Unit = unit;
    }

    /// <summary>The number of units; zero or more.</summary>
    public int Amount { get; }

    /// <summary><see cref="PeriodUnit.WorkingDays"/>, <see cref="PeriodUnit.Weeks"/> or <see cref="PeriodUnit.Days"/>.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>A window of <paramref name="count"/> working days.</summary>
    /// <param name="count">Zero or more.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static DueWindow WorkingDays(int count) => new(NonNegative(count), PeriodUnit.WorkingDays);

    /// <summary>A window of <paramref name="count"/> weeks.</summary>
    /// <param name="count">Zero or more.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static DueWindow Weeks(int count) => new(NonNegative(count), PeriodUnit.Weeks);

    /// <summary>A window of <paramref name="count"/> calendar days.</summary>
    /// <param name="count">Zero or more.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static DueWindow Days(int count) => new(NonNegative(count), PeriodUnit.Days);

    /// <summary>Parses <c>10wd</c> (working days), <c>4w</c> (weeks) or <c>14d</c> (calendar days); 0 to 520 units.</summary>
    /// <param name="text">The text.</param>
    /// <param name="window">The window, when the text is valid.</param>
    /// <returns>Whether the text is valid.</returns>
    public static bool TryParse(string? text, out DueWindow window)
    {
        window = default;
        var value = text?.Trim().ToLowerInvariant() ?? string.Empty;
        var (suffix, unit) = value.EndsWith("wd", StringComparison.Ordinal) ? ("wd", PeriodUnit.WorkingDays)
            : value.EndsWith('w') ? ("w", PeriodUnit.Weeks)
            : value.EndsWith('d') ? ("d", PeriodUnit.Days)
            : (string.Empty, PeriodUnit.Days);
        if (suffix.Length == 0 || !int.TryParse(value.AsSpan(0, value.Length - suffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 520)
        {
            return false;
        }

        window = new DueWindow(amount, unit);
        return true;
    }

    /// <summary>The last day of the window that starts on <paramref name="asAt"/>.</summary>
    /// <param name="asAt">The as-at date (day 0).</param>
    /// <param name="engine">The engine whose working days count; null for <see cref="DeadlineEngine.EnglandAndWales"/>.</param>
    /// <returns>The last day inside the window.</returns>
    public LocalDate End(LocalDate asAt, DeadlineEngine? engine = null) => Unit switch
    {
        PeriodUnit.WorkingDays => (engine ?? DeadlineEngine.EnglandAndWales).AddWorkingDays(asAt, Amount),
        PeriodUnit.Weeks => asAt.PlusDays(7 * Amount),
        _ => asAt.PlusDays(Amount),
    };

    /// <summary>Returns <c>10wd</c>, <c>4w</c> or <c>14d</c>.</summary>
    /// <returns>The window as it is written on the command line.</returns>
    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + Unit switch
    {
        PeriodUnit.WorkingDays => "wd",
        PeriodUnit.Weeks => "w",
        _ => "d",
    };

    private static int NonNegative(int count) => count >= 0 ? count : throw new ArgumentOutOfRangeException(nameof(count), count, "A window cannot be negative.");
}
