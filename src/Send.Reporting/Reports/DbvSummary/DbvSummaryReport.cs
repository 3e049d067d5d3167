using System;
using System.Collections.Generic;
using System.Linq;
using Send.Domain.Validation;
using Send.Reporting.Reports.Common;

namespace Send.Reporting.Reports.DbvSummary;

/// <summary>
/// The model of the <c>dbv-summary</c> report: the Delivering Better Value scrutiny slides as a short report (the
/// DBV journey, high needs expenditure and caseload trends, unit cost, key areas of need, case review outcomes,
/// unmitigated against mitigated scenarios, themes, proposals and next steps).
/// </summary>
/// <remarks>
/// Growth rates, unit costs and cumulative deficits are computed from the yearly figures, never typed in
/// (dsg-high-needs.md §9: mitigated = unmitigated − savings; §10 caseload growth).
/// </remarks>
public sealed class DbvSummaryReport : IReportModel
{
    /// <summary>Gets the title block.</summary>
    public required TitleBlock TitleBlock { get; init; }

    /// <summary>Gets the phases of the DBV journey, in order.</summary>
    public IReadOnlyList<string> Journey { get; set; } = [];

    /// <summary>Gets the yearly high needs expenditure and caseload history.</summary>
    public required IReadOnlyList<HistoryYear> History { get; init; }

    /// <summary>Gets the key areas of need.</summary>
    public IReadOnlyList<string> KeyAreasOfNeed { get; set; } = [];

    /// <summary>Gets the case review outcomes.</summary>
    public CaseReview? CaseReview { get; init; }

    /// <summary>Gets the forecast scenarios.</summary>
    public required ScenarioForecast Scenarios { get; init; }

    /// <summary>Gets the themes explored after the diagnostic.</summary>
    public IReadOnlyList<string> Themes { get; set; } = [];

    /// <summary>Gets the proposals in the bid.</summary>
    public IReadOnlyList<string> Proposals { get; set; } = [];

    /// <summary>Gets the next steps.</summary>
    public IReadOnlyList<string> NextSteps { get; set; } = [];

    /// <summary>Gets notes on where the figures came from (the slides show charts without numbers).</summary>
    public IReadOnlyList<string> DataNotes { get; set; } = [];

    /// <summary>Gets the number of years between the first and last history rows.</summary>
    public int HistorySpanYears => Math.Max(0, History.Count - 1);

    /// <summary>Gets the growth in expenditure over the history, in whole percent.</summary>
    public decimal ExpenditureGrowthPercent => Growth(History[0].ExpenditureM, History[^1].ExpenditureM);

    /// <summary>Gets the growth in the number of plans over the history, in whole percent.</summary>
    public decimal CaseloadGrowthPercent => Growth(History[0].Plans, History[^1].Plans);

    /// <summary>Gets the largest change in unit cost year on year over the last five years, in whole percent.</summary>
    public decimal UnitCostLargestChangePercent => History.Skip(Math.Max(0, History.Count - 6)).Zip(History.Skip(Math.Max(1, History.Count - 5)))
        .Select(p => Math.Abs(Growth(p.First.UnitCost, p.Second.UnitCost)))
        .DefaultIfEmpty(0m)
        .Max();

    /// <inheritdoc />
    public IReadOnlyList<DataProblem> Prepare(ReportDataContext context)
    {
        var problems = new List<DataProblem>();
        if (History.Count < 2)
        {
            problems.Add(new DataProblem(context.DataPath, "the history needs at least two years") { Field = "history", Value = History.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Expected = "two or more years", Code = "SEND-DBV-HISTORY" });
        }

        for (var i = 0; i < History.Count; i++)
        {
            if (History[i].Plans <= 0)
            {
                problems.Add(new DataProblem(context.DataPath, "the number of plans must be positive") { Field = $"history[{i}].plans", Value = History[i].Plans.ToString(System.Globalization.CultureInfo.InvariantCulture), Expected = "a whole number above 0", Code = "SEND-DBV-PLANS" });
            }
        }

        return problems;
    }

    private static decimal Growth(decimal from, decimal to) =>
        from == 0m ? 0m : Math.Round((to / from - 1m) * 100m, 0, MidpointRounding.AwayFromZero);
}

/// <summary>One year of high needs history: expenditure (£m) and the number of children and young people with an EHCP.</summary>
public sealed class HistoryYear
{
    /// <summary>Gets the financial year label.</summary>
    public required string Year { get; init; }

    /// <summary>Gets total high needs block expenditure (£m).</summary>
    public required decimal ExpenditureM { get; init; }

    /// <summary>Gets the number of children and young people with an EHCP (January census).</summary>
    public required int Plans { get; init; }

    /// <summary>Gets the share with an EHCP in a maintained special setting, in percent; null if not given.</summary>
    public decimal? MaintainedSpecialPercent { get; init; }

    /// <summary>Gets expenditure per plan, in whole pounds.</summary>
    public decimal UnitCost => Plans == 0 ? 0m : Math.Round(ExpenditureM * 1_000_000m / Plans, 0, MidpointRounding.AwayFromZero);
}

/// <summary>The outcome of the case review workshops.</summary>
public sealed class CaseReview
{
    /// <summary>Gets the description of the workshops.</summary>
    public required string Workshops { get; init; }

    /// <summary>Gets the number of cases reviewed.</summary>
    public required int Cases { get; init; }

    /// <summary>Gets the cases where practitioners felt the ideal outcome was achieved.</summary>
    public required int IdealOutcomes { get; init; }

    /// <summary>Gets the findings.</summary>
    public IReadOnlyList<string> Findings { get; set; } = [];

    /// <summary>Gets the share of ideal outcomes, in whole percent.</summary>
    public decimal IdealPercent => Cases == 0 ? 0m : Math.Round(IdealOutcomes * 100m / Cases, 0, MidpointRounding.AwayFromZero);
}
