using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>The saving (usually cost avoidance) a workstream is expected to make in one year.</summary>
/// <remarks>Immutable; equality is structural.</remarks>
/// <param name="Workstream">The workstream's name.</param>
/// <param name="Year">The financial year.</param>
/// <param name="Amount">The saving.</param>
public sealed record WorkstreamSaving(string Workstream, FinancialYear Year, Money Amount);
