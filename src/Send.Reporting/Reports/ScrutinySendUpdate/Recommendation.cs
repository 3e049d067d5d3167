using System.Collections.Generic;

namespace Send.Reporting.Reports.ScrutinySendUpdate;

/// <summary>The recommendation to the committee: a lead-in and the lettered items it is asked to agree or note.</summary>
public sealed class Recommendation
{
    /// <summary>Gets the lead-in, for example "That the Committee:".</summary>
    public required string LeadIn { get; init; }

    /// <summary>Gets the lettered items.</summary>
    public required IReadOnlyList<string> Items { get; init; }
}
