using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Send.Domain.Finance;
using Xunit;
using static Send.Domain.Tests.Finance.Seeds;

namespace Send.Domain.Tests.Finance;

public sealed class DsgAccountTests
{
    [Fact]
    public void CarriedForward_WiltshireOutturn_BfPlusInYearLessContributions()
    {
        // 35.214 + 20.292 − 26.800 = 28.706 (DSG reference 12.1, 2023/24).
        var year = DsgAccountYear.Create(Fy("2023/24"), DsgYearStatus.Outturn, M(35.214m), M(20.292m), M(26.8m), Money.Zero);
        Assert.Equal(M(28.706m), year.CarriedForward);
    }

    [Fact]
    public void CarriedForward_StabilityGrant_CountsAsOther()
    {
        var year = new DsgAccountYear(Fy("2025/26"), DsgYearStatus.Forecast, M(10m), M(2m), new[]
        {
            new DsgContribution(ContributionType.HighNeedsStabilityGrant, M(3m)),
            DsgContribution.Local(M(1m)),
        });
        Assert.Equal(M(3m), year.OtherContribution);
        Assert.Equal(M(1m), year.LocalContribution);
        Assert.Equal(M(8m), year.CarriedForward);
    }

    [Fact]
    public void InYearByBlock_AddingUp_Kept()
    {
        var blocks = new Dictionary<FundingBlock, Money> { [FundingBlock.HighNeeds] = M(20m), [FundingBlock.EarlyYears] = M(0.292m) };
        var year = new DsgAccountYear(Fy("2023/24"), DsgYearStatus.Outturn, M(35.214m), M(20.292m), new[] { DsgContribution.SafetyValve(M(26.8m)) }, blocks);
        Assert.Equal(M(20m), year.InYearByBlock[FundingBlock.HighNeeds]);
        Assert.Equal(M(28.706m), year.CarriedForward);
    }

    [Fact]
    public void DsgAllocation_MissingBlocks_Zero()
    {
        var allocation = new DsgAllocation(Fy("2024/25"), new Dictionary<FundingBlock, Money> { [FundingBlock.Schools] = M(300m), [FundingBlock.HighNeeds] = M(61.5m) });
        Assert.Equal(M(361.5m), allocation.Total);
        Assert.Equal(Money.Zero, allocation[FundingBlock.EarlyYears]);
        Assert.Equal(4, allocation.Blocks.Count);
    }

    [Fact]
    public void InYearByBlock_NotAddingUp_Throws()
    {
        var blocks = new Dictionary<FundingBlock, Money> { [FundingBlock.HighNeeds] = M(20m), [FundingBlock.EarlyYears] = M(0.5m) };
        var ex = Assert.Throws<ArgumentException>(() => new DsgAccountYear(Fy("2024/25"), DsgYearStatus.Forecast, M(1m), M(20m), null, blocks));
        Assert.Contains("2024/25", ex.Message);
    }

    [Fact]
    public void Constructor_BroughtForwardNotLinked_ThrowsNamingYear()
    {
        var first = DsgAccountYear.Create(Fy("2023/24"), DsgYearStatus.Outturn, M(35.214m), M(20.292m), M(26.8m), Money.Zero);
        var second = DsgAccountYear.Create(Fy("2024/25"), DsgYearStatus.Forecast, M(28.7m), M(39.177m), M(6.7m), Money.Zero);
        var ex = Assert.Throws<ArgumentException>(() => new DsgAccount(new[] { first, second }));
        Assert.Contains("2024/25", ex.Message);
    }

    [Fact]
    public void Constructor_YearMissing_ThrowsNamingExpectedYear()
    {
        var first = DsgAccountYear.Create(Fy("2023/24"), DsgYearStatus.Outturn, M(1m), M(1m), Money.Zero, Money.Zero);
        var third = DsgAccountYear.Create(Fy("2025/26"), DsgYearStatus.Forecast, M(2m), M(1m), Money.Zero, Money.Zero);
        var ex = Assert.Throws<ArgumentException>(() => new DsgAccount(new[] { first, third }));
        Assert.Contains("expected 2024/25", ex.Message);
    }

    [Fact]
    public void CumulativeExcludingSafetyValve_Wiltshire2024_94683()
    {
        // 35.214 + 20.292 + 39.177 = 94.683: the measure behind the £84.5m ceiling "excluding Safety Valve payments".
        var account = new DeficitTableReconciler().Reconcile(WiltshireTable()).Account!;
        Assert.Equal(M(94.683m), account.CumulativeExcludingSafetyValve(Fy("2024/25")));
        Assert.Equal(M(94.683m), account.CumulativeBeforeContributions(Fy("2024/25")));
        Assert.Equal(M(70.267m), account.TotalLocal);
        Assert.Equal(M(67.000m), account.TotalSafetyValve);
    }

    [Property]
    public bool RollForward_Telescopes(int opening, int[] inYear, int[] safetyValve, int[] local)
    {
        var movements = (inYear ?? Array.Empty<int>()).Take(30).ToArray();
        var first = new DsgAccountYear(Fy("2020/21"), DsgYearStatus.Outturn, Money.FromPounds(opening / 100m), Money.FromPounds(movements.FirstOrDefault() / 100m), Contributions(0));
        var years = new List<DsgAccountYear> { first };
        for (var i = 1; i < movements.Length; i++)
        {
            years.Add(years[^1].Next(DsgYearStatus.Forecast, Money.FromPounds(movements[i] / 100m), Contributions(i)));
        }

        var account = new DsgAccount(years);
        var expected = account.OpeningBalance
            + Money.Sum(years.Select(y => y.InYear))
            - Money.Sum(years.Select(y => y.SafetyValveContribution))
            - Money.Sum(years.Select(y => y.LocalContribution))
            - Money.Sum(years.Select(y => y.OtherContribution));
        return account.ClosingBalance == expected;

        DsgContribution[] Contributions(int i) => new[]
        {
            DsgContribution.SafetyValve(Money.FromPounds(At(safetyValve, i) / 100m)),
            DsgContribution.Local(Money.FromPounds(At(local, i) / 100m)),
        };
    }

    [Fact]
    public void StatutoryOverride_Covers_KnownPeriods()
    {
        Assert.True(StatutoryOverridePeriod.AppliesTo(Fy("2020/21")));
        Assert.True(StatutoryOverridePeriod.AppliesTo(Fy("2025/26"), includeAnnounced: false));
        Assert.True(StatutoryOverridePeriod.AppliesTo(Fy("2027/28")));
        Assert.False(StatutoryOverridePeriod.AppliesTo(Fy("2027/28"), includeAnnounced: false));
        Assert.False(StatutoryOverridePeriod.AppliesTo(Fy("2028/29")));
        Assert.False(StatutoryOverridePeriod.AppliesTo(Fy("2019/20")));
        var extension = StatutoryOverridePeriod.Known.Single(p => p.Citation.Contains("SI 2022/1328", StringComparison.Ordinal));
        Assert.Equal(new NodaTime.LocalDate(2026, 3, 31), extension.EndDate);
        Assert.True(extension.Covers(Fy("2024/25")));
    }

    private static int At(int[]? values, int i) => values is { Length: > 0 } ? values[i % values.Length] : 0;
}
