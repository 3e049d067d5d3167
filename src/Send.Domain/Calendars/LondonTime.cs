using System;
using NodaTime;

namespace Send.Domain.Calendars;

/// <summary>
/// "Today" and "now" as a person in England sees them, from a NodaTime <see cref="IClock"/> in the Europe/London
/// time zone. Send never reads the system clock: pass <see cref="SystemClock.Instance"/> in production and a
/// <c>NodaTime.Testing.FakeClock</c> in tests.
/// </summary>
/// <remarks>
/// Statutory dates are <see cref="LocalDate"/> values: the time of day never enters them. Near midnight the UTC date
/// and the London date differ during British Summer Time, which is why this type exists.
/// </remarks>
public static class LondonTime
{
    /// <summary>The Europe/London zone from the TZDB provider bundled with NodaTime.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>Today's date in London according to <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock to read.</param>
    /// <returns>The London date of the clock's current instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static LocalDate Today(IClock clock) => Now(clock).Date;

    /// <summary>The local date and time in London according to <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock to read.</param>
    /// <returns>The London local date and time of the clock's current instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static LocalDateTime Now(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetCurrentInstant().InZone(Zone).LocalDateTime;
    }
}
