using System.Collections.Generic;
using Send.Reporting.Reports.Common;

namespace Send.Reporting.Reports.SchoolsForumSendUpdate;

/// <summary>The High Needs Sustainability Plan: monitoring paragraphs and the Safety Valve conditions with their status.</summary>
public sealed class SustainabilitySection
{
    /// <summary>Gets the paragraphs before the conditions.</summary>
    public IReadOnlyList<string> Introduction { get; set; } = [];

    /// <summary>Gets the conditions of the agreement, in order.</summary>
    public required IReadOnlyList<SafetyValveCondition> Conditions { get; init; }

    /// <summary>Gets the paragraphs between the conditions and the payments.</summary>
    public IReadOnlyList<string> Monitoring { get; set; } = [];

    /// <summary>Gets the summary paragraphs after the payments.</summary>
    public IReadOnlyList<string> Summary { get; set; } = [];
}

/// <summary>One condition of a Safety Valve agreement, with the author's RAG status and commentary.</summary>
public sealed class SafetyValveCondition
{
    /// <summary>Gets the condition's number as the agreement numbers it ("1", "3.2").</summary>
    public required string Id { get; init; }

    /// <summary>Gets the condition's text.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the status.</summary>
    public RagRating Rag { get; init; }

    /// <summary>Gets the status in words, for example "amber – off track".</summary>
    public string? Status { get; init; }

    /// <summary>Gets the commentary on the condition.</summary>
    public string? Commentary { get; init; }
}

/// <summary>A Safety Valve payment received from the DfE.</summary>
public sealed class SafetyValvePayment
{
    /// <summary>Gets the amount (£m).</summary>
    public required decimal AmountM { get; init; }

    /// <summary>Gets when it was received, as the paper states it, with its preposition ("on 28 March 2024", "in June 2024").</summary>
    public required string Received { get; init; }

    /// <summary>Gets what released the payment.</summary>
    public string? Note { get; init; }
}
