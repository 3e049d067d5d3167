namespace Send.Domain.Kpis.Rag;

/// <summary>Which benchmark a <see cref="BenchmarkRule"/> compares with.</summary>
public enum BenchmarkKind
{
    /// <summary>The statistical-neighbour average. This is the default value.</summary>
    StatisticalNeighbours = 0,

    /// <summary>The England figure.</summary>
    England = 1,

    /// <summary>The region figure.</summary>
    Region = 2,

    /// <summary>The quartile band: A green, B and C amber, D red (as LAIT shades A and D).</summary>
    Quartile = 3,
}
