using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Send.Domain.Calendars;
using Send.Domain.Finance;
using Send.Domain.Validation;

namespace Send.Reporting.Reports.SchoolsForumSendUpdate;

/// <summary>
/// The revised cumulative DSG deficit forecast: the Safety Valve ceiling and overspend, paragraphs, and the six-year
/// roll-forward table (£m, three decimal places, deficit positive, contributions negative as published).
/// </summary>
/// <remarks>
/// Roll-forward identity (dsg-high-needs.md §6): <c>c/f = b/f + in-year + Safety Valve + local</c> with contributions
/// stored as published (negative), and <c>b/f(next) = c/f(this)</c>. The rows, links and whole period are checked by
/// the finance library only (<see cref="DeficitTableReconciler"/> with its default options, as <c>send finance
/// deficit</c>): the report shows its verdict and explanation, and its errors stop the render.
/// </remarks>
public sealed class DeficitForecast
{
    /// <summary>Gets the Safety Valve cumulative deficit ceiling for the current year (£m).</summary>
    public required decimal CeilingM { get; init; }

    /// <summary>Gets the financial year of the ceiling, for example "2024/25".</summary>
    public required string CeilingYear { get; init; }

    /// <summary>Gets the forecast overspend against the plan in the current year (£m).</summary>
    public required decimal OverspendM { get; init; }

    /// <summary>Gets the paragraphs before the table.</summary>
    public IReadOnlyList<string> Introduction { get; set; } = [];

    /// <summary>Gets the table's rows, one per financial year, in order.</summary>
    public required IReadOnlyList<DeficitYear> Years { get; init; }

    /// <summary>Gets the financial implications paragraphs after the table.</summary>
    public IReadOnlyList<string> Implications { get; set; } = [];

    /// <summary>Gets the total Safety Valve contribution over the table (£m, negative as published).</summary>
    public decimal SafetyValveTotalM => Years.Sum(y => y.SafetyValveM);

    /// <summary>Gets the total local general fund contribution over the table (£m, negative as published).</summary>
    public decimal LocalTotalM => Years.Sum(y => y.LocalContributionM);

    /// <summary>Gets the total in-year deficit over the table (£m).</summary>
    public decimal InYearTotalM => Years.Sum(y => y.InYearM);

    /// <summary>Gets the residual deficit at the end of the plan (£m).</summary>
    public decimal ResidualM => Years.Count == 0 ? 0m : Years[^1].CarriedForwardM;

    /// <summary>Gets whether the first forecast year's carried-forward deficit before Safety Valve payments exceeds the ceiling.</summary>
    public bool CeilingBreached => Years.FirstOrDefault(y => y.Status == "forecast") is { } y && y.CarriedForwardM - SafetyValvePaidTo(y) > CeilingM;

    /// <summary>Gets whether the finance library's reconciler found no error (every row exact or explained by rounding, every link holding); false before the data is prepared.</summary>
    public bool Reconciled => reconciliation is { HasErrors: false };

    private DeficitReconciliation? reconciliation;

    private decimal SafetyValvePaidTo(DeficitYear year) => Years.TakeWhile(y => y != year).Append(year).Sum(y => y.SafetyValveM);

