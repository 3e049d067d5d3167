using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// One version of a deficit plan, year by year: the plan as first agreed (a Safety Valve agreement's trajectory) or a
/// revised one (Wiltshire, autumn 2024: "the residual deficit at the end of the plan will increase by £34.5m compared
/// with the agreed Safety Valve plan").
/// </summary>
/// <remarks>
/// Versions are compared year by year with <see cref="ScenarioComparison"/>. Figures follow the owning table's sign
/// convention. A version may be the table itself (<see cref="FromTable"/>): its years are then the table's printed
/// figures for <see cref="Measure"/>. Immutable.
/// </remarks>
public sealed class PlanVersion
{
    /// <summary>Creates a version.</summary>
    /// <param name="name">Its name as the paper gives it.</param>
    /// <param name="role">Original or revised.</param>
    /// <param name="measure">What the figures are of.</param>
    /// <param name="years">The figures, one per year, earliest first and each year once.</param>
    /// <param name="date">The date it was agreed or made, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="years"/> is null.</exception>
    /// <exception cref="ArgumentException">A year is repeated or out of order.</exception>
    public PlanVersion(string name, PlanVersionRole role, ForecastMeasure measure, IEnumerable<ScenarioYear> years, LocalDate? date = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(years);
        Years = years.ToArray();
        for (var i = 1; i < Years.Count; i++)
        {
            if (Years[i].Year <= Years[i - 1].Year)
            {
                throw new ArgumentException($"{name}: {Years[i].Year} follows {Years[i - 1].Year}; expected the years in order, each once.", nameof(years));
            }
        }

        Name = name;
        Role = role;
        Measure = measure;
        Date = date;
    }

    /// <summary>The version's name.</summary>
    public string Name { get; }

    /// <summary>Original or revised.</summary>
    public PlanVersionRole Role { get; }

    /// <summary>What the figures are of.</summary>
    public ForecastMeasure Measure { get; }

    /// <summary>The date agreed or made, or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>The figures, earliest first.</summary>
    public IReadOnlyList<ScenarioYear> Years { get; }

    /// <summary>Whether the figures are the owning table's own printed figures. False by default.</summary>
    public bool FromTable { get; init; }

    /// <summary>The figure for a year, or null when the version does not give one.</summary>
    /// <param name="year">The financial year.</param>
    /// <returns>The figure or null.</returns>
    public Money? AmountIn(FinancialYear year) => Years.FirstOrDefault(y => y.Year == year)?.Amount;
}
