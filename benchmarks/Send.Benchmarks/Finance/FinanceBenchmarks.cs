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

    private readonly DeficitTableReconciler reconciler = new();
    private readonly Money amount = Money.FromMillions(2.233m);

    [Benchmark]
    public Money ParseMillions() => Money.Parse("(£0.194m)");

    [Benchmark]
    public string FormatMillions() => amount.ToString(MoneyFormat.Millions(3));

    [Benchmark]
    public DeficitReconciliation ReconcileWiltshire() => reconciler.Reconcile(Wiltshire);

    [Benchmark]
    public decimal SixthRoot() => DecimalMath.NthRoot(1.84m, 6);

    private static PublishedDeficitRow Row(int year, DsgYearStatus status, decimal bf, decimal inYear, decimal sv, decimal local, decimal cf) =>
        new(new FinancialYear(year), status, Money.FromMillions(bf), Money.FromMillions(inYear), Money.FromMillions(sv), Money.FromMillions(local), null, Money.FromMillions(cf));
}
