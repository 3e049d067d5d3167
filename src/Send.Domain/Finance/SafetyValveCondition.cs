using NodaTime;
using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// A condition of a Safety Valve agreement, with the council's RAG rating and commentary (DSG reference, section 8).
/// </summary>
/// <remarks>
/// <para>
/// The condition types are <see cref="InYearBalanceCondition"/> (<c>InYearBalanceBy(fy)</c>),
/// <see cref="InYearDeficitLimit"/> (<c>InYearDeficitNotExceeding(fy, £)</c>), <see cref="CumulativeDeficitCeiling"/>
/// (<c>CumulativeDeficitNotExceeding(fy, £)</c>), <see cref="ReportingCondition"/> (<c>ReportBy(date)</c>) and
/// <see cref="DeliveryCondition"/> (free text, such as Wiltshire's conditions 3.1 to 3.5). The factory methods on
/// this type create them.
/// </para>
/// <para>Immutable; equality is structural.</para>
/// </remarks>
/// <param name="Id">The condition's number in the agreement, for example <c>2</c> or <c>3.1</c>.</param>
/// <param name="Text">The condition's wording.</param>
public abstract record SafetyValveCondition(string Id, string Text)
{
    /// <summary>The council's rating; <see cref="RagStatus.NotRated"/> if none.</summary>
    public RagStatus Rag { get; init; }

    /// <summary>The council's commentary, or null.</summary>
    public string? Commentary { get; init; }

    /// <summary>The council's ratings at earlier and current monitoring rounds, earliest first; empty by default, never null.</summary>
    public System.Collections.Generic.IReadOnlyList<ConditionRating> History { get; init; } = System.Array.Empty<ConditionRating>();

    /// <summary>How the rating moved between the last two rated rounds of <see cref="History"/>.</summary>
    public RagTrend Trend
    {
        get
        {
            var rated = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Where(History, h => h.Rag != RagStatus.NotRated));
            if (rated.Length < 2)
            {
                return RagTrend.NotKnown;
            }

            // Red (3) is worst, green (1) best.
            var (before, after) = (rated[^2].Rag, rated[^1].Rag);
            return before == after ? RagTrend.Unchanged : after < before ? RagTrend.Improved : RagTrend.Worsened;
        }
    }

    /// <summary>The authority reaches an in-year balance by <paramref name="year"/> and in each later year.</summary>
    /// <param name="id">The condition's number.</param>
    /// <param name="text">Its wording.</param>
    /// <param name="year">The first year of balance.</param>
    /// <returns>The condition.</returns>
    public static InYearBalanceCondition InYearBalanceBy(string id, string text, FinancialYear year) => new(id, text, year);

    /// <summary>The in-year deficit in <paramref name="year"/> does not exceed <paramref name="limit"/>.</summary>
    /// <param name="id">The condition's number.</param>
    /// <param name="text">Its wording.</param>
    /// <param name="year">The year.</param>
    /// <param name="limit">The limit.</param>
    /// <returns>The condition.</returns>
    public static InYearDeficitLimit InYearDeficitNotExceeding(string id, string text, FinancialYear year, Money limit) => new(id, text, year, limit);

    /// <summary>The cumulative deficit at the end of <paramref name="year"/> does not exceed <paramref name="ceiling"/>.</summary>
    /// <param name="id">The condition's number.</param>
    /// <param name="text">Its wording.</param>
    /// <param name="year">The year.</param>
    /// <param name="ceiling">The ceiling as stated.</param>
    /// <param name="basis">What the ceiling is measured on.</param>
    /// <returns>The condition.</returns>
    public static CumulativeDeficitCeiling CumulativeDeficitNotExceeding(string id, string text, FinancialYear year, Money ceiling, CeilingBasis basis = CeilingBasis.AfterAllContributions) =>
        new(id, text, year, ceiling, basis);

    /// <summary>A report is due by <paramref name="due"/>.</summary>
    /// <param name="id">The condition's number.</param>
    /// <param name="text">Its wording.</param>
    /// <param name="due">The due date.</param>
    /// <returns>The condition.</returns>
    public static ReportingCondition ReportBy(string id, string text, LocalDate due) => new(id, text, due);

    /// <summary>A delivery condition in words.</summary>
    /// <param name="id">The condition's number.</param>
    /// <param name="text">Its wording.</param>
    /// <returns>The condition.</returns>
    public static DeliveryCondition Delivery(string id, string text) => new(id, text);

    /// <summary>Checks the condition against a forecast account.</summary>
    /// <param name="forecast">The forecast, deficit positive.</param>
    /// <returns>What the figures say.</returns>
    public abstract ConditionAssessment Assess(DsgAccount forecast);
}
