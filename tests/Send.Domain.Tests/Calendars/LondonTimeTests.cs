using System;
using NodaTime;
using NodaTime.Testing;
using Send.Domain.Calendars;
using Xunit;

namespace Send.Domain.Tests.Calendars;

public sealed class LondonTimeTests
{
    [Fact]
    public void Today_SummerTimeJustAfterMidnightLocal_LondonDateNotUtcDate()
    {
        // 23:30 UTC on 30 June 2025 is 00:30 BST on 1 July 2025.
        var clock = new FakeClock(Instant.FromUtc(2025, 6, 30, 23, 30));

        Assert.Equal(new LocalDate(2025, 7, 1), LondonTime.Today(clock));
    }

    [Fact]
    public void Today_WinterSameInstantHour_UtcDate()
    {
        // 23:30 UTC on 31 December 2024 is 23:30 GMT on the same day.
        var clock = new FakeClock(Instant.FromUtc(2024, 12, 31, 23, 30));

        Assert.Equal(new LocalDate(2024, 12, 31), LondonTime.Today(clock));
        Assert.Equal(new LocalDateTime(2024, 12, 31, 23, 30), LondonTime.Now(clock));
    }

    [Fact]
    public void Today_NullClock_Throws() => Assert.Throws<ArgumentNullException>(() => LondonTime.Today(null!));
}
