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
public sealed record DeficitReconciliationOptions(bool CountTotalAsPart = false, bool AllowRoundingInLinks = false)
{
    /// <summary>The reference's rules.</summary>
    public static DeficitReconciliationOptions Default { get; } = new();
}
