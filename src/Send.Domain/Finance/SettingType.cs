namespace Send.Domain.Finance;

/// <summary>A kind of setting, for the place funding rate that applies to it (DSG reference, section 4).</summary>
/// <remarks>The default value is <see cref="MaintainedSpecial"/>.</remarks>
public enum SettingType
{
    /// <summary>Maintained special school (place rate covers Elements 1 and 2). This is the default value.</summary>
    MaintainedSpecial = 0,

    /// <summary>Special academy or special free school.</summary>
    SpecialAcademyOrFree = 1,

    /// <summary>Non-maintained special school (NMSS).</summary>
    NonMaintainedSpecial = 2,

    /// <summary>Alternative provision or pupil referral unit, pre-16.</summary>
    AlternativeProvision = 3,

    /// <summary>Resourced provision or SEN unit in a mainstream school (plus the pupil's formula funding).</summary>
    ResourcedProvision = 4,

    /// <summary>FE or sixth form college, or other post-16 high needs place (Element 2, plus 16 to 19 Element 1).</summary>
    FurtherEducation = 5,

    /// <summary>Independent special school: no place funding; the full fee falls to the commissioning LA.</summary>
    IndependentSpecial = 6,
}
