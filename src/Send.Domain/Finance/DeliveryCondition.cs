using System;

namespace Send.Domain.Finance;

/// <summary>
/// A delivery condition in words, such as Wiltshire's 3.3 "Increase the number of special school placements...". Only
/// its RAG rating and commentary say how it is going.
/// </summary>
/// <remarks>Always <see cref="ConditionOutcome.NotAssessable"/> from figures. Immutable.</remarks>
/// <param name="Id">The condition's number.</param>
/// <param name="Text">Its wording.</param>
public sealed record DeliveryCondition(string Id, string Text) : SafetyValveCondition(Id, Text)
{
    /// <inheritdoc/>
    public override ConditionAssessment Assess(DsgAccount forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        return new ConditionAssessment(this, ConditionOutcome.NotAssessable, null, null, "a delivery condition; see its RAG rating and commentary");
    }
}
