namespace Send.Domain.Finance;

/// <summary>Choices for <see cref="DeficitTableReconciler"/> where the reference leaves room.</summary>
/// <remarks>
/// The defaults follow the DSG reference: the tolerance counts the parts only (section 11), and a year's
/// brought-forward balance must equal the previous carried-forward balance exactly (section 12.1). Immutable.
/// </remarks>
/// <param name="CountTotalAsPart">
/// Whether to count the displayed total as one more rounded figure, giving <c>(n + 1) × 0.5 × 10^−dp</c>. Default false.
/// </param>
/// <param name="AllowRoundingInLinks">
/// Whether a brought-forward balance one unit in the last place away from the previous carried-forward balance is
/// classed as rounding (a warning) rather than an error. Default false: the same figure printed twice should be identical.
/// </param>
/// <param name="Tolerance">
/// A tolerance given outright in the table's display unit (£m), replacing the worked-out rule for every row and the
/// whole-period check; for a paper that states its own ("differences of up to £0.01m are due to rounding"). Default
/// null: work it out from the figures. Must not be negative.
/// </param>
public sealed record DeficitReconciliationOptions(bool CountTotalAsPart = false, bool AllowRoundingInLinks = false, decimal? Tolerance = null)
{
    /// <summary>The reference's rules.</summary>
    public static DeficitReconciliationOptions Default { get; } = new();

    /// <summary>
    /// Whether an extension of the statutory override announced but not yet enacted (June 2025, to 31 March 2028)
    /// counts as covering a year when a deficit is carried forward. Default true, as
    /// <see cref="StatutoryOverridePeriod.AppliesTo"/> and the reference do; false counts enacted periods only (CLI
    /// <c>--enacted-override-only</c>).
    /// </summary>
    public bool CountAnnouncedOverride { get; init; } = true;
}
