namespace Send.Domain.Kpis.Rag;

/// <summary>A red/amber/green rating, or none.</summary>
/// <remarks>The default value is <see cref="NoRating"/>: a value that could not be rated is never shown as red.</remarks>
public enum RagColour
{
    /// <summary>Not rated: the value or a needed comparator has no number, or the KPI has no polarity. This is the default value.</summary>
    NoRating = 0,

    /// <summary>Green: target met (or better than the benchmark).</summary>
    Green = 1,

    /// <summary>Amber: short of the target but within tolerance (or the floor).</summary>
    Amber = 2,

    /// <summary>Red: outside tolerance (or below the floor).</summary>
    Red = 3,
}
