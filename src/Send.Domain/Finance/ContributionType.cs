namespace Send.Domain.Finance;

/// <summary>Where a contribution that reduces a DSG deficit comes from (DSG reference, section 6).</summary>
/// <remarks>The default value is <see cref="SafetyValve"/>.</remarks>
public enum ContributionType
{
    /// <summary>A Safety Valve payment from the DfE against the historic deficit. This is the default value.</summary>
    SafetyValve = 0,

    /// <summary>
    /// A local contribution from the council's General Fund or reserves, which needs the Secretary of State's
    /// permission.
    /// </summary>
    LocalGeneralFund = 1,

    /// <summary>
    /// The High Needs Stability Grant set out in February 2026 for LAs holding a DSG deficit in the unusable reserve
    /// at the end of 2025-26. Counted as an "other" contribution.
    /// </summary>
    HighNeedsStabilityGrant = 2,

    /// <summary>Any other contribution. Counted as an "other" contribution.</summary>
    Other = 3,
}
