using System;
using System.Linq;
using FsCheck.Xunit;
using Send.Domain.Finance;
using Send.Tests.Shared;
using Xunit;

namespace Send.Domain.Tests.Finance;

public sealed partial class MoneyTests
{
    private static Money M(decimal millions) => Money.FromMillions(millions);

    [Fact]
    public void FromMillions_TableFigure_ExactPounds()
    {
        Assert.Equal(35_214_000m, M(35.214m).Pounds);
        Assert.Equal(35.214m, Money.FromPounds(35_214_000m).Millions);
    }

    [Fact]
    public void Arithmetic_WiltshireSafetyValveSchedule_Sums67m()
    {
        // 26.8 + 4 × 6.7 + 13.4 = 67.0 (DSG reference, section 8).
        var total = M(26.8m) + (M(6.7m) * 4m) + M(13.4m);
        Assert.Equal(M(67.0m), total);
    }

    [Fact]
    public void Arithmetic_OneThirdTimesThree_NotRoundedUntilAsked()
    {
        var third = Money.FromPounds(1m) / 3m;
        Assert.NotEqual(Money.FromPounds(0.33m), third);
        Assert.Equal(Money.FromPounds(0.33m), third.RoundToPennies());
    }

    [Fact]
    public void Round_Half_AwayFromZeroByDefault()
    {
        Assert.Equal(Money.FromPounds(2.13m), Money.FromPounds(2.125m).Round(2));
        Assert.Equal(Money.FromPounds(-2.13m), Money.FromPounds(-2.125m).Round(2));
        Assert.Equal(Money.FromPounds(2.12m), Money.FromPounds(2.125m).Round(2, MidpointRounding.ToEven));
    }

    [Fact]
    public void RoundToMillions_HalfThousand_AwayFromZero()
    {
        // 61.1835 £m at 3 dp -> 61.184 (Excel ROUND), banker's rounding would also give 61.184; 61.1825 separates them.
        Assert.Equal(M(61.183m), M(61.1825m).RoundToMillions(3));
        Assert.Equal(M(61.182m), M(61.1825m).RoundToMillions(3, MidpointRounding.ToEven));
    }

    [Fact]
    public void Round_DecimalsOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromPounds(1m).Round(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromPounds(1m).Round(29));
    }

    [Fact]
    public void Comparison_Operators_OrderByAmount()
    {
        Assert.True(M(84.5m) > M(61.184m));
        Assert.True(M(-0.194m) < Money.Zero);
        Assert.True(M(1m) >= Money.FromPounds(1_000_000m));
        Assert.Equal(0, Money.FromPounds(1.5m).CompareTo(Money.FromPounds(1.50m)));
        Assert.Equal(Money.FromPounds(1.5m).GetHashCode(), Money.FromPounds(1.50m).GetHashCode());
    }

    [Fact]
    public void Default_IsZero()
    {
        Assert.Equal(Money.Zero, default);
        Assert.True(default(Money).IsZero);
    }

    [Fact]
    public void Allocate_TenPoundsInThree_PenniesToFirst()
    {
        var parts = Money.FromPounds(10m).Allocate(3);
        Assert.Equal(new[] { 3.34m, 3.33m, 3.33m }, parts.Select(p => p.Pounds));
    }

    [Fact]
    public void Allocate_Ratios_LargestRemainder()
    {
        // £100 in 1:1:1 -> 33.34, 33.33, 33.33; £0.05 in 3:7 -> 1.5p and 3.5p exact, remainders tie -> first gets it.
        Assert.Equal(new[] { 33.34m, 33.33m, 33.33m }, Money.FromPounds(100m).Allocate(1m, 1m, 1m).Select(p => p.Pounds));
        Assert.Equal(new[] { 0.02m, 0.03m }, Money.FromPounds(0.05m).Allocate(3m, 7m).Select(p => p.Pounds));
    }

    [Fact]
    public void Allocate_Negative_MirrorsPositive()
    {
        Assert.Equal(new[] { -3.34m, -3.33m, -3.33m }, Money.FromPounds(-10m).Allocate(3).Select(p => p.Pounds));
    }

    [Fact]
    public void Allocate_SubPenny_Throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Money.FromPounds(1.005m).Allocate(2));
        Assert.Contains("RoundToPennies", ex.Message);
    }

    [Fact]
    public void Allocate_BadRatios_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromPounds(1m).Allocate(0));
        Assert.Throws<ArgumentException>(() => Money.FromPounds(1m).Allocate(1m, -1m));
        Assert.Throws<ArgumentException>(() => Money.FromPounds(1m).Allocate(0m, 0m));
    }

    [Property]
    public bool Arithmetic_AddThenSubtract_Exact(long aPennies, long bPennies, byte scale)
    {
        var a = Money.FromPounds(new decimal(aPennies) / Pow10(scale % 8));
        var b = Money.FromPounds(new decimal(bPennies) / 100m);
        return a + b - b == a && -(-a) == a && a - a == Money.Zero;
    }

    [Property]
    public bool Allocate_Parts_SumToWholeAndDifferByAtMostAPenny(long pennies, byte parts)
    {
        var whole = Money.FromPounds(new decimal(pennies) / 100m);
        var count = (parts % 50) + 1;
        var shares = whole.Allocate(count);
        var max = shares.Max();
        var min = shares.Min();
        return Money.Sum(shares) == whole && shares.Count == count && (max - min) <= Money.FromPounds(0.01m);
    }

    [Property]
    public bool Allocate_Ratios_SumToWhole(int pennies, byte[] ratios)
    {
        var weights = (ratios ?? Array.Empty<byte>()).Select(r => (decimal)r).Append(1m).Append(0m).ToArray(); // at least two ratios
        var whole = Money.FromPounds(new decimal(pennies) / 100m);
        var shares = whole.Allocate(weights);
        return Money.Sum(shares) == whole && shares.All(s => s.Pounds * 100m == decimal.Truncate(s.Pounds * 100m));
    }

    internal static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= 10m;
        }

        return result;
    }

    [Fact]
    public void EqualityAndOrdering_Money_KeepsTheContracts()
    {
        // 1.5 and 1.50 are the same amount: equal, the same hash code, neither before the other.
        EqualityContract.Holds(Money.FromPounds(1.5m), Money.FromPounds(1.50m), Money.FromPounds(-1.5m));
        OrderingContract.Holds(Money.FromPounds(-0.194m), Money.FromPounds(-0.1940m), Money.Zero);
    }
}
