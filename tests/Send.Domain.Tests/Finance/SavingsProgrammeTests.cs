using Send.Domain.Finance;
using Send.Domain.Validation;
using Xunit;
using static Send.Domain.Tests.Finance.Seeds;

namespace Send.Domain.Tests.Finance;

public sealed class SavingsProgrammeTests
{
    private static SavingsProgramme Devon() => new(
        "Devon SEND Transformation",
        Fy("2024/25"),
        M(15.4m),
        new[]
        {
            new SavingsStrand("Inclusion and Early Help", Fy("2024/25"), M(2.8m)),
            new SavingsStrand("Preparation for Adulthood", Fy("2024/25"), M(3.6m)),
            new SavingsStrand("Sufficiency", Fy("2024/25"), M(4.7m)),
            new SavingsStrand("Financial Management and Placements", Fy("2024/25"), M(4.1m)),
            new SavingsStrand("Multi Agency Pathways / Health", Fy("2024/25"), Money.Zero),
        },
        statedForecast: M(11.0m));

    [Fact]
    public void Totals_Devon_StrandsAddTo15point2()
    {
        var programme = Devon();
        Assert.Equal(M(15.2m), programme.StrandTargetTotal);
        Assert.Equal(M(0.2m), programme.UnallocatedTarget);
    }

    [Fact]
    public void DeliveryPercent_Devon_71point4AndShortfall4point4()
    {
        // £11.0m of £15.4m: 71.4%, a £4.4m shortfall (DSG reference 12.2).
        var programme = Devon();
        Assert.Equal(71.4m, programme.DeliveryPercent);
        Assert.Equal(M(4.4m), programme.Shortfall);
    }

    [Fact]
    public void Check_Devon_WarningAtEdgeOfTolerance()
    {
        var problem = Assert.Single(Devon().Check("devon.json"));
        Assert.Equal(DataProblemSeverity.Warning, problem.Severity);
        Assert.Equal("strands", problem.Field);
        Assert.Contains("£15.2m", problem.Message);
        Assert.Contains("£0.2m short of the stated target £15.4m", problem.Message);
        Assert.Contains("edge", problem.Message);
        Assert.Contains("4 × 0.5 × 10^-1 = 0.2", problem.Message);
    }

    [Fact]
    public void Check_StrandsAddUp_NoProblems()
    {
        var programme = new SavingsProgramme("P", Fy("2024/25"), M(5m), new[] { new SavingsStrand("A", Fy("2024/25"), M(2m)), new SavingsStrand("B", Fy("2024/25"), M(3m)) });
        Assert.Empty(programme.Check("p.json"));
    }

    [Fact]
    public void Check_GapBeyondRounding_StillWarningSaysSo()
    {
        var programme = new SavingsProgramme("P", Fy("2024/25"), M(6m), new[] { new SavingsStrand("A", Fy("2024/25"), M(2m)), new SavingsStrand("B", Fy("2024/25"), M(3m)) });
        var problem = Assert.Single(programme.Check("p.json"));
        Assert.Equal(DataProblemSeverity.Warning, problem.Severity);
        Assert.Contains("more than rounding", problem.Message);
    }

    [Fact]
    public void Strand_ForecastAgainstTarget_PercentAndShortfall()
    {
        var strand = new SavingsStrand("Sufficiency", Fy("2024/25"), M(4.7m), M(3.1m), M(1.2m), RagStatus.Amber);
        Assert.Equal(66.0m, strand.DeliveryPercent);
        Assert.Equal(M(1.6m), strand.Shortfall);
    }
}
