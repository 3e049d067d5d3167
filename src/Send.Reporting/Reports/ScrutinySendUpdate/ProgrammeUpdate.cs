using System.Collections.Generic;
using Send.Reporting.Reports.Common;

namespace Send.Reporting.Reports.ScrutinySendUpdate;

/// <summary>The update on the transformation programme: an introduction and a progress summary per strand.</summary>
public sealed class ProgrammeUpdate
{
    /// <summary>Gets the introductory paragraph.</summary>
    public required string Introduction { get; init; }

    /// <summary>Gets the strands, in the order the paper reports them.</summary>
    public required IReadOnlyList<ProgrammeStrand> Strands { get; init; }
}

/// <summary>One strand of the programme: its name, the author's RAG status and the progress paragraphs.</summary>
public sealed class ProgrammeStrand
{
    /// <summary>Gets the strand name, for example "Early Help &amp; Inclusion".</summary>
    public required string Name { get; init; }

    /// <summary>Gets the strand's RAG status.</summary>
    public RagRating Rag { get; init; }

    /// <summary>Gets a one-line status summary for the strand table.</summary>
    public required string Status { get; init; }

    /// <summary>Gets the progress paragraphs.</summary>
    public IReadOnlyList<string> Paragraphs { get; set; } = [];
}
