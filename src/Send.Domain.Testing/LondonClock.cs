using System;
using NodaTime;
using NodaTime.Testing;

namespace Send.Domain.Testing;

/// <summary>
/// Fixed clocks for tests, set by the date (and time) on a wall clock in London, which is how Send reads "today".
/// </summary>
/// <remarks>
/// <para>
/// Send's code takes the time from an injected <see cref="IClock"/> and converts it in the <c>Europe/London</c> zone
/// (analyzer rule SEND1001 flags <c>DateTime.Now</c> and <c>SystemClock.Instance</c> outside the composition root).
/// So a test passes one of these clocks where the program passes <c>SystemClock.Instance</c>; the code under test
/// cannot tell the difference. The clocks are NodaTime.Testing's <see cref="FakeClock"/>: a test may move one on with
/// <see cref="FakeClock.AdvanceDays(int)"/> and the like.
/// </para>
/// <para>
/// This is not a way to choose a time zone: the date given is always a London date, in British Summer Time when it is
/// in force. Each call returns a new clock; the class holds no state.
/// </para>
/// </remarks>
public static class LondonClock
{
    /// <summary>The time of day a clock made by <see cref="On(LocalDate)"/> shows: midday, well away from midnight and the clock changes.</summary>
    public static LocalTime DefaultTimeOfDay { get; } = new(12, 0);

    /// <summary>Creates a clock that stands still at midday in London on <paramref name="date"/>.</summary>
    /// <param name="date">The London date the clock shows.</param>
    /// <returns>A new <see cref="FakeClock"/> (not advancing on its own).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static FakeClock On(LocalDate date) => At(date + DefaultTimeOfDay);

    /// <summary>Creates a clock that stands still at <paramref name="londonTime"/>, a wall-clock time in London.</summary>
    /// <param name="londonTime">The London wall-clock time the clock shows. A time skipped when clocks go forward is moved
    /// on by the length of the gap; a time that happens twice when clocks go back is taken as the earlier one.</param>
    /// <returns>A new <see cref="FakeClock"/> (not advancing on its own).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="londonTime"/> is not in the ISO calendar.</exception>
    public static FakeClock At(LocalDateTime londonTime)
    {
        if (londonTime.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentOutOfRangeException(nameof(londonTime), londonTime, "A London date must be in the ISO calendar.");
        }

        var instant = londonTime.InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/London"]).ToInstant();
        return new FakeClock(instant);
    }
}
