using System.Collections.Generic;

namespace Send.Reporting.Reports.SchoolsForumSendUpdate;

/// <summary>The SEND and AP strategy: the approval paragraph, its priorities and any closing paragraph.</summary>
public sealed class StrategySection
{
    /// <summary>Gets the heading, for example "The SEND and AP Strategy 2024 to 2029".</summary>
    public required string Heading { get; init; }

    /// <summary>Gets the introductory paragraph.</summary>
    public required string Introduction { get; init; }

    /// <summary>Gets the priorities, in order (printed "Priority 1:", "Priority 2:"...).</summary>
    public required IReadOnlyList<string> Priorities { get; init; }

    /// <summary>Gets paragraphs after the priorities.</summary>
    public IReadOnlyList<string> Closing { get; set; } = [];
}
