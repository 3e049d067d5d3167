using System;
using System.Linq;
using FsCheck.Xunit;
using Send.Domain.Finance;
using Send.Domain.Validation;
using Xunit;
using static Send.Domain.Tests.Finance.Seeds;

namespace Send.Domain.Tests.Finance;

/// <summary>
/// The further lines of a deficit table (#17, "More lines"): in-year lines, the High Needs Block balance, positions
/// with the monitoring round, and the statutory override. Expected figures are worked by hand in the comments.
/// </summary>
public sealed class DeficitLinesTests
{
    private static readonly DeficitTableReconciler Reconciler = new();

    internal static PrintedFigure F(decimal millions, int decimals = 3) =>
        new(M(millions), decimals, millions.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Invented Anyshire 2024/25 (templates/data/anyshire-lines-deficit.json): b/f 20.000, in-year 12.400, SV -5.000, c/f 27.400.</summary>
    private static PublishedDeficitRow Anyshire2024(InYearLines? funding = null, BlockBalance? hnb = null) =>
        Row("2024/25", DsgYearStatus.Outturn, 20.000m, 12.400m, -5.000m, 0m, 27.400m) with
        {
            Lines = new DeficitRowLines
            {
                Funding = funding ?? new InYearLines(F(80.100m), F(92.600m), F(0.400m), F(0.300m)),
                HighNeeds = hnb ?? new BlockBalance(FundingBlock.HighNeeds, F(24.500m), F(13.100m), F(-5.000m), F(32.600m)),
            },
        };

    private static PublishedDeficitRow Anyshire2025(BlockBalance? hnb = null) =>
        Row("2025/26", DsgYearStatus.Forecast, 27.400m, 10.250m, -5.000m, -2.000m, 30.650m) with
        {
            Lines = new DeficitRowLines
            {
                HighNeeds = hnb ?? new BlockBalance(FundingBlock.HighNeeds, F(32.600m), F(10.900m), F(-7.000m), F(36.500m)),
            },
        };

    private static DeficitReconciliation Reconcile(params PublishedDeficitRow[] rows) => Reconciler.Reconcile(new PublishedDeficitTable("a.json", rows));

    [Fact]
    public void InYearLines_AnyshireOutturn_Exact()
    {
        // 92.600 + 0.300 + 0 - 80.100 - 0.400 = 12.400, the printed in-year.
        var lines = new InYearLines(F(80.100m), F(92.600m), F(0.400m), F(0.300m));
        Assert.Equal(M(12.400m), lines.ImpliedInYearDeficit);
        var result = Reconcile(Anyshire2024());
        var check = result.Lines.Single(l => l.Field == "years[0].funding");
        Assert.Equal(ReconciliationVerdict.Exact, check.Verdict);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void InYearLines_OneUnitOut_RoundingOfFourFigures()
    {
        // 92.601 + 0.300 - 80.100 - 0.400 = 12.401; printed 12.400, gap -0.001; four non-zero lines at 3 dp allow 0.002.
        var result = Reconcile(Anyshire2024(new InYearLines(F(80.100m), F(92.601m), F(0.400m), F(0.300m))));
        var check = result.Lines.Single(l => l.Field == "years[0].funding");
        Assert.Equal(ReconciliationVerdict.Rounding, check.Verdict);
        Assert.Equal(M(-0.001m), check.Difference);
        Assert.Equal(0.002m, check.Tolerance.Amount);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void InYearLines_ExpenditureWrong_LocatedError()
    {
        // 92.800 + 0.300 - 80.100 - 0.400 = 12.600 against the printed 12.400: -0.200, far beyond 0.002.
        var result = Reconcile(Anyshire2024(new InYearLines(F(80.100m), F(92.800m), F(0.400m), F(0.300m))));
        var problem = Assert.Single(result.Problems);
        Assert.Equal("years[0].funding", problem.Field);
        Assert.Equal("SEND-FIN-LINES", problem.Code);
        Assert.Contains("12.600", problem.Message, StringComparison.Ordinal);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void InYearLines_ZeroTransferPrintedAsZero_CountsAsExact()
    {
        // Allocation and expenditure always count; a transfer printed 0.000 is exactly nothing: 2 × 0.0005 = 0.001.
        var result = Reconcile(Anyshire2024(new InYearLines(F(80.100m), F(92.500m), F(0m), null)));
        Assert.Equal(0.001m, result.Lines.Single(l => l.Field == "years[0].funding").Tolerance.Amount);
    }

    [Fact]
    public void InYearLines_OnlyExpenditure_NotChecked()
    {
        var result = Reconcile(Anyshire2024(new InYearLines(Expenditure: F(92.600m))));
        Assert.DoesNotContain(result.Lines, l => l.Field == "years[0].funding");
    }

    [Fact]
    public void HighNeeds_RollForwardAndLink_Exact()
    {
        // 24.500 + 13.100 - 5.000 = 32.600; 32.600 + 10.900 - 7.000 = 36.500; 2025/26 b/f 32.600 = 2024/25 c/f.
        var result = Reconcile(Anyshire2024(), Anyshire2025());
        Assert.Equal(
            new[] { "years[0].funding", "years[0].high_needs.carried_forward", "years[1].high_needs.carried_forward", "years[1].high_needs.brought_forward" },
            result.Lines.Select(l => l.Field));
        Assert.All(result.Lines, l => Assert.Equal(ReconciliationVerdict.Exact, l.Verdict));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void HighNeeds_CarriedForwardWrong_LocatedError()
    {
        var result = Reconcile(Anyshire2024(hnb: new BlockBalance(FundingBlock.HighNeeds, F(24.500m), F(13.100m), F(-5.000m), F(32.700m))));
        var problem = Assert.Single(result.Problems);
        Assert.Equal("years[0].high_needs.carried_forward", problem.Field);
        Assert.Contains("computed 32.600", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HighNeeds_BrokenLink_ErrorUnlessWithinRoundingAllowed()
    {
        // 2025/26 HNB b/f 32.599 against 2024/25 HNB c/f 32.600: one unit out.
        var next = Anyshire2025(new BlockBalance(FundingBlock.HighNeeds, F(32.599m), F(10.901m), F(-7.000m), F(36.500m)));
        var strict = Reconcile(Anyshire2024(), next);
        Assert.Equal("years[1].high_needs.brought_forward", Assert.Single(strict.Problems).Field);
        var lenient = new DeficitTableReconciler(new DeficitReconciliationOptions(AllowRoundingInLinks: true))
            .Reconcile(new PublishedDeficitTable("a.json", new[] { Anyshire2024(), next }));
        Assert.Empty(lenient.Problems);
        Assert.Equal(ReconciliationVerdict.Rounding, lenient.Lines.Single(l => l.Field == "years[1].high_needs.brought_forward").Verdict);
    }

    private static PublishedDeficitRow Devon(decimal forecastMonth8, params MonitoringPosition[] extra) =>
        // Devon 2024/25 at month 8 (seed 001, 5.2): increase before contributions forecast £51.6m against the Safety
        // Valve plan £31.2m. The other row figures are invented to make a row.
        Row("2024/25", DsgYearStatus.Forecast, 80.4m, 51.6m, 0m, 0m, 132.0m) with
        {
            Decimals = new FigureDecimals(1, 1, 1, 1, null, 1),
            Lines = new DeficitRowLines
            {
                Monitoring = MonitoringPeriod.OfMonth(8),
                Positions = new[]
                {
                    new MonitoringPosition(DsgYearStatus.Budget, null, F(31.2m, 1)),
                    new MonitoringPosition(DsgYearStatus.Forecast, MonitoringPeriod.OfMonth(8), F(forecastMonth8, 1)),
                }.Concat(extra).ToArray(),
            },
        };

    [Fact]
    public void Positions_DevonMonth8_RowIsTheMonth8Forecast()
    {
        // 51.6 - 31.2 = 20.4 adverse ("an increase of £20.4 million in Month 8").
        var row = Devon(51.6m);
        Assert.Equal(M(20.4m), row.Lines.Positions[1].InYear.Amount - row.Lines.Positions[0].InYear.Amount);
        var result = Reconcile(row);
        var check = result.Lines.Single();
        Assert.Equal("years[0].positions[1].in_year", check.Field);
        Assert.Equal(ReconciliationVerdict.Exact, check.Verdict);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Positions_RowDisagreesWithItsOwnForecast_LocatedError()
    {
        var result = Reconcile(Devon(51.0m));
        var problem = Assert.Single(result.Problems);
        Assert.Equal("years[0].positions[1].in_year", problem.Field);
        Assert.Equal("SEND-FIN-LINES", problem.Code);
    }

    [Fact]
    public void Positions_PrintedTwice_LocatedError()
    {
        var result = Reconcile(Devon(51.6m, new MonitoringPosition(DsgYearStatus.Budget, null, F(31.0m, 1))));
        Assert.Contains(result.Problems, p => p.Field == "years[0].positions[2]" && p.Message.Contains("printed twice", StringComparison.Ordinal));
    }

    private static PublishedDeficitRow Stated(string year, decimal cf, StatutoryOverrideStatus stated) =>
        Row(year, DsgYearStatus.Forecast, cf, 0m, 0m, 0m, cf) with { Lines = new DeficitRowLines { StatutoryOverride = stated } };

    [Fact]
    public void StatutoryOverride_KnownPeriods_StatusPerYear()
    {
        // SI 2022/1328 to 31 March 2026 (2025/26 covered); June 2025 announcement to 31 March 2028 (2026/27, 2027/28);
        // nothing known covers 2028/29.
        var result = Reconcile(
            Stated("2025/26", 10m, StatutoryOverrideStatus.Covered),
            Stated("2026/27", 10m, StatutoryOverrideStatus.Covered),
            Stated("2027/28", 10m, StatutoryOverrideStatus.Announced),
            Stated("2028/29", 10m, StatutoryOverrideStatus.NotCovered));
        Assert.Equal(
            new[] { StatutoryOverrideStatus.Covered, StatutoryOverrideStatus.Announced, StatutoryOverrideStatus.Announced, StatutoryOverrideStatus.NotCovered },
            result.StatutoryOverride.Select(o => o.Status));

        // Default: the announcement counts, so "covered" in 2026/27 is accepted; only 2028/29's deficit is outside.
        var problem = Assert.Single(result.Problems);
        Assert.Equal("years[3].carried_forward", problem.Field);
        Assert.Equal("SEND-FIN-OVERRIDE", problem.Code);
        Assert.Equal(DataProblemSeverity.Warning, problem.Severity);
    }

    [Fact]
    public void StatutoryOverride_EnactedOnly_AnnouncedYearsWarned()
    {
        var reconciler = new DeficitTableReconciler(new DeficitReconciliationOptions { CountAnnouncedOverride = false });
        var result = reconciler.Reconcile(new PublishedDeficitTable("a.json", new[]
        {
            Stated("2025/26", 10m, StatutoryOverrideStatus.Covered),
            Stated("2026/27", 10m, StatutoryOverrideStatus.Covered),
            Stated("2027/28", 10m, StatutoryOverrideStatus.Announced),
        }));
        Assert.Equal(
            new[] { "years[1].statutory_override", "years[1].carried_forward", "years[2].carried_forward" },
            result.Problems.Select(p => p.Field));
        Assert.All(result.Problems, p => Assert.Equal(DataProblemSeverity.Warning, p.Severity));
    }

    [Fact]
    public void StatutoryOverride_NothingStated_NotChecked()
    {
        // Wiltshire runs to 2028/29 but states no override status: no new warnings on an old file.
        var result = Reconciler.Reconcile(WiltshireTable());
        Assert.Empty(result.StatutoryOverride);
        Assert.Empty(result.Lines);
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("Month 7", 7, "Month 7")]
    [InlineData("month 8", 8, "Month 8")]
    [InlineData("M12", 12, "Month 12")]
    [InlineData("P7", 7, "Month 7")]
    [InlineData("Period 3", 3, "Month 3")]
    [InlineData("Q2", 6, "Q2")]
    public void MonitoringPeriod_Parse_AsPrinted(string text, int month, string label)
    {
        var period = MonitoringPeriod.Parse(text);
        Assert.Equal(month, period.Month);
        Assert.Equal(label, period.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("Month 13")]
    [InlineData("Q5")]
    [InlineData("Month")]
    [InlineData("August")]
    public void MonitoringPeriod_NotAPeriod_Refused(string text)
    {
        Assert.False(MonitoringPeriod.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => MonitoringPeriod.Parse(text));
        Assert.Contains("Month 7", error.Message, StringComparison.Ordinal);
    }

    [Property]
    public bool MonitoringPeriod_FormatThenParse_RoundTrips(byte n)
    {
        var month = n % 12 + 1;
        var quarter = n % 4 + 1;
        return MonitoringPeriod.Parse(MonitoringPeriod.OfMonth(month).ToString()) == MonitoringPeriod.OfMonth(month)
            && MonitoringPeriod.Parse(MonitoringPeriod.OfQuarter(quarter).ToString()) == MonitoringPeriod.OfQuarter(quarter);
    }

    [Property]
    public bool HighNeedsAndInYearLines_BuiltExactly_AllExact(int[] thousandths, int seed)
    {
        // Rows whose HNB and in-year lines satisfy the identities exactly (3 dp): every line is Exact.
        var rows = Build(thousandths, seed, round: false);
        return rows.Length == 0 || Reconcile(rows).Lines.All(l => l.Verdict == ReconciliationVerdict.Exact);
    }

    [Property]
    public bool HighNeedsAndInYearLines_RoundedFromUnrounded_NeverError(int[] thousandths, int seed)
    {
        // Unrounded figures to 0.1 £k, each rounded to 3 dp on its own as a spreadsheet does; the strict bound counts the
        // printed total too (CountTotalAsPart), as the row property in DeficitTableReconcilerTests does.
        var rows = Build(thousandths, seed, round: true);
        var strict = new DeficitTableReconciler(new DeficitReconciliationOptions(CountTotalAsPart: true));
        return rows.Length == 0 || strict.Reconcile(new PublishedDeficitTable("p.json", rows)).Lines.All(l => l.Verdict != ReconciliationVerdict.Error);
    }

    private static PublishedDeficitRow[] Build(int[]? values, int seed, bool round)
    {
        var random = new Random(seed);
        var scale = round ? 10_000m : 1_000m;
        decimal Next(int max) => random.Next(0, max) / scale;
        decimal R(decimal x) => round ? decimal.Round(x, 3, MidpointRounding.AwayFromZero) : x;
        PrintedFigure P(decimal x) => F(R(x));
        var year = Fy("2020/21");
        var bf = Next(1_000_000);
        var hnbBf = Next(1_000_000);
        var rows = new System.Collections.Generic.List<PublishedDeficitRow>();
        foreach (var v in (values ?? Array.Empty<int>()).Take(15))
        {
            var allocation = Next(2_000_000);
            var expenditure = allocation + (v % 300_000) / scale;
            // A line or contribution is nothing or at least £1k: one printed 0.000 is taken as exactly nothing.
            var transfers = random.Next(2) == 0 ? 0m : 0.001m + Next(10_000);
            var financing = random.Next(2) == 0 ? 0m : 0.001m + Next(5_000);
            var inYear = expenditure + financing - allocation - transfers;
            var contribution = random.Next(2) == 0 ? 0m : 0.001m + Next(50_000);
            var cf = bf + inYear - contribution;
            var hnbIn = inYear + Next(10_000);
            var hnbCf = hnbBf + hnbIn - contribution;
            rows.Add(new PublishedDeficitRow(year, DsgYearStatus.Forecast, M(R(bf)), M(R(inYear)), M(R(-contribution)), Money.Zero, null, M(R(cf)))
            {
                Lines = new DeficitRowLines
                {
                    Funding = new InYearLines(P(allocation), P(expenditure), P(transfers), P(financing)),
                    HighNeeds = new BlockBalance(FundingBlock.HighNeeds, P(hnbBf), P(hnbIn), P(-contribution), P(hnbCf)),
                },
            });
            bf = cf;
            hnbBf = hnbCf;
            year = year.Next;
        }

        return rows.ToArray();
    }
}
