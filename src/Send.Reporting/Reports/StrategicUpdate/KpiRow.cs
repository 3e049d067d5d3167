using System.Collections.Generic;
using Send.Domain.Validation;

namespace Send.Reporting.Reports.StrategicUpdate;

/// <summary>Which direction is better for a KPI (kpis.md §1).</summary>
public enum KpiPolarity
{
    /// <summary>No direction is better (a contextual or demand measure); such KPIs get no verdict.</summary>
    NoPolarity = 0,

    /// <summary>Higher values are better.</summary>
    HigherIsBetter = 1,

    /// <summary>Lower values are better.</summary>
    LowerIsBetter = 2,
}

/// <summary>How the council's value compares with a benchmark, given the KPI's polarity.</summary>
public enum KpiVerdict
{
    /// <summary>No verdict: no polarity or no benchmark value.</summary>
    NoRating = 0,

    /// <summary>Better than the benchmark.</summary>
    Better = 1,

    /// <summary>Equal to the benchmark at published precision.</summary>
    Same = 2,

    /// <summary>Worse than the benchmark.</summary>
    Worse = 3,
}

/// <summary>
/// One row of the KPI table: the measure, period, the council's value and its statistical neighbours, region and
/// England values, with the verdict against each computed from the polarity.
/// </summary>
/// <remarks>Values are decimals at published precision; comparisons are made at that precision (equal counts as the same).</remarks>
public sealed class KpiRow
{
    /// <summary>Gets the KPI id from the catalogue (kpis.md §2), for example "cla-rate-per-10k".</summary>
    public required string Id { get; init; }

    /// <summary>Gets the measure as the table prints it.</summary>
    public required string Measure { get; init; }

    /// <summary>Gets the period label as the paper prints it, for example "22/23".</summary>
    public required string Period { get; init; }

    /// <summary>Gets the polarity; when omitted, the catalogue's polarity for <see cref="Id"/>.</summary>
    public KpiPolarity? Polarity { get; init; }

    /// <summary>Gets the council's value.</summary>
    public required decimal Value { get; init; }

    /// <summary>Gets the statistical neighbours' average; null when not published.</summary>
    public decimal? Comparators { get; init; }

    /// <summary>Gets the region's value; null when not published.</summary>
    public decimal? Region { get; init; }

    /// <summary>Gets England's value; null when not published.</summary>
    public decimal? England { get; init; }

    /// <summary>Gets the polarity used (given, or from the catalogue).</summary>
    public KpiPolarity EffectivePolarity { get; private set; }

    /// <summary>Gets the verdict against the statistical neighbours.</summary>
    public KpiVerdict VersusComparators { get; private set; }

    /// <summary>Gets the verdict against the region.</summary>
    public KpiVerdict VersusRegion { get; private set; }

    /// <summary>Gets the verdict against England.</summary>
    public KpiVerdict VersusEngland { get; private set; }

    internal IEnumerable<DataProblem> Prepare(string source, string field)
    {
        var polarity = Polarity ?? KpiCatalogue.PolarityOf(Id);
        if (polarity is null)
        {
            yield return new DataProblem(source, "unknown KPI id and no polarity given")
            {
                Field = field + ".id",
                Value = Id,
                Expected = "a catalogue id (" + string.Join(", ", KpiCatalogue.Ids) + ") or a 'polarity'",
                Code = "SEND-KPI-ID",
            };
            yield break;
        }

        EffectivePolarity = polarity.Value;
        VersusComparators = Compare(Comparators);
        VersusRegion = Compare(Region);
        VersusEngland = Compare(England);
    }

    private KpiVerdict Compare(decimal? benchmark)
    {
        if (benchmark is not decimal b || EffectivePolarity == KpiPolarity.NoPolarity)
        {
            return KpiVerdict.NoRating;
        }

        if (Value == b)
        {
            return KpiVerdict.Same;
        }

        var higher = Value > b;
        return higher == (EffectivePolarity == KpiPolarity.HigherIsBetter) ? KpiVerdict.Better : KpiVerdict.Worse;
    }
}
