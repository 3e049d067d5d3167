namespace Send.Domain.Finance;

/// <summary>A Safety Valve condition checked against a forecast.</summary>
/// <remarks>
/// The council's own RAG rating stays on <see cref="Condition"/>; <see cref="Outcome"/> is what the figures say. The
/// two can differ, and a report should show both. Immutable; equality is structural.
/// </remarks>
/// <param name="Condition">The condition.</param>
/// <param name="Outcome">Met, breached or not assessable from the figures.</param>
/// <param name="Variance">The forecast against the limit, for financial conditions; otherwise null.</param>
/// <param name="VarianceToPlan">The forecast against the plan's own (unrounded) figure, when the agreement gives one; otherwise null.</param>
/// <param name="Explanation">One sentence saying what was found.</param>
public sealed record ConditionAssessment(
    SafetyValveCondition Condition,
    ConditionOutcome Outcome,
    PlanVariance? Variance,
    PlanVariance? VarianceToPlan,
    string Explanation);
