using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>A planned phase transfer of the child or young person (SEND Regulations 2014, reg 18).</summary>
/// <remarks>For <see cref="PhaseTransferKind.BetweenPostSixteen"/> give the proposed <see cref="TransferDate"/>; for the others the calendar <see cref="Year"/> of transfer.</remarks>
/// <param name="Kind">The kind of transfer.</param>
/// <param name="Year">The calendar year of transfer (for example 2026 for September 2026).</param>
/// <param name="TransferDate">The proposed transfer date, for a move between post-16 institutions; null otherwise.</param>
public sealed record PhaseTransfer(PhaseTransferKind Kind, int Year, LocalDate? TransferDate = null);
