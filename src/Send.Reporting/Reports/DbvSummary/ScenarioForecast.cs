using System.Collections.Generic;
using System.Linq;

namespace Send.Reporting.Reports.DbvSummary;

/// <summary>
/// Unmitigated and mitigated high needs expenditure forecasts against the budget, with the cumulative deficit each
/// gives from an opening deficit (£m). The mitigated forecast is a range (lower and upper bound).
/// </summary>
/// <remarks>Cumulative deficit(y) = opening + Σ (expenditure − budget) up to y (dsg-high-needs.md §6, with no contributions).</remarks>
public sealed class ScenarioForecast
{
    /// <summary>Gets the cumulative deficit at the start of the first forecast year (£m).</summary>
    public required decimal OpeningDeficitM { get; init; }

    /// <summary>Gets the forecast years, in order.</summary>
    public required IReadOnlyList<ScenarioYear> Years { get; init; }

    /// <summary>Gets the paragraphs on the intended impact.</summary>
    public IReadOnlyList<string> Impact { get; set; } = [];

    /// <summary>Gets the last forecast year.</summary>
    public ScenarioYear Final => Years[^1];

    /// <summary>Gets the cumulative unmitigated deficit at the end of each year (£m).</summary>
    public IReadOnlyList<decimal> CumulativeUnmitigatedM => Cumulative(y => y.UnmitigatedM);

    /// <summary>Gets the cumulative mitigated (lower bound) deficit at the end of each year (£m).</summary>
    public IReadOnlyList<decimal> CumulativeMitigatedLowM => Cumulative(y => y.MitigatedLowM);

    /// <summary>Gets the cumulative mitigated (upper bound) deficit at the end of each year (£m).</summary>
    public IReadOnlyList<decimal> CumulativeMitigatedHighM => Cumulative(y => y.MitigatedHighM);

    /// <summary>Gets the reduction in the final cumulative deficit from the upper-bound mitigation (£m).</summary>
    public decimal ReductionLowM => CumulativeUnmitigatedM[^1] - CumulativeMitigatedHighM[^1];

    /// <summary>Gets the reduction in the final cumulative deficit from the lower-bound mitigation (£m).</summary>
    public decimal ReductionHighM => CumulativeUnmitigatedM[^1] - CumulativeMitigatedLowM[^1];

    private IReadOnlyList<decimal> Cumulative(System.Func<ScenarioYear, decimal> expenditure)
    {
        var running = OpeningDeficitM;
        return Years.Select(y => running += expenditure(y) - y.BudgetM).ToArray();
    }
}

/// <summary>One forecast year: budget and the expenditure under each scenario (£m).</summary>
public sealed class ScenarioYear
{
    /// <summary>Gets the financial year label.</summary>
    public required string Year { get; init; }

    /// <summary>Gets the high needs budget (£m).</summary>
    public required decimal BudgetM { get; init; }

    /// <summary>Gets unmitigated expenditure (£m).</summary>
    public required decimal UnmitigatedM { get; init; }

    /// <summary>Gets mitigated expenditure, lower bound (£m).</summary>
    public required decimal MitigatedLowM { get; init; }

    /// <summary>Gets mitigated expenditure, upper bound (£m).</summary>
    public required decimal MitigatedHighM { get; init; }

    /// <summary>Gets the overspend against budget with the lower-bound mitigation (£m).</summary>
    public decimal OverspendLowM => MitigatedLowM - BudgetM;

    /// <summary>Gets the overspend against budget with the upper-bound mitigation (£m).</summary>
    public decimal OverspendHighM => MitigatedHighM - BudgetM;
}
