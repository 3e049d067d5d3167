using Send.Domain.Kpis;
using Xunit;

namespace Send.Domain.Tests.Kpis;

public sealed class ComparatorTests
{
    private static KpiValue N(decimal d) => KpiValue.Of(d);

    [Fact]
    public void NeighbourAverage_MissingNeighbour_IsDroppedAndCounted()
    {
        // Reference section 3: unweighted mean of the available values; the divisor can be less than 10.
        var average = NeighbourAverage.Of(new[] { N(10m), N(20m), KpiValue.Missing, N(30m) });
        Assert.Equal(20m, average.Value.Number);
        Assert.Equal(3, average.CountUsed);
        Assert.Equal(4, average.CountListed);
    }

    [Fact]
    public void NeighbourAverage_SuppressedNeighbours_AreDropped()
    {
        var average = NeighbourAverage.Of(new[] { N(61m), KpiValue.Suppressed, N(68m), KpiValue.Suppressed });
        Assert.Equal(64.5m, average.Value.Number);
        Assert.Equal(2, average.CountUsed);
    }

    [Fact]
    public void NeighbourAverage_AllSuppressed_IsSuppressedNotZero()
    {
        var average = NeighbourAverage.Of(new[] { KpiValue.Suppressed, KpiValue.Suppressed });
        Assert.Equal(KpiValueStatus.Suppressed, average.Value.Status);
        Assert.Equal(0, average.CountUsed);
    }

    [Fact]
    public void NeighbourAverage_NoneAvailableMixed_IsMissing()
    {
        var average = NeighbourAverage.Of(new[] { KpiValue.Suppressed, KpiValue.NotAvailable });
        Assert.Equal(KpiValueStatus.Missing, average.Value.Status);
    }

    [Fact]
    public void Compare_DevonClaRateLowerIsBetter_IsBetterThanNeighboursBy7()
    {
        // Seed 000 (Devon strategic update): CLA rate 61 against comparators 68, presented as lower-is-better.
        var comparison = KpiComparison.Of("Comparators", N(61m), N(68m), Polarity.LowerIsBetter, 0);
        Assert.Equal(Verdict.Better, comparison.Verdict);
        Assert.Equal(-7m, comparison.Difference.Number);
    }

    [Fact]
    public void Compare_ClaRateWithLaitPolarity_IsNeverBetterOrWorse()
    {
        Assert.Equal(Verdict.NotJudged, KpiComparison.Judge(N(61m), N(68m), Polarity.NoPolarity, 0));
        Assert.Equal(Verdict.Same, KpiComparison.Judge(N(61m), N(61m), Polarity.NoPolarity, 0));
    }

    [Fact]
    public void Compare_EqualAtDisplayPrecision_IsSame()
    {
        // Devon's secondary exclusion rate 0.35549 is shown as 0.36; against 0.36 it is the same at 2 dp.
        Assert.Equal(Verdict.Same, KpiComparison.Judge(N(0.35549m), N(0.36m), Polarity.LowerIsBetter, 2));
        Assert.Equal(Verdict.Better, KpiComparison.Judge(N(0.35549m), N(0.36m), Polarity.LowerIsBetter, null));
    }

    [Fact]
    public void Compare_SuppressedSide_IsNotComparable()
    {
        var comparison = KpiComparison.Of("England", KpiValue.Suppressed, N(5m), Polarity.HigherIsBetter, 1);
        Assert.Equal(Verdict.NotComparable, comparison.Verdict);
        Assert.Equal(KpiValueStatus.Suppressed, comparison.Difference.Status);
    }

    [Fact]
    public void DirectionOfTravel_PolarityApplied()
    {
        Assert.Equal(Direction.Improved, DirectionOfTravel.Between(N(3.2m), N(4.9m), Polarity.LowerIsBetter, 1).Direction);
        Assert.Equal(Direction.Worsened, DirectionOfTravel.Between(N(3.2m), N(4.9m), Polarity.HigherIsBetter, 1).Direction);
        Assert.Equal(Direction.Decreased, DirectionOfTravel.Between(N(3.2m), N(4.9m), Polarity.NoPolarity, 1).Direction);
        Assert.Equal(Direction.NoChange, DirectionOfTravel.Between(N(4.94m), N(4.9m), Polarity.HigherIsBetter, 1).Direction);
        Assert.Equal(Direction.NotComparable, DirectionOfTravel.Between(N(4.9m), KpiValue.NotAvailable, Polarity.HigherIsBetter, 1).Direction);
    }

