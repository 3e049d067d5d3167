using System;
using System.Collections.Generic;
using System.Linq;
using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// A forecast line over several years, unmitigated (current trends continue) or mitigated (after planned savings)
/// (DSG reference, sections 2 and 9).
/// </summary>
/// <remarks>
/// <see cref="Mitigate"/> gives <c>Mitigated(y) = Unmitigated(y) − Σ WorkstreamSavings(y)</c>. Years must be
/// consecutive. Immutable.
/// </remarks>
public sealed class ForecastScenario
{
    /// <summary>Creates a scenario.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="kind">Unmitigated or mitigated.</param>
    /// <param name="years">Consecutive years in order.</param>
    /// <exception cref="ArgumentException">The years are not consecutive.</exception>
    public ForecastScenario(string name, ScenarioKind kind, IEnumerable<ScenarioYear> years)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(years);
        Years = years.ToArray();
        for (var i = 1; i < Years.Count; i++)
        {
            if (Years[i].Year != Years[i - 1].Year.Next)
            {
                throw new ArgumentException($"{name}: {Years[i].Year} follows {Years[i - 1].Year}; expected {Years[i - 1].Year.Next}.", nameof(years));
            }
        }

        Name = name;
        Kind = kind;
    }

    /// <summary>The scenario's name.</summary>
    public string Name { get; }

    /// <summary>Unmitigated or mitigated.</summary>
    public ScenarioKind Kind { get; }

    /// <summary>The years in order.</summary>
    public IReadOnlyList<ScenarioYear> Years { get; }

    /// <summary>Which end of a range the scenario is (mitigated low or high); <see cref="ScenarioBound.Central"/> by default.</summary>
    public ScenarioBound Bound { get; init; }

    /// <summary>What the figures are of; <see cref="ForecastMeasure.Expenditure"/> by default.</summary>
    public ForecastMeasure Measure { get; init; }

    /// <summary>The amounts added up over every year.</summary>
    public Money Total => Money.Sum(Years.Select(y => y.Amount));

    /// <summary>The amount for a year, or null when the scenario does not include it.</summary>
    /// <param name="year">The financial year.</param>
    /// <returns>The amount or null.</returns>
    public Money? AmountIn(FinancialYear year) => Years.FirstOrDefault(y => y.Year == year)?.Amount;

    /// <summary>The mitigated scenario: each year's amount less that year's workstream savings.</summary>
    /// <param name="name">The new scenario's name.</param>
    /// <param name="savings">The savings; those for years outside the scenario are ignored.</param>
    /// <returns>The mitigated scenario.</returns>
    public ForecastScenario Mitigate(string name, IEnumerable<WorkstreamSaving> savings)
    {
        ArgumentNullException.ThrowIfNull(savings);
        var list = savings.ToArray();
        return new ForecastScenario(
            name,
            ScenarioKind.Mitigated,
            Years.Select(y => new ScenarioYear(y.Year, y.Amount - Money.Sum(list.Where(s => s.Year == y.Year).Select(s => s.Amount)))));
    }
}
