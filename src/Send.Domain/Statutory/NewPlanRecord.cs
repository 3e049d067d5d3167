using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>One new EHC plan for the SEN2 timeliness measure: when the request was received, when the final plan was issued, and whether a 20-week exception applied (SEN2 item <c>Week20</c>).</summary>
/// <param name="RequestReceived">The date the request was received (or the council became responsible).</param>
/// <param name="FinalIssued">The date the final plan was issued.</param>
/// <param name="ExceptionApplies">Whether a 20-week time-limit exception applied.</param>
public readonly record struct NewPlanRecord(LocalDate RequestReceived, LocalDate FinalIssued, bool ExceptionApplies);
