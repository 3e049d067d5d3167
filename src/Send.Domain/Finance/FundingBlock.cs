namespace Send.Domain.Finance;

/// <summary>
/// One of the four blocks of the Dedicated Schools Grant (DSG reference, section 3). Money moves between them only
/// by a <see cref="BlockTransfer"/>.
/// </summary>
/// <remarks>The default value is <see cref="Schools"/>.</remarks>
public enum FundingBlock
{
    /// <summary>The Schools Block: mainstream school budgets through the local formula. This is the default value.</summary>
    Schools = 0,

    /// <summary>The Central School Services Block (CSSB): LA central duties and historic commitments.</summary>
    CentralSchoolServices = 1,

    /// <summary>The High Needs Block (HNB): place funding, top-ups, AP, hospital education and SEN support services, ages 0 to 25.</summary>
    HighNeeds = 2,

    /// <summary>The Early Years Block (EYB): funded early years entitlements.</summary>
    EarlyYears = 3,
}