    [Fact]
    public void Ranks_TiesShareSmallestRank_MissingUnranked()
    {
        var values = new[] { N(10m), N(20m), N(20m), KpiValue.Suppressed, N(30m) };
        Assert.Equal(new int?[] { 1, 2, 2, null, 4 }, KpiRanking.Rank(values, Polarity.LowerIsBetter));
        Assert.Equal(new int?[] { 4, 2, 2, null, 1 }, KpiRanking.Rank(values, Polarity.HigherIsBetter));
        Assert.All(KpiRanking.Rank(values, Polarity.NoPolarity), r => Assert.Null(r));
        Assert.Equal(2, KpiRanking.RankOf(N(20m), values, Polarity.LowerIsBetter));
    }

    [Fact]
    public void Quartiles_Type7_MatchHandCalculation()
    {
        // R: quantile(1:10) = 1, 3.25, 5.5, 7.75, 10. By hand: h = 9p; Q25 = x[2] + 0.25(x[3] - x[2]) = 3.25.
        var values = new KpiValue[10];
        for (var i = 0; i < 10; i++)
        {
            values[i] = N(i + 1);
        }

        Assert.Equal(new QuartileCutPoints(1m, 3.25m, 5.5m, 7.75m, 10m), QuartileCutPoints.Of(values));

        // 2, 4, 7, 15: Q25 = 2 + 0.75 * 2 = 3.5; Q50 = 4 + 0.5 * 3 = 5.5; Q75 = 7 + 0.25 * 8 = 9.
        Assert.Equal(new QuartileCutPoints(2m, 3.5m, 5.5m, 9m, 15m), QuartileCutPoints.Of(new[] { N(15m), N(2m), KpiValue.Suppressed, N(7m), N(4m) }));
    }

    [Fact]
    public void Quartiles_BandsFollowPolarity_CutPointFallsInLowerInterval()
    {
        var cuts = new QuartileCutPoints(1m, 3.25m, 5.5m, 7.75m, 10m);
        Assert.Equal(QuartileBand.A, cuts.BandOf(N(3.25m), Polarity.LowerIsBetter));
        Assert.Equal(QuartileBand.D, cuts.BandOf(N(3.25m), Polarity.HigherIsBetter));
        Assert.Equal(QuartileBand.B, cuts.BandOf(N(3.26m), Polarity.LowerIsBetter));
        Assert.Equal(QuartileBand.A, cuts.BandOf(N(10m), Polarity.HigherIsBetter));
        Assert.Equal(QuartileBand.C, cuts.BandOf(N(7.75m), Polarity.LowerIsBetter));
        Assert.Null(cuts.BandOf(N(5m), Polarity.NoPolarity));
        Assert.Null(cuts.BandOf(KpiValue.Suppressed, Polarity.LowerIsBetter));
    }

    [Fact]
    public void DerivedPercentage_ZeroDenominator_IsNotAvailable()
    {
        // Reference 2.2: two LAs classed every 2024 plan as an exception and DfE shows x.
        Assert.Equal(KpiValueStatus.NotAvailable, DerivedSendKpis.Percentage(0, 0).Status);
        Assert.Equal("4.9", DerivedSendKpis.Percentage(48, 980).ToDisplayString(1));
        Assert.Equal(50m, DerivedSendKpis.Percentage(1, 2).Number);
    }

    [Fact]
    public void YearOnYearGrowth_FromZero_IsNotAvailable()
    {
        Assert.Equal(KpiValueStatus.NotAvailable, DerivedSendKpis.YearOnYearGrowth(N(10m), N(0m)).Status);
        Assert.Equal(25m, DerivedSendKpis.YearOnYearGrowth(N(125m), N(100m)).Number);
        Assert.Equal(KpiValueStatus.Suppressed, DerivedSendKpis.YearOnYearGrowth(KpiValue.Suppressed, N(100m)).Status);
    }
}
