using System.Collections.Generic;
using Send.Data.Kpis.Sources;
using Send.Domain.Kpis;
using Send.Domain.Kpis.Rag;

namespace Send.Cli.Commands.Kpi;

// The --json shapes of the kpi commands, as named records (not anonymous objects) so that System.Text.Json's source
// generator writes them (CliJsonContext) and the native AOT build needs no reflection. Member order is output order;
// names are snake_cased and enums written as snake_case strings by CliJson.

/// <summary><c>send kpi measures --json</c>.</summary>
internal sealed record KpiMeasuresJson(int Count, IReadOnlyList<LaitMeasureSummary> Measures);

/// <summary><c>send kpi catalogue --json</c>.</summary>
internal sealed record KpiCatalogueJson(IEnumerable<KpiDefinitionJson> Definitions);

/// <summary>One KPI definition.</summary>
internal sealed record KpiDefinitionJson(
    string Id,
    string Title,
    KpiUnit Unit,
    KpiPeriodType PeriodType,
    Polarity Polarity,
    string Source,
    int DisplayDecimals,
    bool Local,
    string? LaitMeasure,
    string? Notes);

/// <summary><c>send kpi table --json</c>.</summary>
internal sealed record KpiTableJson(string? Title, string? Council, string? Source, IReadOnlyList<KpiTableComparator> Comparators, IEnumerable<KpiRowJson> Rows);

/// <summary>One row of a KPI table.</summary>
internal sealed record KpiRowJson(
    string Kpi,
    string Label,
    string Period,
    decimal? Value,
    string? Symbol,
    KpiValueStatus ValueStatus,
    string Display,
    KpiJson.TypedValue? Previous,
    Polarity Polarity,
    IEnumerable<KpiRowComparatorJson> Comparators,
    Direction? DirectionOfTravel,
    KpiRagJson? Rag);

/// <summary>One comparator of a KPI table row.</summary>
internal sealed record KpiRowComparatorJson(string Id, string Name, decimal? Value, string? Symbol, string Display, Verdict Verdict, KpiJson.TypedValue Difference);

/// <summary>A RAG rating.</summary>
internal sealed record KpiRagJson(RagColour Colour, string Reason);

/// <summary><c>send kpi benchmark --json</c>.</summary>
internal sealed record KpiBenchmarkJson(
    string La,
    int LaNumber,
    string? OnsCode,
    string Measure,
    string? CatalogueId,
    string Title,
    string Year,
    Polarity Polarity,
    int Decimals,
    decimal? Value,
    string? Symbol,
    string Display,
    KpiNeighbourAverageJson NeighbourAverage,
    IEnumerable<KpiNeighbourJson> Neighbours,
    KpiRegionJson Region,
    KpiJson.TypedValue England,
    int? Rank,
    int RankedCount,
    string? QuartileBand,
    QuartileCutPoints? CutPoints,
    string? PreviousYear,
    KpiJson.TypedValue? Change,
    Direction? DirectionOfTravel,
    IEnumerable<KpiBenchmarkComparisonJson> Comparisons,
    string Reading);

/// <summary>The statistical neighbours' average.</summary>
internal sealed record KpiNeighbourAverageJson(string Set, decimal? Value, string? Symbol, string Display, int CountUsed, int CountListed);

/// <summary>One statistical neighbour.</summary>
internal sealed record KpiNeighbourJson(string Number, string Name, string? Proximity, decimal? Value, string? Symbol, string Display);

/// <summary>The region's value.</summary>
internal sealed record KpiRegionJson(string? Name, decimal? Value, string? Symbol, string Display);

/// <summary>One comparison of a benchmark.</summary>
internal sealed record KpiBenchmarkComparisonJson(string Comparator, decimal? Value, string? Symbol, Verdict Verdict, KpiJson.TypedValue Difference);
