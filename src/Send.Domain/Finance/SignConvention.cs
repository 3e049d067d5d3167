namespace Send.Domain.Finance;

/// <summary>
/// How a published table shows a deficit. Sign conventions vary between councils, so every imported table stores
/// its own (DSG reference, section 11).
/// </summary>
/// <remarks>The default value is <see cref="DeficitPositive"/>, Send's internal convention.</remarks>
public enum SignConvention
{
    /// <summary>A deficit is a positive number (Wiltshire). This is the default value.</summary>
    DeficitPositive = 0,

    /// <summary>A deficit is a negative number.</summary>
    DeficitNegative = 1,
}