    internal IReadOnlyList<DataProblem> Reconcile(string source)
    {
        var problems = new List<DataProblem>();
        for (var i = 0; i < Years.Count; i++)
        {
            var year = Years[i];
            if (year.Status is not ("outturn" or "forecast" or "budget"))
            {
                problems.Add(new DataProblem(source, "unknown status") { Field = $"deficit.years[{i}].status", Value = year.Status, Expected = "outturn, forecast or budget", Code = "SEND-DSG-STATUS" });
            }

            if (!FinancialYear.TryParse(year.Year, out _))
            {
                problems.Add(new DataProblem(source, "not a financial year") { Field = $"deficit.years[{i}].year", Value = year.Year, Expected = "a label such as 2024/25", Code = "SEND-DSG-YEAR" });
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        // The rows, the links and the whole period are checked by the finance library only, with its default options,
        // exactly as `send finance deficit` checks the same figures: one verdict and one message per row.
        var table = new PublishedDeficitTable(
            source,
            Years.Select(y => new PublishedDeficitRow(
                FinancialYear.Parse(y.Year),
                y.Status switch { "outturn" => DsgYearStatus.Outturn, "budget" => DsgYearStatus.Budget, _ => DsgYearStatus.Forecast },
                Money.FromMillions(y.BroughtForwardM),
                Money.FromMillions(y.InYearM),
                Money.FromMillions(y.SafetyValveM),
                Money.FromMillions(y.LocalContributionM),
                null,
                Money.FromMillions(y.CarriedForwardM))),
            decimals: 3);
        reconciliation = new DeficitTableReconciler().Reconcile(table);
        for (var i = 0; i < Years.Count && i < reconciliation.Years.Count; i++)
        {
            Years[i].Verdict = reconciliation.Years[i].Verdict;
            Years[i].Explanation = reconciliation.Years[i].Explanation;
        }

        return reconciliation.Problems
            .Where(p => p.Severity == DataProblemSeverity.Error)
            .Select(p => p with { Field = p.Field is null ? "deficit" : "deficit." + DataField(p.Field) })
            .ToArray();
    }

    /// <summary>The report data's name for a field the finance library names in its own file format.</summary>
    private static string DataField(string field)
    {
        foreach (var (table, data) in new[] { ("brought_forward", "brought_forward_m"), ("in_year", "in_year_m"), ("safety_valve", "safety_valve_m"), ("local", "local_contribution_m"), ("carried_forward", "carried_forward_m") })
        {
            if (field.EndsWith("." + table, StringComparison.Ordinal))
            {
                return field.Substring(0, field.Length - table.Length) + data;
            }
        }

        return field;
    }
}

/// <summary>One financial year of the cumulative DSG deficit table (£m, as published).</summary>
public sealed class DeficitYear
{
    /// <summary>Gets the financial year label, for example "2024/25".</summary>
    public required string Year { get; init; }

    /// <summary>Gets "outturn" (actual), "forecast" or "budget".</summary>
    public required string Status { get; init; }

    /// <summary>Gets the cumulative deficit brought forward (£m).</summary>
    public required decimal BroughtForwardM { get; init; }

    /// <summary>Gets the in-year deficit before Safety Valve and local contributions (£m; negative is a surplus).</summary>
    public required decimal InYearM { get; init; }

    /// <summary>Gets the Safety Valve contribution (£m, negative as published).</summary>
    public required decimal SafetyValveM { get; init; }

    /// <summary>Gets the local general fund contribution (£m, negative as published).</summary>
    public required decimal LocalContributionM { get; init; }

    /// <summary>Gets the cumulative deficit carried forward, as published (£m).</summary>
    public required decimal CarriedForwardM { get; init; }

    /// <summary>Gets b/f + in-year + Safety Valve + local, from the displayed figures (£m).</summary>
    public decimal ComputedCarriedForwardM => BroughtForwardM + InYearM + SafetyValveM + LocalContributionM;

    /// <summary>Gets published c/f minus computed c/f (£m); a non-zero value within rounding is shown as a note.</summary>
    public decimal DifferenceM => CarriedForwardM - ComputedCarriedForwardM;

    /// <summary>Gets the finance library's verdict on the row: exact, explained by rounding, or an error.</summary>
    public ReconciliationVerdict Verdict { get; internal set; }

    /// <summary>Gets the finance library's one-sentence explanation of the row's reconciliation.</summary>
    public string? Explanation { get; internal set; }

    /// <summary>Gets the column heading: "Outturn 2023/24" or "Forecast 2024/25".</summary>
    public string Heading => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Status) + " " + Year;
}
