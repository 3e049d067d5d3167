namespace Send.Domain.Finance;

/// <summary>
/// The seven placement categories of the DfE DSG management plan's children and young people tables (DSG
/// reference, section 7).
/// </summary>
/// <remarks>The default value is <see cref="Mainstream"/>.</remarks>
public enum PlacementCategory
{
    /// <summary>Mainstream schools or academies. This is the default value.</summary>
    Mainstream = 0,

    /// <summary>Resourced provision or SEN units.</summary>
    ResourcedProvision = 1,

    /// <summary>Maintained special schools or special academies.</summary>
    MaintainedSpecial = 2,

    /// <summary>Non-maintained or independent special schools.</summary>
    IndependentOrNonMaintainedSpecial = 3,

    /// <summary>Hospital schools or alternative provision.</summary>
    HospitalOrAlternativeProvision = 4,

    /// <summary>Post-16 and further education.</summary>
    PostSixteenAndFurtherEducation = 5,

    /// <summary>Other placements or direct payments.</summary>
    OtherOrDirectPayments = 6,
}
