using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// One row of a published DSG table after reconciliation: the printed figures, the carried-forward balance they
/// imply, the printed carried-forward balance, the gap and its verdict.
/// </summary>
/// <remarks>
/// All amounts are in the table's own printed sign convention, so a report can show them beside the original. The
/// published figure is never changed. Immutable; equality is structural.
/// </remarks>
/// <param name="Row">The row as printed.</param>
/// <param name="ComputedCarriedForward">b/f + in-year + contributions from the displayed figures, in the printed convention.</param>
/// <param name="Difference">Published minus computed carried-forward balance.</param>
/// <param name="Tolerance">The rounding tolerance that applied to this row.</param>
/// <param name="Verdict">Exact, explained by rounding, or an error.</param>
/// <param name="Explanation">One sentence saying what was found, for a report or the console.</param>
public sealed record ReconciledYear(
    PublishedDeficitRow Row,
    Money ComputedCarriedForward,
    Money Difference,
    RoundingTolerance Tolerance,
    ReconciliationVerdict Verdict,
    string Explanation)
{
    /// <summary>The financial year.</summary>
    public FinancialYear Year => Row.Year;

    /// <summary>The printed carried-forward balance.</summary>
    public Money PublishedCarriedForward => Row.CarriedForward;
}
