using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// One further-line identity checked in one year of a deficit table: what the printed parts give, the printed
/// figure, the difference, and a verdict (exact, rounding or error) with a one-sentence explanation.
/// </summary>
/// <remarks>
/// Produced by <see cref="DeficitTableReconciler"/> for each identity that holds among a row's
/// <see cref="DeficitRowLines"/>: the High Needs Block roll-forward and link, the in-year lines, and the row's own
/// in-year figure against the matching monitoring position. Figures are in the table's printed convention.
/// Immutable; equality is structural.
/// </remarks>
/// <param name="Year">The financial year.</param>
/// <param name="Field">The field checked, as problems name it (<c>years[1].high_needs.carried_forward</c>).</param>
/// <param name="Identity">The identity in words, such as "HNB b/f + in-year − contributions = c/f".</param>
/// <param name="Computed">What the printed parts give.</param>
/// <param name="Published">The printed figure.</param>
/// <param name="Tolerance">The rounding the printed figures can explain.</param>
/// <param name="Verdict">Exact, rounding or error.</param>
/// <param name="Explanation">One sentence saying what was found.</param>
public sealed record ReconciledLine(
    FinancialYear Year,
    string Field,
    string Identity,
    Money Computed,
    Money Published,
    RoundingTolerance Tolerance,
    ReconciliationVerdict Verdict,
    string Explanation)
{
    /// <summary><c>Published − Computed</c>.</summary>
    public Money Difference => Published - Computed;
}
