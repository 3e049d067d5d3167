using System.Linq;
using Send.Domain.Statutory;
using Xunit;
using static Send.Domain.Tests.Statutory.Dates;

namespace Send.Domain.Tests.Statutory;

public sealed class Sen2TimelinessTests
{
    [Fact]
    public void Percent_National2019_IncludingExceptions587()
    {
        Assert.Equal(58.7m, new TimelinessFigure(31313, 53327).Percent);
    }

    [Fact]
    public void Percent_National2019_ExcludingExceptions604()
    {
        Assert.Equal(60.4m, new TimelinessFigure(29895, 49519).Percent);
    }

    [Theory]
    [InlineData(1, 8, 12.5)] // 12.5 exactly
    [InlineData(1, 16, 6.3)] // 6.25 -> 6.3 (half away from zero)
    [InlineData(3, 16, 18.8)] // 18.75 -> 18.8
    public void Percent_Midpoints_RoundHalfAwayFromZero(int numerator, int denominator, double expected)
    {
        Assert.Equal((decimal)expected, new TimelinessFigure(numerator, denominator).Percent);
    }

    [Fact]
    public void Percent_ZeroDenominator_NotAvailable()
    {
        var figure = new TimelinessFigure(0, 0);
        Assert.False(figure.IsAvailable);
        Assert.Null(figure.Percent);
        Assert.Equal("not available (0/0)", figure.ToString());
    }

    [Fact]
    public void ByCalendarYear_ExceptionPlans_LeaveBothSidesOfExcluding()
    {
        var plans = new[]
        {
            new NewPlanRecord(D("2024-08-01"), D("2024-12-19"), false), // 140 days: timely
            new NewPlanRecord(D("2024-08-01"), D("2024-12-20"), false), // 141 days: late
            new NewPlanRecord(D("2024-06-01"), D("2024-12-31"), true), // late, exception
            new NewPlanRecord(D("2024-11-01"), D("2025-01-10"), true), // timely, exception, issued 2025
        };
        var years = Sen2Timeliness.ByCalendarYear(plans);
        var y2024 = years.Single(y => y.Year == 2024);
        Assert.Equal((1, 3), (y2024.IncludingExceptions.Numerator, y2024.IncludingExceptions.Denominator));
        Assert.Equal((1, 2), (y2024.ExcludingExceptions.Numerator, y2024.ExcludingExceptions.Denominator));
        var y2025 = years.Single(y => y.Year == 2025);
        Assert.Equal(100m, y2025.IncludingExceptions.Percent);
        Assert.False(y2025.ExcludingExceptions.IsAvailable);
    }
}
