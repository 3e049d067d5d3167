using System;

namespace Send.Domain.Finance;

/// <summary>
/// A contribution that reduces a DSG deficit in one year: a Safety Valve payment, a General Fund contribution, the
/// High Needs Stability Grant or another source.
/// </summary>
/// <remarks>
/// The amount is entered as a positive number of pounds that reduces the deficit, whatever sign a paper prints it
/// with (DSG reference, section 6: "contributions are entered as positive amounts and shown with a minus sign or in
/// brackets"). A negative amount is allowed and means a clawback. Equality is structural.
/// </remarks>
/// <param name="Type">Where the money comes from.</param>
/// <param name="Amount">The amount that reduces the deficit.</param>
/// <param name="Description">A note such as "earmarked reserve", or null.</param>
public sealed record DsgContribution(ContributionType Type, Money Amount, string? Description = null)
{
    /// <summary>Whether this contribution counts in the "other" column (anything but Safety Valve and General Fund).</summary>
    public bool IsOther => Type is ContributionType.HighNeedsStabilityGrant or ContributionType.Other;

    /// <summary>A Safety Valve contribution.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The contribution.</returns>
    public static DsgContribution SafetyValve(Money amount) => new(ContributionType.SafetyValve, amount);

    /// <summary>A General Fund (local) contribution.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The contribution.</returns>
    public static DsgContribution Local(Money amount) => new(ContributionType.LocalGeneralFund, amount);

    /// <summary>Checks the type is defined.</summary>
    /// <returns>This contribution.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The type is not a defined value.</exception>
    internal DsgContribution Validated() =>
        Enum.IsDefined(Type) ? this : throw new ArgumentOutOfRangeException(nameof(Type), Type, "Unknown contribution type.");
}
