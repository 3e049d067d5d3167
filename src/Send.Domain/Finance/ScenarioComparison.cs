using System;
using System.Collections.Generic;
using System.Linq;
using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// Two forecasts compared year by year: a mitigated scenario against the unmitigated one, a revised plan against the
/// original agreement, a revised Safety Valve payment schedule against the original. Each year gives the difference
/// (<c>other − baseline</c>) and the cumulative difference.
/// </summary>
/// <remarks>
/// <para>
/// For a flow (<see cref="ForecastMeasure.Expenditure"/>, <see cref="ForecastMeasure.InYear"/>, payments) the
/// cumulative difference is the running sum of the yearly differences, so its last value is
/// <c>Σ other − Σ baseline</c> over the years both give. For a balance (<see cref="ForecastMeasure.CarriedForward"/>)
/// each year's difference is already cumulative and <see cref="ComparisonYear.Cumulative"/> repeats it.
/// </para>
/// <para>Differences are exact (no rounding). Immutable.</para>
/// </remarks>
public sealed class ScenarioComparison
{
    private ScenarioComparison(string baseline, string other, ForecastMeasure measure, IReadOnlyList<ComparisonYear> years)
    {
        BaselineName = baseline;
        OtherName = other;
        Measure = measure;
        Years = years;
    }

    /// <summary>The baseline's name ("Unmitigated", "Original agreement").</summary>
    public string BaselineName { get; }

    /// <summary>The compared forecast's name.</summary>
    public string OtherName { get; }

    /// <summary>What the figures are of.</summary>
    public ForecastMeasure Measure { get; }

    /// <summary>Whether the measure is a balance (already cumulative) rather than a flow.</summary>
    public bool IsBalance => Measure == ForecastMeasure.CarriedForward;

    /// <summary>Every year either gives, earliest first.</summary>
    public IReadOnlyList<ComparisonYear> Years { get; }

    /// <summary>The last cumulative difference, or null when no year is given by both.</summary>
    public Money? Total => Years.LastOrDefault(y => y.Cumulative is not null)?.Cumulative;

    /// <summary>Compares <paramref name="other"/> with <paramref name="baseline"/> year by year.</summary>
    /// <param name="baselineName">The baseline's name.</param>
    /// <param name="otherName">The other's name.</param>
    /// <param name="measure">What both give figures of.</param>
    /// <param name="baseline">The baseline's figures (a year may appear once).</param>
    /// <param name="other">The other's figures (a year may appear once).</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A year appears twice in one of the lists.</exception>
    public static ScenarioComparison Compare(string baselineName, string otherName, ForecastMeasure measure, IEnumerable<ScenarioYear> baseline, IEnumerable<ScenarioYear> other)
    {
        ArgumentNullException.ThrowIfNull(baselineName);
        ArgumentNullException.ThrowIfNull(otherName);
        var b = ToMap(baseline, baselineName);
        var o = ToMap(other, otherName);
        var years = new List<ComparisonYear>();
        Money? cumulative = null;
        foreach (var year in b.Keys.Union(o.Keys).OrderBy(y => y))
        {
            Money? bv = b.TryGetValue(year, out var x) ? x : null;
            Money? ov = o.TryGetValue(year, out var z) ? z : null;
            Money? difference = bv is Money bb && ov is Money oo ? oo - bb : null;
            if (difference is Money d)
            {
                cumulative = measure == ForecastMeasure.CarriedForward ? d : (cumulative ?? Money.Zero) + d;
            }

            years.Add(new ComparisonYear(year, bv, ov, difference, cumulative));
        }

        return new ScenarioComparison(baselineName, otherName, measure, years);
    }

    private static Dictionary<FinancialYear, Money> ToMap(IEnumerable<ScenarioYear> years, string name)
    {
        ArgumentNullException.ThrowIfNull(years);
        var map = new Dictionary<FinancialYear, Money>();
        foreach (var y in years)
        {
            if (!map.TryAdd(y.Year, y.Amount))
            {
                throw new ArgumentException($"{name}: {y.Year} is given twice.", nameof(years));
            }
        }

        return map;
    }
}
