namespace Send.Domain.Finance;

/// <summary>
/// Whether the DSG statutory override (regulation 30L; <see cref="StatutoryOverridePeriod"/>) covers a financial year:
/// whether a deficit at its end is held in the unusable reserve rather than charged to the General Fund.
/// </summary>
/// <remarks>The default value is <see cref="Covered"/>.</remarks>
public enum StatutoryOverrideStatus
{
    /// <summary>An enacted period covers the year (SI 2020/1212, SI 2022/1328: to 31 March 2026). This is the default value.</summary>
    Covered = 0,

    /// <summary>Only an announced extension not yet made law covers the year (June 2025: to 31 March 2028).</summary>
    Announced = 1,

    /// <summary>No known period covers the year.</summary>
    NotCovered = 2,
}
