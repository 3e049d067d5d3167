using System;
using Send.Domain.Validation;

namespace Send.Domain.Kpis;

/// <summary>
/// The static metadata of one KPI: what it measures, in which unit and scale, over which kind of period, which
/// direction is good, where the data come from and how many decimals are shown.
/// </summary>
/// <remarks>
/// <para>
/// A definition holds no values, targets or comparators: those are data loaded per period. Ids are stable,
/// lower-case and hyphenated (<c>cla-rate-per-10k</c>). The built-in definitions are in <see cref="KpiCatalogue"/>;
/// councils add their own through a JSON file (docs/schemas/kpi-definitions.schema.json).
/// </para>
/// <para>Equality is by value (a record). Instances are immutable.</para>
/// </remarks>
/// <param name="Id">The stable id, for example <c>ehcp-issued-20wk-excl-exc-pct</c>.</param>
/// <param name="Title">The title shown in tables.</param>
/// <param name="Unit">The unit and scale.</param>
/// <param name="PeriodType">How periods are defined.</param>
/// <param name="Polarity">Which direction is good (overridable per report).</param>
/// <param name="Source">The statutory collection and publication, for example <c>SEN2 → Education, health and care plans</c>.</param>
/// <param name="DisplayDecimals">Decimal places shown (0–6); values are rounded half away from zero for display only.</param>
public sealed record KpiDefinition(
    string Id,
    string Title,
    KpiUnit Unit,
    KpiPeriodType PeriodType,
    Polarity Polarity,
    string Source,
    int DisplayDecimals)
{
    /// <summary>True for a local measure with no national definition ([L]); the council's own metadata is the authority.</summary>
    public bool IsLocal { get; init; }

    /// <summary>Notes: caveats, series breaks, the snapshot day.</summary>
    public string? Notes { get; init; }

    /// <summary>The matching LAIT measure code (<c>Short Desc</c>), when there is one.</summary>
    public string? LaitMeasure { get; init; }

    /// <summary>Returns a copy with another polarity (a report may present <c>cla-rate-per-10k</c> as lower-is-better).</summary>
    /// <param name="polarity">The polarity to use.</param>
    /// <returns>The copy.</returns>
    public KpiDefinition WithPolarity(Polarity polarity) => this with { Polarity = polarity };

    /// <summary>Checks a value against this definition's unit range.</summary>
    /// <param name="value">The value; values without a number always pass.</param>
    /// <param name="source">The file or input the value came from, for the problem.</param>
    /// <param name="field">The field path, for the problem.</param>
    /// <returns>A problem when the number is out of range; otherwise null.</returns>
    public DataProblem? CheckValue(KpiValue value, string source, string? field)
    {
        if (!value.TryGetNumber(out var number) || KpiUnitRanges.IsInRange(Unit, number, out var expected))
        {
            return null;
        }

        return new DataProblem(source, $"the value is out of range for '{Id}' ({Unit})")
        {
            Field = field,
            Value = value.ToString(),
            Expected = expected,
            Code = "SEND-KPI-RANGE",
        };
    }

    /// <summary>Parses a period label for this KPI (see <see cref="KpiPeriod.Parse"/>).</summary>
    /// <param name="label">The label.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The label does not fit this KPI's period type.</exception>
    public KpiPeriod ParsePeriod(string label)
    {
        try
        {
            return KpiPeriod.Parse(label, PeriodType);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"KPI '{Id}': {ex.Message}", ex);
        }
    }
}
