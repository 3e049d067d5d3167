using System.Collections.Generic;
using Send.Domain.Kpis;
using Send.Domain.Validation;

namespace Send.Benchmarks.Reporting.TypedStrategicUpdate;

/// <summary>
/// One row of the KPI table: the measure, period, the council's value and its statistical neighbours, region and
/// England values, with the KPI engine's verdict against each (<see cref="KpiComparison.Judge"/>).
/// </summary>
/// <remarks>
/// The polarity and display precision come from the built-in KPI catalogue (<see cref="KpiCatalogue.BuiltIn"/>) by
/// <see cref="Id"/>; <see cref="Polarity"/> overrides the catalogue's polarity for this report (kpis.md: "make polarity
/// overridable per report"). "The same" is judged at the catalogue's display precision.
/// </remarks>
public sealed class KpiRow
{
    /// <summary>Gets the KPI id from the catalogue (kpis.md §2), for example "cla-rate-per-10k".</summary>
    public required string Id { get; init; }

    /// <summary>Gets the measure as the table prints it.</summary>
    public required string Measure { get; init; }

    /// <summary>Gets the period label as the paper prints it, for example "22/23".</summary>
    public required string Period { get; init; }

    /// <summary>Gets a per-report polarity override; null to use the catalogue's.</summary>
    public Polarity? Polarity { get; init; }

    /// <summary>Gets the council's value.</summary>
    public required decimal Value { get; init; }

    /// <summary>Gets the statistical neighbours' average; null when not published.</summary>
    public decimal? Comparators { get; init; }

    /// <summary>Gets the region's value; null when not published.</summary>
    public decimal? Region { get; init; }

    /// <summary>Gets England's value; null when not published.</summary>
    public decimal? England { get; init; }

    /// <summary>Gets the row's own display precision where the source prints the measure otherwise (0 to 6), or null for the catalogue's.</summary>
    public int? Decimals { get; init; }

    /// <summary>Gets the polarity used (the override, or the catalogue's).</summary>
    public Polarity EffectivePolarity { get; private set; }

    /// <summary>Gets the verdict against the statistical neighbours.</summary>
    public Verdict VersusComparators { get; private set; }

    /// <summary>Gets the verdict against the region.</summary>
    public Verdict VersusRegion { get; private set; }

    /// <summary>Gets the verdict against England.</summary>
    public Verdict VersusEngland { get; private set; }

    /// <summary>Gets the decimal places the catalogue displays this KPI with.</summary>
    public int DisplayDecimals { get; private set; }

    internal IEnumerable<DataProblem> Prepare(string source, string field)
    {
        if (!KpiCatalogue.BuiltIn.TryGet(Id, out var definition))
        {
            yield return new DataProblem(source, "unknown KPI id")
            {
                Field = field + ".id",
                Value = Id,
                Expected = "an id from the KPI catalogue (docs: kpis.md section 2), such as ks4-attainment8-avg",
                Code = "SEND-KPI-ID",
            };
            yield break;
        }

        EffectivePolarity = Polarity ?? definition.Polarity;
        DisplayDecimals = Decimals ?? definition.DisplayDecimals;
        VersusComparators = Judge(Comparators);
        VersusRegion = Judge(Region);
        VersusEngland = Judge(England);
    }

    private Verdict Judge(decimal? benchmark) =>
        KpiComparison.Judge(KpiValue.Of(Value), benchmark is decimal b ? KpiValue.Of(b) : KpiValue.NotAvailable, EffectivePolarity, DisplayDecimals);
}
