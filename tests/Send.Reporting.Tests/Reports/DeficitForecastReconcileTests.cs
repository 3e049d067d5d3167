using System.Linq;
using Send.Domain.Calendars;
using Send.Domain.Finance;
using Send.Reporting.Reports.SchoolsForumSendUpdate;
using Xunit;

namespace Send.Reporting.Tests.Reports;

/// <summary>Issue #21: the Schools Forum paper takes its reconciliation verdict and message from the finance library only.</summary>
public sealed class DeficitForecastReconcileTests
{
    private static DeficitForecast Forecast(decimal carriedForward2024) => new()
    {
        CeilingM = 84.5m,
        CeilingYear = "2024/25",
        OverspendM = 10.156m,
        Years =
        [
            new DeficitYear { Year = "2023/24", Status = "outturn", BroughtForwardM = 35.214m, InYearM = 20.292m, SafetyValveM = -26.800m, LocalContributionM = 0.000m, CarriedForwardM = 28.706m },
            new DeficitYear { Year = "2024/25", Status = "forecast", BroughtForwardM = 28.706m, InYearM = 39.177m, SafetyValveM = -6.700m, LocalContributionM = 0.000m, CarriedForwardM = carriedForward2024 },
        ],
    };

    private static DeficitReconciliation Library(decimal carriedForward2024) => new DeficitTableReconciler().Reconcile(new PublishedDeficitTable(
        "data.json",
        new[]
        {
            new PublishedDeficitRow(new FinancialYear(2023), DsgYearStatus.Outturn, Money.FromMillions(35.214m), Money.FromMillions(20.292m), Money.FromMillions(-26.800m), Money.Zero, null, Money.FromMillions(28.706m)),
            new PublishedDeficitRow(new FinancialYear(2024), DsgYearStatus.Forecast, Money.FromMillions(28.706m), Money.FromMillions(39.177m), Money.FromMillions(-6.700m), Money.Zero, null, Money.FromMillions(carriedForward2024)),
        }));

    [Fact]
    public void Reconcile_RowOffByThreeThousandths_OneProblemFromTheLibrary()
    {
        // 28.706 + 39.177 - 6.700 = 61.183; printed 61.186 (+0.003). The report used to allow (4 + 1) × 0.0005 itself
        // and then ask the library (4 × 0.0005): two checks, two codes, two messages for one row.
        var forecast = Forecast(61.186m);

        var problems = forecast.Reconcile("data.json");

        // The library also reports the whole period (5 × 0.0005 = 0.0025 < 0.003); the report passes on exactly its problems.
        var library = Library(61.186m).Problems;
        Assert.Equal(library.Select(p => (p.Code, p.Message)), problems.Select(p => (p.Code, p.Message)));
        Assert.DoesNotContain(problems, p => p.Code == "SEND-DSG-ROLLFORWARD");
        var problem = Assert.Single(problems, p => p.Code == "SEND-FIN-RECON");
        Assert.Equal("deficit.years[1].carried_forward_m", problem.Field);
        Assert.Equal(ReconciliationVerdict.Error, forecast.Years[1].Verdict);
        Assert.False(forecast.Reconciled);
    }

    [Fact]
    public void Reconcile_RowWithinTheLibrarysRounding_SameVerdictAndExplanation()
    {
        // +0.001 against 3 × 0.0005 (b/f, in-year, Safety Valve; the local 0.000 is exact): rounding, as the CLI says.
        var forecast = Forecast(61.184m);

        Assert.Empty(forecast.Reconcile("data.json"));
        var library = Library(61.184m).Years[1];
        Assert.Equal(library.Verdict, forecast.Years[1].Verdict);
        Assert.Equal(library.Explanation, forecast.Years[1].Explanation);
        Assert.True(forecast.Reconciled);
    }
}
