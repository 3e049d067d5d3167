namespace Send.Domain.Kpis;

/// <summary>What a comparator column is.</summary>
public enum ComparatorKind
{
    /// <summary>A statistical-neighbour (or other family) average. This is the default value.</summary>
    StatisticalNeighbours = 0,

    /// <summary>A published region figure.</summary>
    Region = 1,

    /// <summary>The published England figure.</summary>
    England = 2,

    /// <summary>Anything else (a target, a CIPFA family...).</summary>
    Other = 3,
}
