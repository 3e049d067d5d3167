using Send.Domain.Calendars;
using Send.Domain.Kpis;
using Xunit;

namespace Send.Domain.Tests.Kpis;

public sealed class KpiPeriodCalendarTests
{
    [Fact]
    public void Of_CalendarLayerYears_MatchTheirDates()
    {
        var fy = new FinancialYear(2022);
        var period = KpiPeriod.Of(fy);
        Assert.Equal(fy.Start, period.Start);
        Assert.Equal(fy.End, period.End);
        Assert.True(period.TryGetFinancialYear(out var back));
        Assert.Equal(fy, back);
        Assert.False(period.TryGetAcademicYear(out _));

        var ay = new AcademicYear(2024);
        Assert.Equal(ay.End, KpiPeriod.Of(ay).End);
        Assert.Equal(KpiPeriod.CalendarYear(2024), KpiPeriod.Of(new CalendarYear(2024)));
    }
}
