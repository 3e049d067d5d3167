using System.Collections.Generic;
using Send.Domain.Kpis;

namespace Send.Data.Kpis.Sources;

/// <summary>One neighbour's value in a <see cref="LaitBenchmarkResult"/>.</summary>
/// <param name="Number">The neighbour's LA number.</param>
/// <param name="Name">The neighbour's name (or its number when the long file does not have it).</param>
/// <param name="Proximity">The proximity label, when the set gives one.</param>
/// <param name="Value">Its value for the year, as stored.</param>
public sealed record NeighbourValue(string Number, string Name, string? Proximity, KpiValue Value);

/// <summary>
/// One council benchmarked on one LAIT measure for one year, as LAIT's local authority page shows it: the value, the
/// statistical-neighbour average with the count used, the region, England, the rank and quartile band among all
/// councils, and the change from the previous year.
/// </summary>
/// <remarks>
/// Numbers are stored at published precision (noise removed). <see cref="Display"/> rounds to
/// <see cref="Decimals"/> half away from zero, which is how LAIT shows them. Verdicts compare at display precision.
/// </remarks>
/// <param name="MeasureCode">The measure code.</param>
/// <param name="MeasureTitle">The measure title (from the dictionary, else the long file's data item, else the code).</param>
/// <param name="Polarity">The measure's polarity.</param>
/// <param name="Decimals">Display decimals.</param>
/// <param name="Year">The year label.</param>
/// <param name="Council">The council.</param>
/// <param name="Value">The council's value.</param>
/// <param name="NeighbourSet">The neighbour set used (name and version).</param>
/// <param name="Neighbours">The neighbours' values, in neighbour order.</param>
/// <param name="NeighbourAverage">The neighbour average with the count used.</param>
/// <param name="RegionName">The region's name, or null.</param>
/// <param name="Region">The region's published value.</param>
/// <param name="England">England's published value.</param>
/// <param name="Rank">Rank among all councils with a value (1 best), or null when unranked.</param>
/// <param name="RankedCount">How many councils had a value.</param>
/// <param name="Band">Quartile band, or null (no polarity, No_Quartile, or no value).</param>
/// <param name="CutPoints">Quartile cut points over all councils' values, or null.</param>
/// <param name="PreviousYear">The previous year's label, or null.</param>
/// <param name="Travel">Change since the previous year, or null when there is no previous year.</param>
/// <param name="Comparisons">Verdicts against the neighbour average, the region and England.</param>
public sealed record LaitBenchmarkResult(
    string MeasureCode,
    string MeasureTitle,
    Polarity Polarity,
    int Decimals,
    string Year,
    LaitGeography Council,
    KpiValue Value,
    string NeighbourSet,
    IReadOnlyList<NeighbourValue> Neighbours,
    NeighbourAverage NeighbourAverage,
    string? RegionName,
    KpiValue Region,
    KpiValue England,
    int? Rank,
    int RankedCount,
    QuartileBand? Band,
    QuartileCutPoints? CutPoints,
    string? PreviousYear,
    DirectionOfTravel? Travel,
    IReadOnlyList<KpiComparison> Comparisons)
{
    /// <summary>A value rounded for display as LAIT shows it.</summary>
    /// <param name="value">A value of this result.</param>
    /// <returns>The display text.</returns>
    public string Display(KpiValue value) => value.ToDisplayString(Decimals);

    /// <summary>
    /// How the council compares with each neighbour that has a number, at display precision: how many it is better
    /// than, the same as and worse than. For a measure without polarity, higher counts as "better" only in the sense
    /// of higher; use <see cref="Reading"/> for words.
    /// </summary>
    /// <returns>The counts; all zero when the council has no number.</returns>
    public (int Better, int Same, int Worse) AgainstNeighbours()
    {
        int better = 0, same = 0, worse = 0;
        var polarity = Polarity is Polarity.HigherIsBetter or Polarity.LowerIsBetter ? Polarity : Polarity.HigherIsBetter;
        foreach (var n in Neighbours)
        {
            switch (KpiComparison.Judge(Value, n.Value, polarity, Decimals))
            {
                case Verdict.Better:
                    better++;
                    break;
                case Verdict.Same:
                    same++;
                    break;
                case Verdict.Worse:
                    worse++;
                    break;
            }
        }

        return (better, same, worse);
    }

    /// <summary>
    /// One plain-English line about the latest year, for example <c>Better than 8 of 10 neighbours; rank 12 of 150
    /// (quartile band A).</c> A measure without polarity is described as higher or lower than its neighbours; a
    /// council without a number says so.
    /// </summary>
    /// <returns>The sentence.</returns>
    public string Reading()
    {
        if (!Value.HasNumber)
        {
            return $"No figure for {Council.Name} in {Year} ({Display(Value)}).";
        }

        var (better, same, worse) = AgainstNeighbours();
        var compared = better + same + worse;
        var judged = Polarity is Polarity.HigherIsBetter or Polarity.LowerIsBetter;
        var neighbours = compared == 0 ? "No neighbour has a figure"
            : judged ? $"Better than {better} of {compared} neighbours" + (same > 0 ? $", the same as {same}" : string.Empty)
            : $"Higher than {better} of {compared} neighbours" + (same > 0 ? $", the same as {same}" : string.Empty);
        var rank = Rank is int r ? $"; rank {r.ToString(System.Globalization.CultureInfo.InvariantCulture)} of {RankedCount.ToString(System.Globalization.CultureInfo.InvariantCulture)}" + (Band is QuartileBand b ? $" (quartile band {b})" : string.Empty) : string.Empty;
        return neighbours + rank + ".";
    }
}
