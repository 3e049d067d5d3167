namespace Send.Domain.Finance;

/// <summary>How a condition's RAG rating moved between its last two monitoring rounds.</summary>
/// <remarks>The default value is <see cref="NotKnown"/>: fewer than two rated rounds.</remarks>
public enum RagTrend
{
    /// <summary>Fewer than two rounds with a rating. This is the default value.</summary>
    NotKnown = 0,

    /// <summary>The same rating at both rounds.</summary>
    Unchanged = 1,

    /// <summary>Better at the later round (red to amber, amber to green).</summary>
    Improved = 2,

    /// <summary>Worse at the later round (green to amber, amber to red).</summary>
    Worsened = 3,
}
