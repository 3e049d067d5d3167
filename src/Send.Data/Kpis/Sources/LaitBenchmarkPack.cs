using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Send.Domain.Kpis;
using Send.Domain.Validation;

namespace Send.Data.Kpis.Sources;

/// <summary>
/// One measure of a <see cref="LaitBenchmarkPack"/>: the council's series beside its neighbours' mean, its region and
/// England over every year, and the latest year's rank, band and reading, with every figure also given as LAIT shows
/// it (rounded to the measure's display precision, symbols as symbols).
/// </summary>
/// <param name="History">The series and the latest year's benchmark, as computed.</param>
/// <param name="Years">The year labels, oldest first (the chart's categories).</param>
/// <param name="CouncilSeries">The council's values rounded to <see cref="Decimals"/>, null where there is no number (a gap in a chart).</param>
/// <param name="NeighbourSeries">The neighbours' means, rounded; null where none.</param>
/// <param name="RegionSeries">The region's values, rounded; null where none.</param>
/// <param name="EnglandSeries">England's values, rounded; null where none.</param>
public sealed record LaitPackMeasure(
    LaitHistory History,
    IReadOnlyList<string> Years,
    IReadOnlyList<decimal?> CouncilSeries,
    IReadOnlyList<decimal?> NeighbourSeries,
    IReadOnlyList<decimal?> RegionSeries,
    IReadOnlyList<decimal?> EnglandSeries)
{
    private LaitBenchmarkResult Latest => History.Latest;

    /// <summary>The LAIT code.</summary>
    public string Code => Latest.MeasureCode;

    /// <summary>The title.</summary>
    public string Title => Latest.MeasureTitle;

    /// <summary>The polarity, in words: <c>higher is better</c>, <c>lower is better</c> or <c>no polarity</c>.</summary>
    public string PolarityText => Latest.Polarity switch
    {
        Polarity.HigherIsBetter => "higher is better",
        Polarity.LowerIsBetter => "lower is better",
        _ => "no polarity",
    };

    /// <summary>Display decimals.</summary>
    public int Decimals => Latest.Decimals;

    /// <summary>The latest year's label.</summary>
    public string Year => Latest.Year;

    /// <summary>The council's latest value as shown.</summary>
    public string Value => Grouped(Latest.Display(Latest.Value));

    /// <summary>The neighbours' mean as shown.</summary>
    public string NeighbourMean => Grouped(Latest.Display(Latest.NeighbourAverage.Value));

    /// <summary>How many neighbours the mean used, of how many: <c>9 of 10</c>.</summary>
    public string NeighboursUsed => $"{Latest.NeighbourAverage.CountUsed.ToString(CultureInfo.InvariantCulture)} of {Latest.NeighbourAverage.CountListed.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The region's name (London, when a London borough's Inner/Outer row is empty).</summary>
    public string RegionName => Latest.RegionName ?? "Region";

    /// <summary>The region's latest value as shown.</summary>
    public string Region => Grouped(Latest.Display(Latest.Region));

    /// <summary>England's latest value as shown.</summary>
    public string England => Grouped(Latest.Display(Latest.England));

    /// <summary>
    /// A figure as a paper prints it in a table: thousands separated (<c>2,833,579</c>, <c>1,070.5</c>), at the places
    /// LAIT's display gave it; a symbol (<c>c</c>, <c>x</c>, <c>low</c>, <c>-</c>) or a flagged figure as it is.
    /// </summary>
    internal static string Grouped(string shown)
    {
        if (!decimal.TryParse(shown, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return shown;
        }

        var point = shown.IndexOf('.', StringComparison.Ordinal);
        var places = point < 0 ? 0 : shown.Length - point - 1;
        return number.ToString("#,##0" + (places > 0 ? "." + new string('0', places) : string.Empty), CultureInfo.InvariantCulture);
    }

    /// <summary>The rank as <c>12 of 150</c>, or <c>-</c> when unranked.</summary>
    public string Rank => Latest.Rank is int r ? $"{r.ToString(CultureInfo.InvariantCulture)} of {Latest.RankedCount.ToString(CultureInfo.InvariantCulture)}" : "-";

    /// <summary>The quartile band (<c>A</c> best), or <c>-</c>.</summary>
    public string Band => Latest.Band?.ToString() ?? "-";

    /// <summary>
    /// False when the region and England are totals rather than rates (a count such as plans maintained: England's
    /// latest figure is more than 10 times the larger of the council's and its neighbours' mean), so that a chart of
    /// them would flatten the council's line; true otherwise, and when there is nothing to compare.
    /// </summary>
    public bool AggregatesCharted =>
        !(Latest.England.HasNumber && Latest.Value.HasNumber
          && Math.Abs(Latest.England.Number) > 10m * Math.Max(Math.Abs(Latest.Value.Number), Latest.NeighbourAverage.Value.HasNumber ? Math.Abs(Latest.NeighbourAverage.Value.Number) : 0m));

    /// <summary>The one-line reading (<see cref="LaitBenchmarkResult.Reading"/>).</summary>
    public string Reading => Latest.Reading();
}

/// <summary>
/// A council's benchmark pack: for each chosen LAIT measure, its series against its statistical neighbours' mean, its
/// region and England over every year, and the latest rank, band and reading. The data a benchmark report renders;
/// nothing in it is about Word.
/// </summary>
/// <param name="Council">The council's name as LAIT writes it.</param>
/// <param name="CouncilNumber">Its LA number.</param>
/// <param name="NeighbourSet">The neighbour set (name and version).</param>
/// <param name="Neighbours">The neighbours' names, in order.</param>
/// <param name="Measures">The measures, in the order asked for.</param>
public sealed record LaitBenchmarkPack(string Council, int CouncilNumber, string NeighbourSet, IReadOnlyList<string> Neighbours, IReadOnlyList<LaitPackMeasure> Measures)
{
    /// <summary>Builds a pack.</summary>
    /// <param name="benchmark">The benchmark over loaded LAIT data.</param>
    /// <param name="council">The council (any name, LA number or ONS code).</param>
    /// <param name="measures">LAIT codes or catalogue ids, in the order wanted.</param>
    /// <param name="source">Where the list came from (an option or a file), for problems.</param>
    /// <param name="lines">The line of each measure in <paramref name="source"/>, or null.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="DataException">The council is unknown, or one or more measures are; every unknown measure is listed.</exception>
    public static LaitBenchmarkPack Build(LaitBenchmark benchmark, string council, IReadOnlyList<string> measures, string source, IReadOnlyList<int>? lines = null)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(council);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<DataProblem>();
        var result = new List<LaitPackMeasure>();
        if (measures.Count == 0)
        {
            throw new DataException(new[] { new DataProblem(source, "no measures were given") { Expected = "LAIT codes or catalogue ids, comma-separated or one a line", Code = "SEND-KPI-PACK" } });
        }

        for (var i = 0; i < measures.Count; i++)
        {
            try
            {
                result.Add(Measure(benchmark.History(council, measures[i])));
            }
            catch (DataException e) when (e.Problems.All(p => p.Field is "--measure" or "--measures"))
            {
                problems.AddRange(e.Problems.Select(p => p with { Source = source, Line = lines is not null && i < lines.Count ? lines[i] : null, Field = lines is null ? $"--measures[{i.ToString(CultureInfo.InvariantCulture)}]" : null }));
            }
        }

        if (problems.Count > 0)
        {
            throw new DataException(problems);
        }

        var first = result[0].History.Latest;
        return new LaitBenchmarkPack(first.Council.Name, first.Council.Number, first.NeighbourSet, first.Neighbours.Select(n => n.Name).ToArray(), result);
    }

    private static LaitPackMeasure Measure(LaitHistory history)
    {
        var d = history.Latest.Decimals;
        decimal? Round(KpiValue v) => v.HasNumber ? decimal.Round(v.Number, d, MidpointRounding.AwayFromZero) : null;
        return new LaitPackMeasure(
            history,
            history.Years.Select(y => y.Year).ToArray(),
            history.Years.Select(y => Round(y.Council)).ToArray(),
            history.Years.Select(y => Round(y.Neighbours.Value)).ToArray(),
            history.Years.Select(y => Round(y.Region)).ToArray(),
            history.Years.Select(y => Round(y.England)).ToArray());
    }
}
