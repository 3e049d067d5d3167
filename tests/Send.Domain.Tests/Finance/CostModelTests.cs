using System;
using System.Linq;
using FsCheck.Xunit;
using Send.Data.Finance;
using Send.Domain.Finance;
using Xunit;
using static Send.Domain.Tests.Finance.Seeds;

namespace Send.Domain.Tests.Finance;

public sealed class CostModelTests
{
    [Fact]
    public void PlacementLine_Devon_9800At17000Is166point6m()
    {
        var line = new PlacementLine("All EHCPs", null, 9_800, Money.FromPounds(17_000m));
        Assert.Equal(M(166.6m), line.Cost);
    }

    [Fact]
    public void GrowthRate_Plus84PercentOverSixYears_About10point7()
    {
        // DBV: caseload +84% over 6 years. By hand: ln 1.84 = 0.60977, / 6 = 0.10163, e^0.10163 = 1.10697.
        var rate = GrowthRate.FromTotalGrowth(0.84m, 6);
        Assert.Equal(10.7m, rate.Percent);
        Assert.InRange(rate.PerYearFraction, 0.10696m, 0.10698m);
        Assert.Equal("10.7% a year", rate.ToString());
    }

    [Fact]
    public void GrowthRate_Plus68PercentOverSixYears_About9point0()
    {
        // DBV: expenditure +68% over 6 years. ln 1.68 = 0.51879, / 6 = 0.08647, e^0.08647 = 1.09031.
        var rate = GrowthRate.FromTotalGrowth(0.68m, 6);
        Assert.Equal(9.0m, rate.Percent);
        Assert.InRange(rate.PerYearFraction, 0.09030m, 0.09032m);
    }

    [Fact]
    public void GrowthRate_YearOnYear_NOverPreviousLessOne()
    {
        // EHCPs January 2024 575,963 to January 2025 638,745: +10.9% on these counts (the reference's 10.8% uses the revised 576,500).
        Assert.Equal(10.9m, GrowthRate.YearOnYear(575_963m, 638_745m).Percent);
        Assert.Equal(10.8m, GrowthRate.YearOnYear(576_500m, 638_745m).Percent);
    }

    [Fact]
    public void NthRoot_SixthRootOf1point84_RaisedBackWithin1e20()
    {
        var root = DecimalMath.NthRoot(1.84m, 6);
        Assert.True(Math.Abs(DecimalMath.Pow(root, 6) - 1.84m) < 1e-20m);
    }

