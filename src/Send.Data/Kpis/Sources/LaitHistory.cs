using System.Collections.Generic;
using Send.Domain.Kpis;

namespace Send.Data.Kpis.Sources;

/// <summary>One year of a <see cref="LaitHistory"/>: the council beside its comparators.</summary>
/// <param name="Year">The year label as LAIT writes it.</param>
/// <param name="Council">The council's value.</param>
/// <param name="Neighbours">The statistical neighbours' mean, with the count used.</param>
/// <param name="Region">The region's published value (the same region row every year).</param>
/// <param name="England">England's published value.</param>
public sealed record LaitHistoryPoint(string Year, KpiValue Council, NeighbourAverage Neighbours, KpiValue Region, KpiValue England);

/// <summary>
/// A council's series on one LAIT measure over every year of the file, with the benchmark of the latest year: what a
/// benchmark pack charts and reads out. Built by <see cref="LaitBenchmark.History"/>.
/// </summary>
/// <param name="Latest">The benchmark of the measure's latest year (rank, band, verdicts, region name, decimals).</param>
/// <param name="Years">The years, oldest first.</param>
public sealed record LaitHistory(LaitBenchmarkResult Latest, IReadOnlyList<LaitHistoryPoint> Years);
