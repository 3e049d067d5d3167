namespace Send.Domain.Finance;

/// <summary>How a published table prints contributions that reduce the deficit.</summary>
/// <remarks>The default value is <see cref="Signed"/>.</remarks>
public enum ContributionPresentation
{
    /// <summary>
    /// With the sign that, added to the row, gives the carried-forward balance: in a deficit-positive table a
    /// contribution prints as <c>-26.800</c> (Wiltshire). This is the default value.
    /// </summary>
    Signed = 0,

    /// <summary>As a positive amount to be subtracted from the deficit.</summary>
    Unsigned = 1,
}
