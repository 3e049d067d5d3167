using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>One year of a <see cref="ScenarioComparison"/>: both figures, the difference and the cumulative difference.</summary>
/// <remarks>Immutable; equality is structural.</remarks>
/// <param name="Year">The financial year.</param>
/// <param name="Baseline">The baseline's figure, or null when it gives none for the year.</param>
/// <param name="Other">The compared figure, or null when it gives none for the year.</param>
/// <param name="Difference"><c>Other − Baseline</c>, or null when either is missing.</param>
/// <param name="Cumulative">
/// For a flow, the differences added up to this year (years where either is missing add nothing); for a balance, the
/// same as <paramref name="Difference"/>, because a balance is already cumulative. Null when nothing has been compared yet.
/// </param>
public sealed record ComparisonYear(FinancialYear Year, Money? Baseline, Money? Other, Money? Difference, Money? Cumulative);
