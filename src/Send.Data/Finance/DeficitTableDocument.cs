using Send.Domain.Finance;
namespace Send.Data.Finance;

/// <summary>
/// A deficit table file as loaded: the published table and, when the file has one, the Safety Valve agreement it
/// reports against.
/// </summary>
/// <remarks>Immutable; equality is by reference.</remarks>
/// <param name="Table">The table as printed.</param>
/// <param name="Authority">The council, or null.</param>
/// <param name="SafetyValve">The agreement, or null.</param>
public sealed record DeficitTableDocument(PublishedDeficitTable Table, string? Authority, SafetyValveAgreement? SafetyValve);
