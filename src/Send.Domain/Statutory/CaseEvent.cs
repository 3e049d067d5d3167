using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>One dated event in the history of an EHC case: the legal trigger date (CNT-INPUT) of a step, or its completion.</summary>
/// <remarks>Immutable; equality is structural. The optional members matter only for some kinds, as documented on <see cref="CaseEventKind"/>.</remarks>
/// <param name="Kind">What happened.</param>
/// <param name="Date">The date it happened (received, sent, served, held, made).</param>
public sealed record CaseEvent(CaseEventKind Kind, LocalDate Date)
{
    /// <summary>The advice-giving body or consulted school (for example <c>health</c>, <c>educational psychology</c>); null when not relevant.</summary>
    public string? Body { get; init; }

    /// <summary>A second date: the plan date for a transfer in, the day the old council learned of a move, or the date a Tribunal order was sent; null when not relevant.</summary>
    public LocalDate? RelatedDate { get; init; }

    /// <summary>What a Tribunal order (or an appealable mediation agreement) requires; null otherwise.</summary>
    public TribunalOrderKind? Order { get; init; }

    /// <summary>What kind of appeal was not opposed; null otherwise.</summary>
    public UnopposedAppealKind? Unopposed { get; init; }

    /// <summary>For <see cref="CaseEventKind.MediationWanted"/>: whether the mediation is about health care only.</summary>
    public bool HealthOnly { get; init; }

    /// <summary>A free-text note; null when none.</summary>
    public string? Note { get; init; }

    /// <summary>The event's position in the source file (0-based), used to name it in problems; -1 when built in code.</summary>
    public int SourceIndex { get; init; } = -1;
}
