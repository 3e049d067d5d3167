using NodaTime;
using Send.Domain.Calendars;
using Xunit;

namespace Send.Domain.Tests.Calendars;

public sealed class ReceiptDatesTests
{
    private static readonly ReceiptDates Receipts = ReceiptDates.EnglandAndWales;

    [Fact]
    public void FirstClassPostReceived_PostedThursdayBeforeEaster_ReceivedTuesday() =>
        Assert.Equal(new LocalDate(2025, 4, 22), Receipts.FirstClassPostReceived(new LocalDate(2025, 4, 17)));

    [Fact]
    public void FirstClassPostReceived_PostedMonday_ReceivedTuesday() =>
        Assert.Equal(new LocalDate(2025, 6, 10), Receipts.FirstClassPostReceived(new LocalDate(2025, 6, 9)));

    [Theory]
    [InlineData(16, 59, 9)]
    [InlineData(17, 0, 9)]
    [InlineData(17, 1, 10)]
    public void EmailReceived_WorkingDay_FivePmCutOff(int hour, int minute, int expectedDay) =>
        Assert.Equal(new LocalDate(2025, 6, expectedDay), Receipts.EmailReceived(new LocalDateTime(2025, 6, 9, hour, minute)));

    [Fact]
    public void EmailReceived_SaturdayMorning_NextMonday() =>
        Assert.Equal(new LocalDate(2025, 6, 9), Receipts.EmailReceived(new LocalDateTime(2025, 6, 7, 9, 0)));

    [Fact]
    public void EmailReceived_ChristmasEveEvening_Friday27th() =>
        Assert.Equal(new LocalDate(2024, 12, 27), Receipts.EmailReceived(new LocalDateTime(2024, 12, 24, 18, 30)));
}
