using NodaTime;
using Send.Domain.Statutory;
using Xunit;

namespace Send.Domain.Testing.Tests;

public sealed class LondonClockTests
{
    [Fact]
    public void On_SummerDate_IsThatDateInLondonAtMiddayBst()
    {
        var clock = LondonClock.On(new LocalDate(2025, 7, 18));

        // 12:00 BST is 11:00 UTC.
        Assert.Equal(Instant.FromUtc(2025, 7, 18, 11, 0), clock.GetCurrentInstant());
        Assert.Equal(new LocalDate(2025, 7, 18), DeadlineEngine.LondonToday(clock));
    }

    [Fact]
    public void At_JustAfterMidnightBst_IsThatLondonDateThoughUtcIsTheDayBefore()
    {
        // 00:30 BST on 2 June 2025 is 23:30 UTC on 1 June: the day a server on UTC would get wrong (SEND1001's page).
        var clock = LondonClock.At(new LocalDateTime(2025, 6, 2, 0, 30));

        Assert.Equal(Instant.FromUtc(2025, 6, 1, 23, 30), clock.GetCurrentInstant());
        Assert.Equal(new LocalDate(2025, 6, 2), DeadlineEngine.LondonToday(clock));
    }

    [Fact]
    public void On_WinterDate_IsMiddayGmt()
    {
        Assert.Equal(Instant.FromUtc(2025, 1, 13, 12, 0), LondonClock.On(new LocalDate(2025, 1, 13)).GetCurrentInstant());
    }

    [Fact]
    public void At_TimeSkippedWhenClocksGoForward_MovesOnByTheGap()
    {
        // 30 March 2025: 01:00 GMT becomes 02:00 BST; 01:30 does not exist and is read as 02:30 BST = 01:30 UTC.
        Assert.Equal(Instant.FromUtc(2025, 3, 30, 1, 30), LondonClock.At(new LocalDateTime(2025, 3, 30, 1, 30)).GetCurrentInstant());
    }

    [Fact]
    public void On_ClockCanBeAdvancedByTheTest()
    {
        var clock = LondonClock.On(new LocalDate(2025, 10, 20));

        clock.AdvanceDays(1);

        Assert.Equal(new LocalDate(2025, 10, 21), DeadlineEngine.LondonToday(clock));
    }
}
