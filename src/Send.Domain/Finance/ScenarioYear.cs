using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>One year of a forecast scenario: the financial year and the amount (expenditure or deficit).</summary>
/// <remarks>Immutable; equality is structural.</remarks>
/// <param name="Year">The financial year.</param>
/// <param name="Amount">The amount, unrounded.</param>
public sealed record ScenarioYear(FinancialYear Year, Money Amount);
