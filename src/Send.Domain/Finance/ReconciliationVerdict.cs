namespace Send.Domain.Finance;

/// <summary>Whether a published figure follows from the figures printed beside it.</summary>
/// <remarks>The default value is <see cref="Exact"/>. Values are ordered by severity.</remarks>
public enum ReconciliationVerdict
{
    /// <summary>The displayed parts add up to the displayed total exactly. This is the default value.</summary>
    Exact = 0,

    /// <summary>
    /// The gap is within the tolerance rule for figures each rounded on their own (DSG reference, section 11):
    /// reported, never corrected.
    /// </summary>
    Rounding = 1,

    /// <summary>The gap is larger than rounding can explain.</summary>
    Error = 2,
}
