using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>
/// The four assessment dates of one request, as a plain value for bulk work (see <see cref="DeadlineCalculator"/>):
/// EHC-ASSESS-DECISION (6 weeks), EHC-NO-PLAN-DECISION (16 weeks), EHC-DRAFT-LATEST (planning) and EHC-FINAL-PLAN
/// (20 weeks). Unlike <see cref="StatutoryDeadline"/> it carries no explanation.
/// </summary>
/// <remarks>The default value has every date at 1 January year 1 (the NodaTime <see cref="LocalDate"/> default).</remarks>
/// <param name="Decision">EHC-ASSESS-DECISION: request + 42 days.</param>
/// <param name="NoPlanDecision">EHC-NO-PLAN-DECISION: request + 112 days.</param>
/// <param name="DraftLatest">EHC-DRAFT-LATEST: final deadline − 15 days.</param>
/// <param name="FinalPlan">EHC-FINAL-PLAN: request + 140 days.</param>
public readonly record struct AssessmentDeadlines(LocalDate Decision, LocalDate NoPlanDecision, LocalDate DraftLatest, LocalDate FinalPlan);
