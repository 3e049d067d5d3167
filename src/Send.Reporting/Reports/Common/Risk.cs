using System.Collections.Generic;

namespace Send.Reporting.Reports.Common;

/// <summary>One entry of a programme risk register: what might happen, its current score and the mitigations.</summary>
/// <remarks>The score is the council's likelihood × impact product as published (Devon scores 1 to 30 and above); it is not rescaled.</remarks>
public sealed class Risk
{
    /// <summary>Gets the risk, phrased as a failure ("Failure to bring the HNB spend down...").</summary>
    public required string Title { get; init; }

    /// <summary>Gets the current risk score.</summary>
    public required int Score { get; init; }

    /// <summary>Gets the mitigation paragraphs.</summary>
    public IReadOnlyList<string> Mitigations { get; set; } = [];
}
