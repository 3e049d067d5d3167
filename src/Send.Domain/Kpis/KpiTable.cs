using System.Collections.Generic;
using System.Linq;
using Send.Domain.Kpis.Rag;

namespace Send.Domain.Kpis;

/// <summary>A comparator column of a <see cref="KpiTable"/>.</summary>
/// <param name="Id">The key used in each row's comparators.</param>
/// <param name="Name">The column heading.</param>
/// <param name="Kind">What the column is.</param>
/// <param name="Provenance">The comparator set version, vintage or release, when known.</param>
public sealed record KpiTableComparator(string Id, string Name, ComparatorKind Kind, string? Provenance);

/// <summary>One input row of a <see cref="KpiTable"/>: a KPI's value for a period with its comparator figures.</summary>
/// <param name="Definition">The KPI, with any per-report polarity override applied.</param>
/// <param name="Label">The row label as the paper prints it (defaults to the KPI title).</param>
/// <param name="Period">The period.</param>
/// <param name="Value">The value.</param>
/// <param name="Previous">The earlier value for direction of travel, when given.</param>
/// <param name="Comparators">Comparator id to value.</param>
/// <param name="Rag">The RAG rule, when given.</param>
public sealed record KpiTableRow(
    KpiDefinition Definition,
    string Label,
    KpiPeriod Period,
    KpiValue Value,
    KpiValue? Previous,
    IReadOnlyDictionary<string, KpiValue> Comparators,
    RagRule? Rag);

/// <summary>One evaluated row: the input with each comparator's verdict, the direction of travel and the RAG rating.</summary>
/// <param name="Row">The input row.</param>
/// <param name="Comparisons">One comparison per comparator column, in column order (value missing when the row gave none).</param>
/// <param name="Travel">Direction of travel against the previous value, when one was given.</param>
/// <param name="Rating">The RAG rating, when the row has a rule.</param>
public sealed record KpiTableResult(KpiTableRow Row, IReadOnlyList<KpiComparison> Comparisons, DirectionOfTravel? Travel, RagRating? Rating);

/// <summary>
/// A KPI table as committee papers print it: rows of KPI values beside comparator columns (statistical neighbours,
/// region, England). Read one with Send.Data's <c>KpiTableFile</c>; <see cref="Evaluate()"/> judges every value.
/// </summary>
/// <param name="Title">The table title.</param>
/// <param name="Council">The council.</param>
/// <param name="Source">Where the figures come from.</param>
/// <param name="Comparators">The comparator columns.</param>
/// <param name="Rows">The rows.</param>
public sealed record KpiTable(string? Title, string? Council, string? Source, IReadOnlyList<KpiTableComparator> Comparators, IReadOnlyList<KpiTableRow> Rows)
{
    /// <summary>Judges every row: verdicts against each comparator at display precision, direction of travel, RAG.</summary>
    /// <returns>One result per row, in order.</returns>
    public IReadOnlyList<KpiTableResult> Evaluate() => Rows.Select(Evaluate).ToArray();

    private KpiTableResult Evaluate(KpiTableRow row)
    {
        var definition = row.Definition;
        var decimals = definition.DisplayDecimals;
        var comparisons = Comparators
            .Select(c => KpiComparison.Of(c.Name, row.Value, row.Comparators.TryGetValue(c.Id, out var v) ? v : KpiValue.Missing, definition.Polarity, decimals))
            .ToArray();
        var travel = row.Previous is KpiValue previous ? DirectionOfTravel.Between(row.Value, previous, definition.Polarity, decimals) : null;
        RagRating? rating = null;
        if (row.Rag is RagRule rule)
        {
            KpiValue? Of(ComparatorKind kind)
            {
                var column = Comparators.FirstOrDefault(c => c.Kind == kind);
                return column is not null && row.Comparators.TryGetValue(column.Id, out var value) ? value : null;
            }

            rating = rule.Rate(new RagInput(row.Value, definition.Polarity, decimals)
            {
                Previous = row.Previous,
                NeighbourAverage = Of(ComparatorKind.StatisticalNeighbours),
                Region = Of(ComparatorKind.Region),
                England = Of(ComparatorKind.England),
            });
        }

        return new KpiTableResult(row, comparisons, travel, rating);
    }
}
