using System;
using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// <c>InYearDeficitNotExceeding(fy, £)</c>: the in-year deficit in <see cref="Year"/> is no more than
/// <see cref="Limit"/> (Devon 2024-25: £31.2m, DSG reference, section 12.2).
/// </summary>
/// <remarks>Immutable.</remarks>
/// <param name="Id">The condition's number.</param>
/// <param name="Text">Its wording.</param>
/// <param name="Year">The year.</param>
/// <param name="Limit">The largest in-year deficit allowed.</param>
public sealed record InYearDeficitLimit(string Id, string Text, FinancialYear Year, Money Limit) : SafetyValveCondition(Id, Text)
{
    /// <summary>Compares a single forecast figure for <see cref="Year"/> with the limit.</summary>
    /// <param name="forecastInYear">The forecast in-year deficit.</param>
    /// <returns>The assessment.</returns>
    public ConditionAssessment Assess(Money forecastInYear)
    {
        var variance = new PlanVariance(forecastInYear, Limit);
        var outcome = variance.IsAdverse ? ConditionOutcome.Breached : ConditionOutcome.Met;
        var text = $"{Year} in-year deficit {forecastInYear.ToString(MoneyFormat.Millions(1))} against a limit of {Limit.ToString(MoneyFormat.Millions(1))}: "
            + $"{variance.Variance.Abs().ToString(MoneyFormat.Millions(1))} {(variance.IsAdverse ? "adverse" : "favourable")}"
            + (variance.Percent is decimal p ? $" ({Math.Abs(p).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}% {(variance.IsAdverse ? "over" : "under")} plan)" : string.Empty);
        return new ConditionAssessment(this, outcome, variance, null, text);
    }

    /// <inheritdoc/>
    public override ConditionAssessment Assess(DsgAccount forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        return forecast.Contains(Year)
            ? Assess(forecast[Year].InYear)
            : new ConditionAssessment(this, ConditionOutcome.NotAssessable, null, null, $"the forecast does not include {Year}");
    }
}
