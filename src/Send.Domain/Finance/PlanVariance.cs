using System;

namespace Send.Domain.Finance;

/// <summary>
/// A forecast compared with a plan: <c>Variance = Forecast − Plan</c>, positive adverse, and the variance as a
/// percentage of the plan to 1 dp (DSG reference, section 10, item 3).
/// </summary>
/// <remarks>
/// Devon 2024-25: forecast £51.6m against a plan of £31.2m is £20.4m adverse, 65.4% over plan. Immutable; equality is
/// structural. The percentage is rounded half away from zero; it is null when the plan is zero.
/// </remarks>
/// <param name="Forecast">The forecast figure.</param>
/// <param name="Plan">The plan figure (a limit, ceiling or planned position).</param>
public sealed record PlanVariance(Money Forecast, Money Plan)
{
    /// <summary><c>Forecast − Plan</c>; positive is adverse (more deficit than planned).</summary>
    public Money Variance => Forecast - Plan;

    /// <summary>Whether the forecast is worse than the plan.</summary>
    public bool IsAdverse => Variance > Money.Zero;

    /// <summary><c>Variance / Plan × 100</c> to 1 dp, or null when the plan is zero.</summary>
    public decimal? Percent => Plan.IsZero ? null : decimal.Round(Variance / Plan * 100m, 1, MidpointRounding.AwayFromZero);
}
