using System;
using System.Collections.Generic;
using System.Linq;
using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// A high needs cost model: caseload by placement category times average cost in a base year, projected forward at
/// a growth rate, with workstream savings for the mitigated scenario and any DBV-style bounds
/// (DSG reference, sections 7, 9 and 10).
/// </summary>
/// <remarks>
/// <para>
/// <c>Unmitigated(base + k) = Σ lines Cost × (1 + g_line)^k</c>, where <c>g_line</c> is the line's own rate or the
/// model's. <c>Mitigated(y) = Unmitigated(y) − Σ savings(y)</c>. Amounts are unrounded; round for display only.
/// The projection is the reference's naive trend, not a forecast of policy effects.
/// </para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class HighNeedsCostModel
{
    /// <summary>Creates a model.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="baseYear">The year the caseload and costs are for.</param>
    /// <param name="lines">The caseload lines.</param>
    /// <param name="growth">The yearly growth rate for lines without their own.</param>
    /// <param name="horizonYears">How many years to project after the base year; 0 to 50.</param>
    /// <param name="savings">Workstream savings for the mitigated scenario, or null.</param>
    /// <param name="ranges">Lower and upper bounds to show beside the projection, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="lines"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizonYears"/> is outside 0 to 50.</exception>
    public HighNeedsCostModel(
        string name,
        FinancialYear baseYear,
        IEnumerable<PlacementLine> lines,
        GrowthRate growth,
        int horizonYears,
        IEnumerable<WorkstreamSaving>? savings = null,
        IEnumerable<ScenarioRange>? ranges = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(lines);
        if (horizonYears is < 0 or > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(horizonYears), horizonYears, "A projection runs 0 to 50 years ahead.");
        }

        Name = name;
        BaseYear = baseYear;
        Lines = lines.ToArray();
        Growth = growth;
        HorizonYears = horizonYears;
        Savings = (savings ?? Array.Empty<WorkstreamSaving>()).ToArray();
        Ranges = (ranges ?? Array.Empty<ScenarioRange>()).ToArray();
    }

    /// <summary>The model's name.</summary>
    public string Name { get; }

    /// <summary>The base year.</summary>
    public FinancialYear BaseYear { get; }

    /// <summary>The caseload lines.</summary>
    public IReadOnlyList<PlacementLine> Lines { get; }

    /// <summary>The growth rate for lines without their own.</summary>
    public GrowthRate Growth { get; }

    /// <summary>How many years are projected after the base year.</summary>
    public int HorizonYears { get; }

    /// <summary>The workstream savings.</summary>
    public IReadOnlyList<WorkstreamSaving> Savings { get; }

    /// <summary>Bounds to show beside the projection.</summary>
    public IReadOnlyList<ScenarioRange> Ranges { get; }

    /// <summary>The caseload in the base year.</summary>
    public int BaseCaseload => Lines.Sum(l => l.Count);

    /// <summary>The cost in the base year: the lines' costs added up.</summary>
    public Money BaseCost => Money.Sum(Lines.Select(l => l.Cost));

    /// <summary>The cost per EHCP implied by the base year's lines, or zero with no caseload.</summary>
    public Money AverageCost => BaseCaseload == 0 ? Money.Zero : BaseCost / BaseCaseload;

    /// <summary>The unmitigated projection from the base year to the horizon.</summary>
    /// <returns>The scenario.</returns>
    public ForecastScenario Unmitigated()
    {
        var years = new List<ScenarioYear>();
        var year = BaseYear;
        for (var k = 0; k <= HorizonYears; k++)
        {
            var offset = k;
            years.Add(new ScenarioYear(year, Money.Sum(Lines.Select(l => (l.Growth ?? Growth).Project(l.Cost, offset)))));
            year = year.Next;
        }

        return new ForecastScenario(Name + " (unmitigated)", ScenarioKind.Unmitigated, years);
    }

    /// <summary>The mitigated projection: the unmitigated one less each year's savings.</summary>
    /// <returns>The scenario.</returns>
    public ForecastScenario Mitigated() => Unmitigated().Mitigate(Name + " (mitigated)", Savings);
}
