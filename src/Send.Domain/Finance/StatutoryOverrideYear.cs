using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>One year's statutory override status: what the known periods say and what the paper states.</summary>
/// <remarks>
/// <see cref="Status"/> comes from <see cref="StatutoryOverridePeriod.Known"/>; <see cref="Stated"/> is the paper's.
/// Whether an announced extension counts as covering the year is <see cref="DeficitReconciliationOptions.CountAnnouncedOverride"/>.
/// Immutable; equality is structural.
/// </remarks>
/// <param name="Year">The financial year.</param>
/// <param name="Status">What the known periods say.</param>
/// <param name="Stated">What the paper states, or null.</param>
/// <param name="DeficitAtEnd">Whether the table carries a deficit forward at the year's end.</param>
public sealed record StatutoryOverrideYear(FinancialYear Year, StatutoryOverrideStatus Status, StatutoryOverrideStatus? Stated, bool DeficitAtEnd);
