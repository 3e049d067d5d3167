using System;
using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// <c>CumulativeDeficitNotExceeding(fy, £)</c>: the cumulative deficit at the end of <see cref="Year"/>, measured on
/// <see cref="Basis"/>, is no more than <see cref="Ceiling"/>.
/// </summary>
/// <remarks>
/// <para>
/// Agreements often state the ceiling rounded ("not exceeding £84.5m in 2024/25, excluding Safety Valve payments"),
/// while monitoring reports measure the overspend against the plan's own figure. Give that figure as
/// <see cref="PlanFigure"/> to get both variances. For Wiltshire the forecast excluding Safety Valve payments is
/// 94.683 (35.214 + 20.292 + 39.177), the reported overspend against plan is £10.156m, so the plan figure is 84.527
/// [D], which rounds to the stated £84.5m.
/// </para>
/// <para>Immutable.</para>
/// </remarks>
/// <param name="Id">The condition's number.</param>
/// <param name="Text">Its wording.</param>
/// <param name="Year">The year.</param>
/// <param name="Ceiling">The ceiling as stated in the agreement.</param>
/// <param name="Basis">What the ceiling is measured on.</param>
public sealed record CumulativeDeficitCeiling(string Id, string Text, FinancialYear Year, Money Ceiling, CeilingBasis Basis) : SafetyValveCondition(Id, Text)
{
    /// <summary>The plan's unrounded figure for the same measure, or null when not known.</summary>
    public Money? PlanFigure { get; init; }

    /// <summary>The forecast measure this ceiling applies to.</summary>
    /// <param name="forecast">The forecast account; must include <see cref="Year"/>.</param>
    /// <returns>The cumulative deficit on <see cref="Basis"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The forecast does not include <see cref="Year"/>.</exception>
    public Money Measure(DsgAccount forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        return Basis switch
        {
            CeilingBasis.ExcludingSafetyValvePayments => forecast.CumulativeExcludingSafetyValve(Year),
            CeilingBasis.BeforeAllContributions => forecast.CumulativeBeforeContributions(Year),
            _ => forecast[Year].CarriedForward,
        };
    }

    /// <inheritdoc/>
    public override ConditionAssessment Assess(DsgAccount forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        if (!forecast.Contains(Year))
        {
            return new ConditionAssessment(this, ConditionOutcome.NotAssessable, null, null, $"the forecast does not include {Year}");
        }

        var measure = Measure(forecast);
        var variance = new PlanVariance(measure, Ceiling);
        var toPlan = PlanFigure is Money plan ? new PlanVariance(measure, plan) : null;
        var format = MoneyFormat.Millions(3);
        var text = $"{Year} cumulative deficit {Describe(Basis)} {measure.ToString(format)} against a ceiling of {Ceiling.ToString(MoneyFormat.Millions(1))}: "
            + $"{variance.Variance.Abs().ToString(format)} {(variance.IsAdverse ? "over" : "under")}"
            + (toPlan is null ? string.Empty : $"; {toPlan.Variance.Abs().ToString(format)} {(toPlan.IsAdverse ? "over" : "under")} the plan figure {toPlan.Plan.ToString(format)}");
        return new ConditionAssessment(this, variance.IsAdverse ? ConditionOutcome.Breached : ConditionOutcome.Met, variance, toPlan, text);
    }

    private static string Describe(CeilingBasis basis) => basis switch
    {
        CeilingBasis.ExcludingSafetyValvePayments => "excluding Safety Valve payments",
        CeilingBasis.BeforeAllContributions => "before contributions",
        _ => "after contributions",
    };
}
