namespace Send.Domain.Kpis;

/// <summary>Which direction of a KPI is good.</summary>
/// <remarks>
/// DfE's LAIT tags each measure <c>High</c>, <c>Low</c> or <c>-</c>; Kent's scorecards add T (stay near a target).
/// A measure with <see cref="NoPolarity"/> is never called better or worse, never ranked, never banded and never
/// RAG-rated. The default value is <see cref="NoPolarity"/>, so that forgetting to set a polarity cannot make a
/// value look good or bad.
/// </remarks>
public enum Polarity
{
    /// <summary>No direction is good (a demand or context measure). This is the default value.</summary>
    NoPolarity = 0,

    /// <summary>A higher value is better.</summary>
    HigherIsBetter = 1,

    /// <summary>A lower value is better.</summary>
    LowerIsBetter = 2,

    /// <summary>Staying close to a target (inside a band) is best; rated only against a band.</summary>
    TargetBand = 3,
}
