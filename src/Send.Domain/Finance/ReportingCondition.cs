using System;
using NodaTime;

namespace Send.Domain.Finance;

/// <summary><c>ReportBy(date)</c>: a monitoring report is due to the DfE by <see cref="Due"/>.</summary>
/// <remarks>
/// A forecast cannot say whether a report was sent, so <see cref="Assess(DsgAccount)"/> gives
/// <see cref="ConditionOutcome.NotAssessable"/> unless <see cref="Submitted"/> is known. Immutable.
/// </remarks>
/// <param name="Id">The condition's number.</param>
/// <param name="Text">Its wording.</param>
/// <param name="Due">The due date.</param>
public sealed record ReportingCondition(string Id, string Text, LocalDate Due) : SafetyValveCondition(Id, Text)
{
    /// <summary>The date the report was submitted, or null when not (yet) known.</summary>
    public LocalDate? Submitted { get; init; }

    /// <inheritdoc/>
    public override ConditionAssessment Assess(DsgAccount forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        return Submitted switch
        {
            null => new ConditionAssessment(this, ConditionOutcome.NotAssessable, null, null, $"report due {Due:yyyy-MM-dd}; no submission date recorded"),
            LocalDate s when s <= Due => new ConditionAssessment(this, ConditionOutcome.Met, null, null, $"submitted {s:yyyy-MM-dd}, due {Due:yyyy-MM-dd}"),
            LocalDate s => new ConditionAssessment(this, ConditionOutcome.Breached, null, null, $"submitted {s:yyyy-MM-dd}, after the due date {Due:yyyy-MM-dd}"),
        };
    }
}
