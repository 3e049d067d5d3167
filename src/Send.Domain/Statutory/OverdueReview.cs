using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>A plan whose annual review period (EHC-AR-FIRST or EHC-AR-NEXT) ended before the as-at date with no later review recorded.</summary>
/// <param name="CaseId">The case reference.</param>
/// <param name="ReviewDue">The last day of the review period.</param>
/// <param name="DaysOverdue">Days from the end of the period to the as-at date.</param>
public sealed record OverdueReview(string CaseId, LocalDate ReviewDue, int DaysOverdue);
