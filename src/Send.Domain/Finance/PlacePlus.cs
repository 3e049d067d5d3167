using System;

namespace Send.Domain.Finance;

/// <summary>
/// The "place-plus" arithmetic by which high needs money reaches institutions: Element 3 top-ups above the £6,000
/// threshold, place funding, and the import/export adjustment (DSG reference, sections 4 and 10, items 8 and 9).
/// </summary>
/// <remarks>
/// Rates come from <see cref="HighNeedsRates"/> for the year, never from constants. Results are unrounded; rates are
/// whole pounds so results for whole places and pupils are too.
/// </remarks>
public static class PlacePlus
{
    /// <summary>
    /// The Element 3 top-up for a mainstream pupil: <c>max(0, AssessedAdditionalCost − threshold)</c>. The school funds
    /// the first £6,000 (Element 2) from its notional SEN budget. £14,500 gives £8,500.
    /// </summary>
    /// <param name="assessedAdditionalCost">The pupil's additional support cost per year.</param>
    /// <param name="rates">The year's rates.</param>
    /// <returns>The top-up per year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    public static Money MainstreamTopUp(Money assessedAdditionalCost, HighNeedsRates rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return Money.Max(Money.Zero, assessedAdditionalCost - rates.HighNeedsThreshold);
    }

    /// <summary>Whether a pupil counts as high needs: additional support costs more than the threshold.</summary>
    /// <param name="assessedAdditionalCost">The pupil's additional support cost per year.</param>
    /// <param name="rates">The year's rates.</param>
    /// <returns>Whether the cost exceeds the threshold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    public static bool IsHighNeeds(Money assessedAdditionalCost, HighNeedsRates rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return assessedAdditionalCost > rates.HighNeedsThreshold;
    }

    /// <summary>Place funding for a number of places: <c>places × rate</c>. 120 special places give £1,200,000.</summary>
    /// <param name="places">The funded places; not negative.</param>
    /// <param name="setting">The kind of setting.</param>
    /// <param name="rates">The year's rates.</param>
    /// <returns>The place funding per year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="places"/> is negative.</exception>
    public static Money PlaceFunding(int places, SettingType setting, HighNeedsRates rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        if (places < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(places), places, "The number of places cannot be negative.");
        }

        return rates.PlaceRate(setting) * places;
    }

    /// <summary>
    /// The cost to the High Needs Block of a pupil in a special setting: the place (if this LA's HNB funds it) plus the
    /// top-up.
    /// </summary>
    /// <param name="topUp">The Element 3 top-up.</param>
    /// <param name="placeFundedByThisLa">Whether this LA's HNB funds the place.</param>
    /// <param name="setting">The kind of setting.</param>
    /// <param name="rates">The year's rates.</param>
    /// <returns>The cost per year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    public static Money SpecialPlacementCost(Money topUp, bool placeFundedByThisLa, SettingType setting, HighNeedsRates rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return (placeFundedByThisLa ? rates.PlaceRate(setting) : Money.Zero) + topUp;
    }

    /// <summary>The import/export adjustment: <c>(Imported − Exported) × rate</c> (£6,000 per net pupil [R]).</summary>
    /// <param name="imported">Pupils resident elsewhere in this LA's places; not negative.</param>
    /// <param name="exported">This LA's residents in other LAs' places; not negative.</param>
    /// <param name="rates">The year's rates.</param>
    /// <returns>The adjustment; negative for a net exporter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static Money ImportExportAdjustment(int imported, int exported, HighNeedsRates rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        if (imported < 0 || exported < 0)
        {
            throw new ArgumentOutOfRangeException(imported < 0 ? nameof(imported) : nameof(exported), "Pupil counts cannot be negative.");
        }

        return rates.ImportExportPerPupil * (imported - exported);
    }
}
