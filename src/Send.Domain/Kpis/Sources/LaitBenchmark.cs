using System;
using System.Collections.Generic;
using System.Linq;
using Send.Domain.Validation;

namespace Send.Domain.Kpis.Sources;

/// <summary>
/// Benchmarks councils on LAIT measures: for a council, a measure and a year, its value beside its statistical
/// neighbours' average, its region and England, its rank and its quartile band among all councils.
/// </summary>
/// <remarks>
/// <para>
/// Ranks and quartile cut points are computed over local authorities only (LA number below 970; England and regions
/// are published aggregates and never part of the distribution), using the values of the same year. Ranks follow
/// <see cref="KpiRanking"/> (1 best, ties share the smallest rank); bands follow <see cref="QuartileCutPoints"/>; a
/// measure with no polarity, or marked <c>No_Quartile = N</c>, has no band. The neighbour average is
/// <see cref="NeighbourAverage"/> of the neighbours' values. Region and England are the published rows.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class LaitBenchmark
{
    private readonly LaitData data;
    private readonly LaitDataDictionary dictionary;
    private readonly ComparatorSet neighbours;
    private readonly Dictionary<int, (Neighbour Neighbour, LaitGeography? Geography)[]> neighbourGeographies = new();

    /// <summary>Creates a benchmark over loaded LAIT data.</summary>
    /// <param name="data">The long file.</param>
    /// <param name="dictionary">The data dictionary (polarity, decimals, quartile rule).</param>
    /// <param name="neighbours">The statistical-neighbour set to average over.</param>
    public LaitBenchmark(LaitData data, LaitDataDictionary dictionary, ComparatorSet neighbours)
    {
        this.data = data ?? throw new ArgumentNullException(nameof(data));
        this.dictionary = dictionary ?? throw new ArgumentNullException(nameof(dictionary));
        this.neighbours = neighbours ?? throw new ArgumentNullException(nameof(neighbours));
        foreach (var council in data.Geographies)
        {
            neighbourGeographies[council.Index] = neighbours
                .NeighboursOf(council.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Select(n => (n, int.TryParse(n.Code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? data.FindGeography(number) : null))
                .ToArray();
        }
    }

    /// <summary>Benchmarks one council on one measure.</summary>
    /// <param name="council">The council's name or LA number (for example <c>Devon</c> or <c>878</c>).</param>
    /// <param name="measure">The LAIT measure code (for example <c>SEN_EHC_Excpt_20wks</c>).</param>
    /// <param name="year">The year label or the year it ends in (<c>2023</c> finds <c>2022/23</c>); null for the latest.</param>
    /// <returns>The result.</returns>
    /// <exception cref="DataException">The council, measure or year is not in the data; the problem says what is.</exception>
    public LaitBenchmarkResult Benchmark(string council, string measure, string? year)
    {
        ArgumentNullException.ThrowIfNull(council);
        ArgumentNullException.ThrowIfNull(measure);
        var geography = data.FindGeography(council);
        if (geography is null || !geography.IsLocalAuthority)
        {
            var suggestion = Suggest(council, data.Geographies.Where(g => g.IsLocalAuthority).Select(g => g.Name));
            throw Problem("--la", council, geography is null ? "no local authority of that name or number is in the LAIT data" : "that is a region or England, not a local authority", suggestion is null ? "a local authority name such as Devon, or an LA number such as 878" : $"a local authority name (did you mean '{suggestion}'?)");
        }

        if (!data.Series.TryGetValue(measure.Trim(), out var series))
        {
            var suggestion = Suggest(measure, data.Series.Keys);
            throw Problem("--measure", measure, "no measure with that code is in the LAIT data", suggestion is null ? "a LAIT measure code (Short Desc) from lait_data_dictionary.csv" : $"a LAIT measure code (did you mean '{suggestion}'?)");
        }

        var chosen = year is null ? series.Latest : series.FindYear(year);
        if (chosen is null)
        {
            throw Problem("--year", year ?? string.Empty, $"the measure {series.Code} has no data for that year", "one of " + string.Join(", ", series.Years.Select(y => y.Label)));
        }

        return Benchmark(geography, series, chosen, Distribution.Of(data, series, chosen, Measure(series)));
    }

    /// <summary>Benchmarks every local authority on every measure for the measure's latest year.</summary>
    /// <returns>The results, measure by measure.</returns>
    public IEnumerable<LaitBenchmarkResult> BenchmarkAll()
    {
        var councils = data.Geographies.Where(g => g.IsLocalAuthority).ToArray();
        foreach (var series in data.Series.Values)
        {
            if (series.Latest is not LaitYear latest)
            {
                continue;
            }

            var distribution = Distribution.Of(data, series, latest, Measure(series));
            foreach (var council in councils)
            {
                yield return Benchmark(council, series, latest, distribution);
            }
        }
    }

    private (Polarity Polarity, int Decimals, bool NoQuartile, string Title) Measure(LaitSeries series) =>
        dictionary.TryGet(series.Code, out var m)
            ? (m.Polarity, m.Decimals, m.NoQuartile, m.Title.Length > 0 ? m.Title : series.DataItem ?? series.Code)
            : (Polarity.NoPolarity, 1, false, series.DataItem ?? series.Code);

    private LaitBenchmarkResult Benchmark(LaitGeography council, LaitSeries series, LaitYear year, Distribution distribution)
    {
        var (polarity, decimals, _, title) = Measure(series);
        var value = year[council.Index];
        var listed = neighbourGeographies[council.Index];
        var neighbourValues = new NeighbourValue[listed.Length];
        var values = new KpiValue[listed.Length];
        for (var i = 0; i < listed.Length; i++)
        {
            var (n, g) = listed[i];
            values[i] = g is null ? KpiValue.Missing : year[g.Index];
            neighbourValues[i] = new NeighbourValue(n.Code, g?.Name ?? n.Code, n.Proximity, values[i]);
        }

        var average = NeighbourAverage.Of(values);
        var region = data.RegionOf(council);
        var regionValue = region is null ? KpiValue.Missing : year[region.Index];
        var englandValue = data.England is LaitGeography e ? year[e.Index] : KpiValue.Missing;
        var previous = series.Before(year);
        var travel = previous is null ? null : DirectionOfTravel.Between(value, previous[council.Index], polarity, decimals);
        var comparisons = new[]
        {
            KpiComparison.Of($"Statistical neighbours ({neighbours.Version})", value, average.Value, polarity, decimals),
            KpiComparison.Of(region?.Name ?? "Region", value, regionValue, polarity, decimals),
            KpiComparison.Of("England", value, englandValue, polarity, decimals),
        };
        return new LaitBenchmarkResult(
            series.Code,
            title,
            polarity,
            decimals,
            year.Label,
            council,
            value,
            neighbours.ToString(),
            neighbourValues,
            average,
            region?.Name,
            regionValue,
            englandValue,
            distribution.RankOf(value),
            distribution.Count,
            distribution.BandOf(value),
            distribution.CutPoints,
            previous?.Label,
            travel,
            comparisons);
    }

    private static DataException Problem(string field, string value, string message, string expected) =>
        new(new[] { new DataProblem("LAIT data", message) { Field = field, Value = value, Expected = expected, Code = "SEND-LAIT-LOOKUP" } });

    private static string? Suggest(string text, IEnumerable<string> candidates)
    {
        var lower = text.Trim().ToLowerInvariant();
        return candidates
            .Select(c => (Candidate: c, Distance: Levenshtein(lower, c.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(2, lower.Length / 4))
            .OrderBy(x => x.Distance)
            .Select(x => x.Candidate)
            .FirstOrDefault();
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>All councils' values for one measure and year, sorted once for ranks and bands.</summary>
    private sealed class Distribution
    {
        private readonly decimal[] sorted;
        private readonly Polarity polarity;
        private readonly bool banded;

        private Distribution(decimal[] sorted, Polarity polarity, bool banded)
        {
            this.sorted = sorted;
            this.polarity = polarity;
            this.banded = banded;
            CutPoints = sorted.Length == 0 ? null
                : new QuartileCutPoints(sorted[0], QuartileCutPoints.Type7(sorted, 0.25m), QuartileCutPoints.Type7(sorted, 0.5m), QuartileCutPoints.Type7(sorted, 0.75m), sorted[sorted.Length - 1]);
        }

        public QuartileCutPoints? CutPoints { get; }

        public int Count => sorted.Length;

        public static Distribution Of(LaitData data, LaitSeries series, LaitYear year, (Polarity Polarity, int Decimals, bool NoQuartile, string Title) measure)
        {
            var numbers = new List<decimal>(160);
            foreach (var g in data.Geographies)
            {
                if (g.IsLocalAuthority && year[g.Index].TryGetNumber(out var n))
                {
                    numbers.Add(n);
                }
            }

            var array = numbers.ToArray();
            Array.Sort(array);
            return new Distribution(array, measure.Polarity, !measure.NoQuartile);
        }

        public int? RankOf(KpiValue value)
        {
            if (polarity is not (Polarity.HigherIsBetter or Polarity.LowerIsBetter) || !value.TryGetNumber(out var v))
            {
                return null;
            }

            // 1 + the number of councils strictly better.
            return polarity == Polarity.LowerIsBetter ? LowerBound(v) + 1 : sorted.Length - UpperBound(v) + 1;
        }

        public QuartileBand? BandOf(KpiValue value) => banded ? CutPoints?.BandOf(value, polarity) : null;

        private int LowerBound(decimal v)
        {
            int lo = 0, hi = sorted.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (sorted[mid] < v)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        private int UpperBound(decimal v)
        {
            int lo = 0, hi = sorted.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (sorted[mid] <= v)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}
