using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Send.Domain.Calendars;
using Send.Domain.Finance;

namespace Send.Benchmarks;

/// <summary>Money text and the reconciliation of a six-year published DSG table (the Wiltshire table, reference 12.1).</summary>
[MemoryDiagnoser]
public class FinanceBenchmarks
{
    private static readonly PublishedDeficitTable Wiltshire = new(
        "wiltshire.json",
        new[]
        {
            Row(2023, DsgYearStatus.Outturn, 35.214m, 20.292m, -26.800m, 0.000m, 28.706m),
            Row(2024, DsgYearStatus.Forecast, 28.706m, 39.177m, -6.700m, 0.000m, 61.184m),
            Row(2025, DsgYearStatus.Forecast, 61.184m, 41.280m, -6.700m, -18.445m, 77.319m),
            Row(2026, DsgYearStatus.Forecast, 77.319m, 28.579m, -6.700m, 0.000m, 99.198m),
            Row(2027, DsgYearStatus.Forecast, 99.198m, 7.428m, -6.700m, 0.000m, 99.926m),
            Row(2028, DsgYearStatus.Forecast, 99.926m, -0.194m, -13.400m, -51.822m, 34.509m),
        });

    // Issue #17: a 20-year table in five scenarios (unmitigated, mitigated low/high, original plan, revised plan),
    // each reconciled with a Safety Valve agreement; target under 50 ms in-process.
    private static readonly PublishedDeficitTable[] Scenarios = Enumerable.Range(0, 5).Select(TwentyYears).ToArray();

    /// <summary>One 20-year table holding five forecast scenarios of its in-year deficit (unmitigated, and mitigated
    /// central, low, high and a second central), each compared with the unmitigated one year by year.</summary>
    private static readonly PublishedDeficitTable TwentyYearsWithScenarios = new("scenarios.json", TwentyYears(0).Rows)
    {
        Scenarios = Enumerable.Range(0, 5).Select(ScenarioOf).ToArray(),
    };

    private static readonly SafetyValveAgreement Agreement = new(
        "Benchmark Council",
        null,
        new FinancialYear(2023),
        new FinancialYear(2042),
        Money.FromMillions(20 * 6.7m),
        new PaymentSchedule(Enumerable.Range(0, 20).Select(i => new SafetyValvePayment(new FinancialYear(2023 + i), Money.FromMillions(6.7m), i < 2 ? PaymentStatus.Paid : PaymentStatus.Scheduled))),
        new SafetyValveCondition[]
        {
            SafetyValveCondition.InYearBalanceBy("1", "in-year balance by 2042/43", new FinancialYear(2042)),
            SafetyValveCondition.CumulativeDeficitNotExceeding("2", "ceiling", new FinancialYear(2030), Money.FromMillions(500m), CeilingBasis.ExcludingSafetyValvePayments),
        });

    private readonly DeficitTableReconciler reconciler = new();
    private readonly Money amount = Money.FromMillions(2.233m);

    [Benchmark]
    public Money ParseMillions() => Money.Parse("(£0.194m)");

    [Benchmark]
    public string FormatMillions() => amount.ToString(MoneyFormat.Millions(3));

    [Benchmark]
    public DeficitReconciliation ReconcileWiltshire() => reconciler.Reconcile(Wiltshire);

    [Benchmark]
    public int ReconcileTwentyYearsFiveScenarios()
    {
        var errors = 0;
        foreach (var table in Scenarios)
        {
            errors += reconciler.Reconcile(table, Agreement).HasErrors ? 1 : 0;
        }

        return errors;
    }

    /// <summary>The table's rows and links, the Safety Valve schedule, and its five scenarios compared (#17's target
    /// as the table format now holds it: one table, five scenarios).</summary>
    /// <returns>The number of comparisons.</returns>
    [Benchmark]
    public int ReconcileTwentyYearsFiveScenariosInOneTable() => reconciler.Reconcile(TwentyYearsWithScenarios, Agreement).Comparisons.Count;

    [Benchmark]
    public decimal SixthRoot() => DecimalMath.NthRoot(1.84m, 6);

    private static PublishedDeficitTable TwentyYears(int scenario)
    {
        var rows = new List<PublishedDeficitRow>();
        var bf = 35.214m;
        for (var i = 0; i < 20; i++)
        {
            var inYear = 20.292m - (i * (1.1m + (scenario * 0.05m)));
            var local = i % 5 == 4 ? -3.125m : 0m;
            var cf = bf + inYear - 6.7m + local;
            rows.Add(Row(2023 + i, i == 0 ? DsgYearStatus.Outturn : DsgYearStatus.Forecast, bf, inYear, -6.7m, local, cf));
            bf = cf;
        }

        return new PublishedDeficitTable("scenario-" + scenario + ".json", rows);
    }

    private static ForecastScenario ScenarioOf(int scenario)
    {
        var years = Enumerable.Range(0, 20).Select(i => new ScenarioYear(new FinancialYear(2023 + i), Money.FromMillions(20.292m - (i * (1.1m + (scenario * 0.05m)))))).ToArray();
        return new ForecastScenario(scenario == 0 ? "Unmitigated" : "Mitigated " + scenario, scenario == 0 ? ScenarioKind.Unmitigated : ScenarioKind.Mitigated, years)
        {
            Bound = scenario switch { 2 => ScenarioBound.Low, 3 => ScenarioBound.High, _ => ScenarioBound.Central },
            Measure = ForecastMeasure.InYear,
        };
    }

    private static PublishedDeficitRow Row(int year, DsgYearStatus status, decimal bf, decimal inYear, decimal sv, decimal local, decimal cf) =>
        new(new FinancialYear(year), status, Money.FromMillions(bf), Money.FromMillions(inYear), Money.FromMillions(sv), Money.FromMillions(local), null, Money.FromMillions(cf));
}
