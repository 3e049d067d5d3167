using NodaTime;
using Send.Domain.Calendars;
using Xunit;

namespace Send.Domain.Tests.Calendars;

public sealed class SchoolCensusTests
{
    // Published DfE census days as we recall them [R]: spring 18 Jan 2024 and 16 Jan 2025; summer 16 May 2024;
    // autumn 3 Oct 2024 and 5 Oct 2023.
    [Fact]
    public void January_2024And2025_ThirdThursday()
    {
        Assert.Equal(new LocalDate(2024, 1, 18), SchoolCensus.January(2024));
        Assert.Equal(new LocalDate(2025, 1, 16), SchoolCensus.January(2025));
        Assert.Equal(new LocalDate(2025, 1, 16), SchoolCensus.January(new AcademicYear(2024)));
    }

    [Fact]
    public void MayAndOctober_2024_AsPublished()
    {
        Assert.Equal(new LocalDate(2024, 5, 16), SchoolCensus.May(2024));
        Assert.Equal(new LocalDate(2024, 10, 3), SchoolCensus.October(2024));
        Assert.Equal(new LocalDate(2023, 10, 5), SchoolCensus.October(2023));
    }

    [Fact]
    public void January_InvalidYear_Throws() =>
        Assert.Throws<System.ArgumentOutOfRangeException>(() => SchoolCensus.January(0));
}
