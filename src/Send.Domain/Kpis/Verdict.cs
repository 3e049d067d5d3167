namespace Send.Domain.Kpis;

/// <summary>How a value compares with a comparator (statistical neighbours, region, England, last year), given polarity.</summary>
/// <remarks>The default value is <see cref="NotComparable"/>.</remarks>
public enum Verdict
{
    /// <summary>One side has no number (suppressed, not available, missing...). This is the default value.</summary>
    NotComparable = 0,

    /// <summary>Better, in the direction the polarity says is good.</summary>
    Better = 1,

    /// <summary>Worse, in the direction the polarity says is good.</summary>
    Worse = 2,

    /// <summary>The same at the precision compared (see <see cref="KpiComparison"/>).</summary>
    Same = 3,

    /// <summary>The KPI has no polarity (or is a target band), so it is never called better or worse; only higher or lower.</summary>
    NotJudged = 4,
}
