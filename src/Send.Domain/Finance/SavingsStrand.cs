using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// One strand (workstream) of a savings programme: its target, forecast and delivered savings, RAG rating and
/// financial year (DSG reference, sections 2 and 7, the management plan's workstream log).
/// </summary>
/// <remarks>
/// Forecast and delivered amounts are null when a paper does not give them for the strand. Most "savings" are cost
/// avoidance. Immutable; equality is structural.
/// </remarks>
/// <param name="Name">The strand's name, for example "Sufficiency".</param>
/// <param name="Year">The financial year.</param>
/// <param name="Target">The savings target.</param>
/// <param name="Forecast">The forecast delivery, or null.</param>
/// <param name="Delivered">The delivered savings so far, or null.</param>
/// <param name="Rag">The council's rating.</param>
/// <param name="Commentary">A note, or null.</param>
public sealed record SavingsStrand(
    string Name,
    FinancialYear Year,
    Money Target,
    Money? Forecast = null,
    Money? Delivered = null,
    RagStatus Rag = RagStatus.NotRated,
    string? Commentary = null)
{
    /// <summary><c>Target − Forecast</c>, or null without a forecast; positive is a shortfall.</summary>
    public Money? Shortfall => Forecast is Money f ? Target - f : null;

    /// <summary><c>Forecast / Target × 100</c> to 1 dp, or null without a forecast or with a zero target.</summary>
    public decimal? DeliveryPercent => Forecast is Money f && !Target.IsZero
        ? decimal.Round(f / Target * 100m, 1, System.MidpointRounding.AwayFromZero)
        : null;
}
