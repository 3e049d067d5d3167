using System;
using System.Linq;
using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// <c>InYearBalanceBy(fy)</c>: the in-year result is a balance or surplus (<c>InYear ≤ 0</c>) in <see cref="Year"/>
/// and every later year (DSG reference, section 8).
/// </summary>
/// <remarks>
/// Assessed over the forecast years from <see cref="Year"/> on; breached if any has an in-year deficit; not assessable
/// if the forecast stops before <see cref="Year"/>. Immutable.
/// </remarks>
/// <param name="Id">The condition's number.</param>
/// <param name="Text">Its wording.</param>
/// <param name="Year">The first year of balance.</param>
public sealed record InYearBalanceCondition(string Id, string Text, FinancialYear Year) : SafetyValveCondition(Id, Text)
{
    /// <inheritdoc/>
    public override ConditionAssessment Assess(DsgAccount forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        if (forecast.LastYear < Year)
        {
            return new ConditionAssessment(this, ConditionOutcome.NotAssessable, null, null, $"the forecast ends in {forecast.LastYear}, before {Year}");
        }

        var deficits = forecast.Years.Where(y => y.Year >= Year && !y.IsInYearBalanced).ToArray();
        if (deficits.Length == 0)
        {
            return new ConditionAssessment(this, ConditionOutcome.Met, null, null, $"in-year balance or surplus from {Year} to {forecast.LastYear}");
        }

        var list = string.Join(", ", deficits.Select(y => $"{y.Year} {y.InYear.ToString(MoneyFormat.Millions(3))}"));
        return new ConditionAssessment(this, ConditionOutcome.Breached, null, null, $"in-year deficit in {list}");
    }
}
