using NodaTime;
using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// The high needs funding rates for one financial year: the £6,000 threshold, place funding per setting, the
/// import/export rate and the HN NFF floor and cap (DSG reference, sections 4 and 5).
/// </summary>
/// <remarks>
/// <para>
/// These are data, not constants: load them per year from <see cref="FundingRates"/>. Each carries the reference's
/// confidence. Place rates are [C]; the import/export rate is [R]; floors and caps are [R] before 2025-26 and [C] for
/// 2025-26. A floor or cap is null where the reference has none.
/// </para>
/// <para>Place rates apply per place per year whether or not the place is filled. Immutable; equality is structural.</para>
/// </remarks>
/// <param name="Year">The financial year.</param>
/// <param name="HighNeedsThreshold">Elements 1 and 2 in mainstream: a pupil is high needs above this (£6,000).</param>
/// <param name="SpecialPlace">Place funding in maintained special schools, special academies and free schools, and NMSS (£10,000).</param>
/// <param name="AlternativeProvisionPlace">Place funding in AP and PRUs, pre-16 (£10,000; older pages say £8,000).</param>
/// <param name="ResourcedProvisionPlace">Place funding in resourced provision or SEN units (£6,000 plus formula funding).</param>
/// <param name="FurtherEducationPlace">Element 2 for FE and other post-16 places (£6,000).</param>
/// <param name="ImportExportPerPupil">The import/export adjustment per net pupil (£6,000 [R]).</param>
/// <param name="NffFloor">The HN NFF funding floor per head as a fraction (0.07 for 7%), or null.</param>
/// <param name="NffCap">The HN NFF gains cap per head as a fraction (0.10), or null.</param>
/// <param name="PlaceRatesConfidence">How sure the reference is of the place rates and threshold.</param>
/// <param name="ImportExportConfidence">How sure the reference is of the import/export rate.</param>
/// <param name="FloorCapConfidence">How sure the reference is of the floor and cap.</param>
public sealed record HighNeedsRates(
    FinancialYear Year,
    Money HighNeedsThreshold,
    Money SpecialPlace,
    Money AlternativeProvisionPlace,
    Money ResourcedProvisionPlace,
    Money FurtherEducationPlace,
    Money ImportExportPerPupil,
    decimal? NffFloor,
    decimal? NffCap,
    Confidence PlaceRatesConfidence,
    Confidence ImportExportConfidence,
    Confidence FloorCapConfidence)
{
    /// <summary>The place funding rate for a kind of setting (zero for independent special schools).</summary>
    /// <param name="setting">The setting.</param>
    /// <returns>The rate per place per year.</returns>
    public Money PlaceRate(SettingType setting) => setting switch
    {
        SettingType.MaintainedSpecial or SettingType.SpecialAcademyOrFree or SettingType.NonMaintainedSpecial => SpecialPlace,
        SettingType.AlternativeProvision => AlternativeProvisionPlace,
        SettingType.ResourcedProvision => ResourcedProvisionPlace,
        SettingType.FurtherEducation => FurtherEducationPlace,
        _ => Money.Zero,
    };

    /// <summary>The first day the rates apply: 1 April.</summary>
    public LocalDate Start => Year.Start;
}