    [Theory]
    [InlineData("4", 2, "2")]
    [InlineData("27", 3, "3")]
    [InlineData("1024", 10, "2")]
    [InlineData("0.0625", 4, "0.5")]
    public void NthRoot_PerfectPowers_Exact(string value, int n, string expected)
    {
        var x = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), decimal.Round(DecimalMath.NthRoot(x, n), 20));
    }

    [Property]
    public bool NthRoot_RaisedToN_GivesBackValue(uint numerator, byte n)
    {
        var value = ((numerator % 1_000_000) + 1) / 1000m;
        var root = DecimalMath.NthRoot(value, (n % 12) + 1);
        var back = DecimalMath.Pow(root, (n % 12) + 1);
        return Math.Abs(back - value) <= value * 1e-20m;
    }

    [Fact]
    public void NthRoot_NotPositive_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalMath.NthRoot(0m, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalMath.NthRoot(2m, 0));
    }

    [Fact]
    public void Model_Projection_CompoundsAndMitigates()
    {
        var model = new HighNeedsCostModel(
            "Devon",
            Fy("2024/25"),
            new[] { new PlacementLine("All EHCPs", null, 9_800, Money.FromPounds(17_000m)) },
            GrowthRate.PerYear(0.1m),
            2,
            new[] { new WorkstreamSaving("Sufficiency", Fy("2025/26"), M(4.7m)), new WorkstreamSaving("PfA", Fy("2025/26"), M(3.6m)) });

        var unmitigated = model.Unmitigated();
        var mitigated = model.Mitigated();

        // 166.6 × 1.1 = 183.26; × 1.1 = 201.586. Mitigated 2025/26: 183.26 − 8.3 = 174.96.
        Assert.Equal(new[] { M(166.6m), M(183.26m), M(201.586m) }, unmitigated.Years.Select(y => y.Amount));
        Assert.Equal(M(174.96m), mitigated.AmountIn(Fy("2025/26")));
        Assert.Equal(M(166.6m), mitigated.AmountIn(Fy("2024/25")));
        Assert.Equal(ScenarioKind.Mitigated, mitigated.Kind);
        Assert.Equal(9_800, model.BaseCaseload);
        Assert.Equal(Money.FromPounds(17_000m), model.AverageCost);
    }

    [Fact]
    public void ScenarioRange_Dbv_58To63m()
    {
        var range = new ScenarioRange("Mitigated HNB expenditure", Fy("2027/28"), M(58m), M(63m));
        Assert.Equal(M(5m), range.Width);
        Assert.True(range.Contains(M(60m)));
        Assert.False(range.Contains(M(63.1m)));
        Assert.Throws<ArgumentException>(() => new ScenarioRange("x", Fy("2027/28"), M(75m), M(70m)));
    }

    [Fact]
    public void TopUp_14500_8500()
    {
        var rates = FundingRatesReader.Default.For(Fy("2025/26"));
        Assert.Equal(Money.FromPounds(8_500m), PlacePlus.MainstreamTopUp(Money.FromPounds(14_500m), rates));
        Assert.Equal(Money.Zero, PlacePlus.MainstreamTopUp(Money.FromPounds(5_000m), rates));
        Assert.True(PlacePlus.IsHighNeeds(Money.FromPounds(6_000.01m), rates));
        Assert.False(PlacePlus.IsHighNeeds(Money.FromPounds(6_000m), rates));
    }

    [Fact]
    public void PlaceFunding_120SpecialPlaces_1point2m()
    {
        var rates = FundingRatesReader.Default.For(Fy("2025/26"));
        Assert.Equal(Money.FromPounds(1_200_000m), PlacePlus.PlaceFunding(120, SettingType.MaintainedSpecial, rates));
        Assert.Equal(Money.FromPounds(60_000m), PlacePlus.PlaceFunding(10, SettingType.ResourcedProvision, rates));
        Assert.Equal(Money.Zero, PlacePlus.PlaceFunding(10, SettingType.IndependentSpecial, rates));
        Assert.Equal(Money.FromPounds(24_000m), PlacePlus.SpecialPlacementCost(Money.FromPounds(14_000m), true, SettingType.SpecialAcademyOrFree, rates));
        Assert.Equal(Money.FromPounds(-60_000m), PlacePlus.ImportExportAdjustment(5, 15, rates));
    }

    [Fact]
    public void FloorAndCap_2025_200PerHead_214To220()
    {
        var rates = FundingRatesReader.Default.For(Fy("2025/26"));
        Assert.Equal(Confidence.Confirmed, rates.FloorCapConfidence);
        var low = FloorAndCap.For(Money.FromPounds(200m), Money.FromPounds(205m), rates);
        Assert.Equal(Money.FromPounds(214m), low.Minimum);
        Assert.Equal(Money.FromPounds(220m), low.Maximum);
        Assert.Equal(Money.FromPounds(214m), low.PerHead);
        Assert.True(low.FloorApplied);
        Assert.Equal(Money.FromPounds(220m), FloorAndCap.For(Money.FromPounds(200m), Money.FromPounds(250m), rates).PerHead);
        Assert.Equal(Money.FromPounds(217m), FloorAndCap.For(Money.FromPounds(200m), Money.FromPounds(217m), rates).PerHead);
    }

    [Fact]
    public void FundingRates_Default_RecalledYearsMarked()
    {
        var rates = FundingRatesReader.Default;
        Assert.Equal(Confidence.Recalled, rates.For(Fy("2023/24")).FloorCapConfidence);
        Assert.Equal(Confidence.Recalled, rates.For(Fy("2025/26")).ImportExportConfidence);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => rates.For(Fy("2030/31")));
        Assert.Contains("2030/31", ex.Message);
        Assert.Contains("2025/26", ex.Message);
    }
}

public sealed class DevonFiguresTests
{
    [Fact]
    public void PlacementLine_DevonJuly2025_9943At17271()
    {
        // By hand: 9,943 × 17,000 = 169,031,000; 9,943 × 271 = 2,694,553; total £171,725,553.
        var line = new PlacementLine("EHCPs July 2025", null, 9_943, Money.FromPounds(17_271m));
        Assert.Equal(Money.FromPounds(171_725_553m), line.Cost);
        Assert.Equal("£171.7m", line.Cost.ToString(MoneyFormat.Millions(1)));
    }

    [Fact]
    public void Money_DevonDeficitForecast_132point0m()
    {
        // "£132.0 million at 31 March 2025" (DSG reference 12.2; the definition travels with the figure, not the type).
        Assert.Equal(Money.FromMillions(132m), Money.Parse("£132.0m"));
        Assert.Equal(Money.FromMillions(132m), Money.Parse("£132.0 million"));
        Assert.Equal("£132.0m", Money.FromMillions(132m).ToString(MoneyFormat.Millions(1)));
    }
}
