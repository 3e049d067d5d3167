using System;
using System.Collections.Generic;
using NodaTime;
using Send.Domain.Validation;
using Send.Reporting.Reports.Common;

namespace Send.Reporting.Reports.ScrutinySendUpdate;

/// <summary>
/// The financial considerations of the scrutiny paper: the DSG deficit forecast against the Safety Valve plan, plan
/// count × average cost, the cumulative deficit, and savings strands against target. Amounts are in £ millions
/// (fields ending <c>_m</c>) except the average cost per plan, which is in pounds.
/// </summary>
/// <remarks>
/// Derived figures (variance to plan, annual plan cost, savings totals and shortfall) are computed, never typed in.
/// Savings strands that do not add up to the target are reported as a warning, as council figures rounded to 1 dp
/// often miss by a rounding margin (dsg-high-needs.md §12.2).
/// </remarks>
public sealed class ScrutinyFinance
{
    /// <summary>Gets the paragraph on the Safety Valve agreement.</summary>
    public required string Agreement { get; init; }

    /// <summary>Gets the financial year of the forecast, for example "2024/25".</summary>
    public required string FinancialYear { get; init; }

    /// <summary>Gets the monitoring month of the forecast (Devon: month 8).</summary>
    public required int MonitoringMonth { get; init; }

    /// <summary>Gets the forecast increase in the accumulated DSG deficit before contributions (£m).</summary>
    public required decimal ForecastDeficitIncreaseM { get; init; }

    /// <summary>Gets the Safety Valve plan's increase for the year (£m).</summary>
    public required decimal PlanDeficitIncreaseM { get; init; }

    /// <summary>Gets the paragraphs on the pressures driving demand.</summary>
    public IReadOnlyList<string> Pressures { get; set; } = [];

    /// <summary>Gets the number of plans expected by the end of the year.</summary>
    public required int PlanCount { get; init; }

    /// <summary>Gets the average annual cost of a plan, in pounds.</summary>
    public required decimal AverageCostPerPlan { get; init; }

    /// <summary>Gets the projected cumulative DSG deficit (£m).</summary>
    public required decimal CumulativeDeficitM { get; init; }

    /// <summary>Gets the date the cumulative deficit is projected at.</summary>
    public required LocalDate CumulativeDeficitAt { get; init; }

    /// <summary>Gets the progress points from the latest Safety Valve update.</summary>
    public IReadOnlyList<string> Progress { get; set; } = [];

    /// <summary>Gets the closing paragraphs.</summary>
    public IReadOnlyList<string> Closing { get; set; } = [];

    /// <summary>Gets the savings strands against the year's target.</summary>
    public required SavingsPlan Savings { get; init; }

    /// <summary>Gets the forecast minus the plan (£m); positive is adverse.</summary>
    public decimal VarianceM => ForecastDeficitIncreaseM - PlanDeficitIncreaseM;

    /// <summary>Gets the variance as a percentage of the plan, to one decimal place.</summary>
    public decimal VariancePercent => PlanDeficitIncreaseM == 0m ? 0m : Math.Round(VarianceM / PlanDeficitIncreaseM * 100m, 1, MidpointRounding.AwayFromZero);

    /// <summary>Gets plan count × average cost, in £m to one decimal place.</summary>
    public decimal AnnualPlanCostM => Math.Round(PlanCount * AverageCostPerPlan / 1_000_000m, 1, MidpointRounding.AwayFromZero);

    internal IEnumerable<DataProblem> Check(string source) => Savings.Check(source, "finance.savings");
}
