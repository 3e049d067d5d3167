namespace Send.Domain.Kpis.Rag;

/// <summary>What a <see cref="RagRule"/> may look at: the value, its polarity and its comparators.</summary>
/// <param name="Value">The value being rated.</param>
/// <param name="Polarity">The polarity (after any per-report override).</param>
/// <param name="Decimals">Decimal places used in reasons.</param>
public sealed record RagInput(KpiValue Value, Polarity Polarity, int Decimals)
{
    /// <summary>The value for the previous period or the same period last year, for trend rules.</summary>
    public KpiValue? Previous { get; init; }

    /// <summary>The statistical-neighbour average.</summary>
    public KpiValue? NeighbourAverage { get; init; }

    /// <summary>The published England figure.</summary>
    public KpiValue? England { get; init; }

    /// <summary>The published region figure.</summary>
    public KpiValue? Region { get; init; }

    /// <summary>The council's quartile band among all councils.</summary>
    public QuartileBand? Band { get; init; }
}
