using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Send.Data.Parsing;
using Send.Domain.Kpis;
using Send.Domain.Validation;

namespace Send.Data.Kpis.Sources;

/// <summary>
/// Benchmarks councils on LAIT measures: for a council, a measure and a year, its value beside its statistical
/// neighbours' average, its region and England, its rank and its quartile band among all councils.
/// </summary>
/// <remarks>
/// <para>
/// Ranks and quartile cut points are computed over local authorities only (LA number below 970; England and regions
/// are published aggregates and never part of the distribution), using the values of the same year. They use each
/// value exactly as the file writes it (<see cref="LaitYear.Written"/>), which is what LAIT ranks:
/// <c>97.399999999999991</c> ranks below <c>97.4</c> and does not tie with it, although both show as 97.4. Ranks follow
/// <see cref="KpiRanking"/>'s rule (1 best, ties share the smallest rank, as R's <c>rank(ties.method = "min")</c> in
/// LAIT); bands follow <see cref="QuartileCutPoints"/>; a measure with no polarity, or marked <c>No_Quartile = N</c>,
/// has no band. The neighbour average is <see cref="NeighbourAverage"/> of the neighbours' values. Region and England
/// are the published rows; a London borough's region is Inner or Outer London, or London when that row has no number
/// in the measure's latest year (<see cref="LaitData.RegionOf(LaitGeography, LaitSeries)"/>).
/// </para>
/// <para>
/// Display precision: the dictionary's <c>dps</c> when it states one; when it says <c>NA</c>, the catalogue's
/// <see cref="KpiDefinition.DisplayDecimals"/> of the definition with that LAIT code (the CLA rate: 0); otherwise 1,
/// LAIT's default.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class LaitBenchmark
{
    private readonly LaitData data;
    private readonly LaitDataDictionary dictionary;
    private readonly ComparatorSet neighbours;
    private readonly KpiCatalogue catalogue;
    private readonly Dictionary<int, (Neighbour Neighbour, LaitGeography? Geography)[]> neighbourGeographies = new();

    /// <summary>Creates a benchmark over loaded LAIT data.</summary>
    /// <param name="data">The long file.</param>
    /// <param name="dictionary">The data dictionary (polarity, decimals, quartile rule).</param>
    /// <param name="neighbours">The statistical-neighbour set to average over.</param>
    /// <param name="catalogue">The KPI catalogue, for catalogue ids and display precision; null for <see cref="KpiCatalogue.BuiltIn"/>.</param>
    /// <param name="councils">How councils are found by name; null for a directory over the data's geographies without ONS codes.</param>
    public LaitBenchmark(LaitData data, LaitDataDictionary dictionary, ComparatorSet neighbours, KpiCatalogue? catalogue = null, CouncilDirectory? councils = null)
    {
        this.data = data ?? throw new ArgumentNullException(nameof(data));
        this.dictionary = dictionary ?? throw new ArgumentNullException(nameof(dictionary));
        this.neighbours = neighbours ?? throw new ArgumentNullException(nameof(neighbours));
        this.catalogue = catalogue ?? KpiCatalogue.BuiltIn;
        Councils = councils ?? new CouncilDirectory(data.Geographies);
        foreach (var council in data.Geographies)
        {
            neighbourGeographies[council.Index] = neighbours
                .NeighboursOf(council.Number.ToString(CultureInfo.InvariantCulture))
                .Select(n => (n, int.TryParse(n.Code, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? data.FindGeography(number) : null))
                .ToArray();
        }
    }

    /// <summary>How councils are found by name, number or ONS code.</summary>
    public CouncilDirectory Councils { get; }

    /// <summary>The neighbour set used.</summary>
    public ComparatorSet NeighbourSet => neighbours;

    /// <summary>Benchmarks one council on one measure.</summary>
    /// <param name="council">The council: a name in any common form, an LA number or an ONS code (<c>Devon</c>, <c>878</c>, <c>E10000008</c>).</param>
    /// <param name="measure">The LAIT measure code (<c>SEN_EHC_Excpt_20wks</c>) or a catalogue id (<c>ehcp-issued-20wk-excl-exc-pct</c>).</param>
    /// <param name="year">A year label in any form <see cref="LaitSeries.FindYear"/> takes (<c>2022/23</c>, <c>22/23</c>, <c>2023</c>); null for the latest.</param>
    /// <returns>The result.</returns>
    /// <exception cref="DataException">The council, measure or year is not in the data; the problem says what is.</exception>
    public LaitBenchmarkResult Benchmark(string council, string measure, string? year)
    {
        var geography = FindCouncil(council);
        var series = FindSeries(measure);
        var chosen = year is null ? series.Latest : series.FindYear(year);
        if (chosen is null)
        {
            throw Problem("--year", year ?? string.Empty, $"the measure {series.Code} has no data for that year", "one of " + string.Join(", ", series.Years.Select(y => y.Label)));
        }

        return Benchmark(geography, series, chosen, Distribution.Of(data, chosen, Measure(series)));
    }

    /// <summary>
    /// One council's series on one measure over every year the file has: its value, its neighbours' mean, its region
    /// (chosen once, as for <see cref="Benchmark(string, string, string?)"/>) and England, oldest first; with the
    /// benchmark of the latest year.
    /// </summary>
    /// <param name="council">The council (as for <see cref="Benchmark(string, string, string?)"/>).</param>
    /// <param name="measure">The measure code or catalogue id.</param>
    /// <returns>The history.</returns>
    /// <exception cref="DataException">The council or measure is not in the data, or the measure has no years.</exception>
    public LaitHistory History(string council, string measure)
    {
        var geography = FindCouncil(council);
        var series = FindSeries(measure);
        if (series.Latest is not LaitYear latest)
        {
            throw Problem("--measures", measure, $"the measure {series.Code} has no years in the data", "a measure with data");
        }

        var region = data.RegionOf(geography, series);
        var listed = neighbourGeographies[geography.Index];
        var points = new List<LaitHistoryPoint>(series.Years.Count);
        foreach (var y in series.Years)
        {
            var values = new KpiValue[listed.Length];
            for (var i = 0; i < listed.Length; i++)
            {
                values[i] = listed[i].Geography is LaitGeography g ? y[g.Index] : KpiValue.Missing;
            }

            points.Add(new LaitHistoryPoint(
                y.Label,
                y[geography.Index],
                NeighbourAverage.Of(values),
                region is null ? KpiValue.Missing : y[region.Index],
                data.England is LaitGeography e ? y[e.Index] : KpiValue.Missing));
        }

        var result = Benchmark(geography, series, latest, Distribution.Of(data, latest, Measure(series)));
        return new LaitHistory(result, points);
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

            var distribution = Distribution.Of(data, latest, Measure(series));
            foreach (var council in councils)
            {
                yield return Benchmark(council, series, latest, distribution);
            }
        }
    }

    /// <summary>
    /// The LAIT measure code for a code or a catalogue id: <c>SEN_EHC_Excpt_20wks</c> and
    /// <c>ehcp-issued-20wk-excl-exc-pct</c> both give <c>SEN_EHC_Excpt_20wks</c>. Codes match case-insensitively when
    /// no code matches exactly.
    /// </summary>
    /// <param name="measure">A code or id.</param>
    /// <returns>The code, or null when neither matches.</returns>
    public string? ResolveMeasure(string measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var text = measure.Trim();
        if (data.Series.ContainsKey(text))
        {
            return text;
        }

        if (catalogue.TryGet(text, out var definition) && definition.LaitMeasure is string code && data.Series.ContainsKey(code))
        {
            return code;
        }

        return data.Series.Keys.FirstOrDefault(k => string.Equals(k, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Every measure of the long file with its title, unit, polarity, display precision, years and catalogue id,
    /// ordered by code; only those whose code, catalogue id, title or topic contains <paramref name="search"/>
    /// (case-insensitive) when it is given.
    /// </summary>
    /// <param name="search">Text to look for, or null for all.</param>
    /// <returns>The measures.</returns>
    public IReadOnlyList<LaitMeasureSummary> Measures(string? search = null)
    {
        var result = new List<LaitMeasureSummary>();
        var byLait = catalogue.Definitions.Where(d => d.LaitMeasure is not null).GroupBy(d => d.LaitMeasure!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        foreach (var series in data.Series.Values.OrderBy(s => s.Code, StringComparer.OrdinalIgnoreCase))
        {
            var m = Measure(series);
            dictionary.TryGet(series.Code, out var entry);
            var summary = new LaitMeasureSummary(
                series.Code,
                byLait.GetValueOrDefault(series.Code),
                m.Title,
                entry?.Topic,
                entry?.AxisName,
                m.Polarity,
                m.Decimals,
                series.Years.Select(y => y.Label).ToArray());
            if (search is null || Matches(summary, search.Trim()))
            {
                result.Add(summary);
            }
        }

        return result;
    }

    /// <summary>The problems found in one measure's rows while reading (see <see cref="LaitSeries.Problems"/>); empty for an unknown code.</summary>
    /// <param name="code">The LAIT code.</param>
    /// <returns>The problems.</returns>
    public IReadOnlyList<DataProblem> ProblemsOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return data.Series.TryGetValue(code, out var series) ? series.Problems : Array.Empty<DataProblem>();
    }

    /// <summary>The display precision of a measure (see the remarks).</summary>
    /// <param name="code">The LAIT code.</param>
    /// <returns>Decimal places.</returns>
    public int DecimalsOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return dictionary.TryGet(code, out var m) && m.DecimalsStated ? m.Decimals
            : catalogue.Definitions.FirstOrDefault(d => d.LaitMeasure == code) is KpiDefinition d ? d.DisplayDecimals
            : 1;
    }

    private static bool Matches(LaitMeasureSummary m, string text) =>
        m.Code.Contains(text, StringComparison.OrdinalIgnoreCase)
        || (m.CatalogueId?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false)
        || m.Title.Contains(text, StringComparison.OrdinalIgnoreCase)
        || (m.Topic?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false);

    private LaitGeography FindCouncil(string council)
    {
        ArgumentNullException.ThrowIfNull(council);
        var geography = Councils.Find(council);
        if (geography is not null && geography.IsLocalAuthority)
        {
            return geography;
        }

        if (geography is not null)
        {
            throw Problem("--la", council, "that is a region or England, not a local authority", "a local authority name such as Devon, an LA number such as 878 or an ONS code such as E10000008");
        }

        var suggestions = Councils.Suggest(council);
        var why = CouncilDirectory.IsOnsCode(council) ? "no local authority has that ONS code (ONS codes are read from the EES files in the data folder)" : "no local authority of that name or number is in the LAIT data";
        throw Problem("--la", council, why, suggestions.Count == 0 ? "a local authority name such as Devon, an LA number such as 878 or an ONS code such as E10000008" : "a local authority name (did you mean " + string.Join(" or ", suggestions.Select(s => "'" + s + "'")) + "?)");
    }

    private LaitSeries FindSeries(string measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (ResolveMeasure(measure) is string code)
        {
            return data.Series[code];
        }

        var lower = measure.Trim().ToLowerInvariant();
        var suggestion = data.Series.Keys.Concat(catalogue.Definitions.Where(d => d.LaitMeasure is not null).Select(d => d.Id))
            .Select(c => (Candidate: c, Distance: EditDistance.Between(lower, c.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(2, lower.Length / 4))
            .OrderBy(x => x.Distance)
            .Select(x => x.Candidate)
            .FirstOrDefault();
        throw Problem("--measure", measure, "no measure with that code or catalogue id is in the LAIT data", suggestion is null ? "a LAIT measure code (send kpi measures --search <text>) or a catalogue id (send kpi catalogue)" : $"a LAIT measure code or catalogue id (did you mean '{suggestion}'?)");
    }

    private (Polarity Polarity, int Decimals, bool NoQuartile, string Title) Measure(LaitSeries series) =>
        dictionary.TryGet(series.Code, out var m)
            ? (m.Polarity, DecimalsOf(series.Code), m.NoQuartile, m.Title.Length > 0 ? m.Title : series.DataItem ?? series.Code)
            : (Polarity.NoPolarity, DecimalsOf(series.Code), false, series.DataItem ?? series.Code);

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
        var region = data.RegionOf(council, series);
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
        var written = year.Written(council.Index);
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
            distribution.RankOf(written),
            distribution.Count,
            distribution.BandOf(written),
            distribution.CutPoints,
            previous?.Label,
            travel,
            comparisons);
    }

    private static DataException Problem(string field, string value, string message, string expected) =>
        new(new[] { new DataProblem("LAIT data", message) { Field = field, Value = value, Expected = expected, Code = "SEND-LAIT-LOOKUP" } });

    /// <summary>All councils' values for one measure and year, as written, sorted once for ranks and bands.</summary>
    private sealed class Distribution
    {
        private readonly decimal[] sorted;
        private readonly Polarity polarity;
        private readonly bool banded;
        private readonly QuartileCutPoints? written;

        private Distribution(decimal[] sorted, Polarity polarity, bool banded)
        {
            this.sorted = sorted;
            this.polarity = polarity;
            this.banded = banded;
            if (sorted.Length > 0)
            {
                written = new QuartileCutPoints(sorted[0], QuartileCutPoints.Type7(sorted, 0.25m), QuartileCutPoints.Type7(sorted, 0.5m), QuartileCutPoints.Type7(sorted, 0.75m), sorted[sorted.Length - 1]);
                CutPoints = new QuartileCutPoints(LaitData.RemoveNoise(written.Q0), LaitData.RemoveNoise(written.Q25), LaitData.RemoveNoise(written.Q50), LaitData.RemoveNoise(written.Q75), LaitData.RemoveNoise(written.Q100));
            }
        }

        /// <summary>The cut points with floating-point noise removed, for display.</summary>
        public QuartileCutPoints? CutPoints { get; }

        public int Count => sorted.Length;

        public static Distribution Of(LaitData data, LaitYear year, (Polarity Polarity, int Decimals, bool NoQuartile, string Title) measure)
        {
            var numbers = new List<decimal>(160);
            foreach (var g in data.Geographies)
            {
                if (g.IsLocalAuthority && year.Written(g.Index) is decimal n)
                {
                    numbers.Add(n);
                }
            }

            var array = numbers.ToArray();
            Array.Sort(array);
            return new Distribution(array, measure.Polarity, !measure.NoQuartile);
        }

        public int? RankOf(decimal? value)
        {
            if (polarity is not (Polarity.HigherIsBetter or Polarity.LowerIsBetter) || value is not decimal v)
            {
                return null;
            }

            // 1 + the number of councils strictly better.
            return polarity == Polarity.LowerIsBetter ? LowerBound(v) + 1 : sorted.Length - UpperBound(v) + 1;
        }

        public QuartileBand? BandOf(decimal? value) => banded && value is decimal v ? written?.BandOf(KpiValue.Of(v), polarity) : null;

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
