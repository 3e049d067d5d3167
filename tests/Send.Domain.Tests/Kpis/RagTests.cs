using Send.Domain.Kpis;
using Send.Domain.Kpis.Rag;
using Xunit;

namespace Send.Domain.Tests.Kpis;

public sealed class RagTests
{
    private static RagInput Input(decimal value, Polarity polarity = Polarity.HigherIsBetter) => new(KpiValue.Of(value), polarity, 1);

    [Theory]
    [InlineData(90, RagColour.Green)] // equal to target counts as met
    [InlineData(95, RagColour.Green)]
    [InlineData(85.5, RagColour.Amber)] // 4.5 short = exactly 5% of 90: within tolerance
    [InlineData(85.4, RagColour.Red)]
    public void Target_RelativeTolerance_Boundaries(decimal value, RagColour expected)
    {
        var rating = new TargetToleranceRule(90m, 5m, ToleranceKind.Relative).Rate(Input(value));
        Assert.Equal(expected, rating.Colour);
        Assert.Contains("90.0", rating.Reason);
    }

    [Theory]
    [InlineData(0.20, RagColour.Green)]
    [InlineData(0.25, RagColour.Amber)]
    [InlineData(0.26, RagColour.Red)]
    public void Target_AbsoluteToleranceLowerIsBetter_Boundaries(decimal value, RagColour expected)
    {
        Assert.Equal(expected, new TargetToleranceRule(0.20m, 0.05m, ToleranceKind.Absolute).Rate(Input(value, Polarity.LowerIsBetter)).Colour);
    }

    [Fact]
    public void Target_Suppressed_IsNoRatingNeverRed()
    {
        var rating = new TargetToleranceRule(90m, 0m, ToleranceKind.Absolute).Rate(new RagInput(KpiValue.Suppressed, Polarity.HigherIsBetter, 1));
        Assert.Equal(RagColour.NoRating, rating.Colour);
        Assert.Contains("suppressed", rating.Reason);
    }

    [Fact]
    public void Target_NoPolarity_IsNotRated()
    {
        Assert.Equal(RagColour.NoRating, new TargetToleranceRule(60m, 0m, ToleranceKind.Absolute).Rate(Input(61m, Polarity.NoPolarity)).Colour);
    }

    [Fact]
    public void ToleranceTrend_Havering_AmberWhenImprovedRedWhenNot()
    {
        var rule = new ToleranceTrendRule(100m, 10m, ToleranceKind.Relative);
        Assert.Equal(RagColour.Green, rule.Rate(Input(90m)).Colour); // exactly 10% off: within
        Assert.Equal(RagColour.Amber, rule.Rate(Input(80m) with { Previous = KpiValue.Of(75m) }).Colour);
        Assert.Equal(RagColour.Amber, rule.Rate(Input(80m) with { Previous = KpiValue.Of(80m) }).Colour); // held
        Assert.Equal(RagColour.Red, rule.Rate(Input(80m) with { Previous = KpiValue.Of(85m) }).Colour);
        Assert.Equal(RagColour.NoRating, rule.Rate(Input(80m) with { Previous = KpiValue.Suppressed }).Colour);
    }

    [Theory]
    [InlineData(60, RagColour.Green)]
    [InlineData(50, RagColour.Amber)] // on the floor
    [InlineData(49.9, RagColour.Red)]
    public void TargetFloor_Kent(decimal value, RagColour expected)
    {
        var rating = new TargetFloorRule(60m, 50m).Rate(Input(value));
        Assert.Equal(expected, rating.Colour);
        if (expected == RagColour.Red)
        {
            Assert.Contains("management action", rating.Reason);
        }
    }

    [Fact]
    public void Benchmark_AgainstNeighboursAndQuartile()
    {
        var input = Input(0.36m, Polarity.LowerIsBetter) with { NeighbourAverage = KpiValue.Of(0.24m), England = KpiValue.Of(0.40m), Band = QuartileBand.D };
        Assert.Equal(RagColour.Red, new BenchmarkRule(BenchmarkKind.StatisticalNeighbours, 0.1m).Rate(input).Colour);
        Assert.Equal(RagColour.Amber, new BenchmarkRule(BenchmarkKind.StatisticalNeighbours, 0.12m).Rate(input).Colour);
        Assert.Equal(RagColour.Green, new BenchmarkRule(BenchmarkKind.England, 0m).Rate(input).Colour);
        Assert.Equal(RagColour.Red, new BenchmarkRule(BenchmarkKind.Quartile, 0m).Rate(input).Colour);
        Assert.Equal(RagColour.NoRating, new BenchmarkRule(BenchmarkKind.Region, 0m).Rate(input).Colour);
        Assert.Equal(RagColour.NoRating, new BenchmarkRule(BenchmarkKind.England, 0m).Rate(input with { England = KpiValue.Suppressed }).Colour);
    }

    [Fact]
    public void Trend_ImprovedSameWorse()
    {
        var rule = new TrendRule();
        Assert.Equal(RagColour.Green, rule.Rate(Input(3.2m, Polarity.LowerIsBetter) with { Previous = KpiValue.Of(4.9m) }).Colour);
        Assert.Equal(RagColour.Amber, rule.Rate(Input(4.94m, Polarity.LowerIsBetter) with { Previous = KpiValue.Of(4.9m) }).Colour);
        Assert.Equal(RagColour.Red, rule.Rate(Input(5.0m, Polarity.LowerIsBetter) with { Previous = KpiValue.Of(4.9m) }).Colour);
        Assert.Equal(RagColour.NoRating, rule.Rate(Input(5.0m, Polarity.LowerIsBetter)).Colour);
    }

    [Theory]
    [InlineData(95, RagColour.Green)]
    [InlineData(100, RagColour.Green)]
    [InlineData(102, RagColour.Amber)]
    [InlineData(87, RagColour.Red)]
    public void Band_TargetBandPolarity(decimal value, RagColour expected)
    {
        Assert.Equal(expected, new TargetBandRule(90m, 100m, 2m).Rate(Input(value, Polarity.TargetBand)).Colour);
    }
}
