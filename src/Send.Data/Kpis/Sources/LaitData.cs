using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Send.Domain.Kpis;
using Send.Domain.Validation;

namespace Send.Data.Kpis.Sources;

/// <summary>
/// The LAIT long data file (<c>lait_data_long.tsv</c>): every measure for every local authority, region and
/// England, held compactly as one value array per measure and year.
/// </summary>
/// <remarks>
/// <para>
/// Columns: <c>Short Desc</c> (the measure code), <c>Data item</c>, <c>Years</c>, <c>LA and Regions</c>,
/// <c>Values</c>, <c>LA Number</c>, <c>Region</c>, tab-separated, unquoted. Values are published numbers (some
/// with binary floating-point noise such as <c>4.9000000000000004</c>, or exponents such as
/// <c>2.555E-2</c>) or <c>-</c> (missing). The noise is removed on reading by rounding to 15 significant digits (the
/// precision a double carries), so <c>4.9000000000000004</c> is stored as 4.9 and <c>0.35548999999999997</c> as
/// 0.35549: the published precision is kept for ranks, quartiles and means, as LAIT computes them; display rounds to
/// the measure's decimals (see <see cref="LaitBenchmark"/>).
/// </para>
/// <para>
/// The file is streamed line by line; codes and labels are compared as spans and only allocated when they change, and
/// geographies are keyed by LA number. One measure's <c>Data item</c> holds a raw line break, which splits its rows
/// over two lines: a line with too few fields is joined to the next. A row that still cannot be read (wrong number
/// of fields, a value that is not a number or symbol, an LA number that is not a number) is reported as a
/// <see cref="DataProblem"/> with its line and skipped; reading goes on. At most 200 problems are listed, then a
/// count. Immutable once read; safe to share between threads for reading.
/// </para>
/// </remarks>
public sealed class LaitData
{
    private const int MaxProblems = 200;
    private readonly List<LaitGeography> geographies = new();
    private readonly Dictionary<int, int> byNumber = new();
    private readonly Dictionary<string, LaitSeries> series = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> regionByName = new(StringComparer.OrdinalIgnoreCase);

    private LaitData()
    {
    }

    /// <summary>The geographies in the order first seen.</summary>
    public IReadOnlyList<LaitGeography> Geographies => geographies;

    /// <summary>The measures, keyed by code.</summary>
    public IReadOnlyDictionary<string, LaitSeries> Series => series;

    /// <summary>England, when the file has it.</summary>
    public LaitGeography? England => byNumber.TryGetValue(970, out var i) ? geographies[i] : null;

    /// <summary>Finds a geography by LA number or by name (case-insensitive).</summary>
    /// <param name="nameOrNumber">For example <c>Devon</c> or <c>878</c>.</param>
    /// <returns>The geography, or null.</returns>
    public LaitGeography? FindGeography(string nameOrNumber)
    {
        ArgumentNullException.ThrowIfNull(nameOrNumber);
        var text = nameOrNumber.Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return byNumber.TryGetValue(number, out var i) ? geographies[i] : null;
        }

        return geographies.Find(g => string.Equals(g.Name, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Finds a geography by LA number.</summary>
    /// <param name="number">The LA number.</param>
    /// <returns>The geography, or null.</returns>
    public LaitGeography? FindGeography(int number) => byNumber.TryGetValue(number, out var i) ? geographies[i] : null;

    /// <summary>
    /// The region row of a local authority. The long file names London authorities' regions <c>Inner London</c> and
    /// <c>Outer London</c> but the region rows <c>London (Inner)</c> and <c>London (Outer)</c>, and writes
    /// "Yorkshire and The Humber" in one place and "the" in the other; names are matched on that basis.
    /// </summary>
    /// <param name="la">A local authority.</param>
    /// <returns>The region geography, or null.</returns>
    public LaitGeography? RegionOf(LaitGeography la)
    {
        ArgumentNullException.ThrowIfNull(la);
        return la.RegionName is string name && regionByName.TryGetValue(NormaliseRegion(name), out var i) ? geographies[i] : null;
    }

    /// <summary>
    /// The region row LAIT shows for a local authority on one measure. For London boroughs this is Inner or Outer
    /// London, unless that row has no number in the measure's latest year, when it is London as a whole: LAIT's
    /// <c>clean_ldn_region</c> (R/fn_helper_functions.R in the LAIT repository) makes the same choice, once per measure,
    /// for every year shown.
    /// </summary>
    /// <param name="la">A local authority.</param>
    /// <param name="series">The measure.</param>
    /// <returns>The region geography, or null.</returns>
    public LaitGeography? RegionOf(LaitGeography la, LaitSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var region = RegionOf(la);
        if (region is null || !region.Name.StartsWith("London (", StringComparison.OrdinalIgnoreCase) || series.Latest is not LaitYear latest || latest[region.Index].HasNumber)
        {
            return region;
        }

        return regionByName.TryGetValue("london", out var london) ? geographies[london] : region;
    }

    /// <summary>Reads the long file.</summary>
    /// <param name="reader">The TSV text.</param>
    /// <param name="source">The file name, for problems.</param>
    /// <param name="problems">Problems found.</param>
    /// <returns>The data.</returns>
    public static LaitData Read(TextReader reader, string source, out IReadOnlyList<DataProblem> problems) => Read(reader, source, null, out problems);

    /// <summary>
    /// Reads only the rows of some measures from the long file: a benchmark of a few measures need not parse the
    /// other rows (each skipped line costs a look at its first field). Geographies are those seen in the rows read.
    /// </summary>
    /// <param name="reader">The TSV text.</param>
    /// <param name="source">The file name, for problems.</param>
    /// <param name="measures">The measure codes to read (exact, as <c>Short Desc</c> writes them), or null for all.</param>
    /// <param name="problems">Problems found in the rows read.</param>
    /// <returns>The data.</returns>
    public static LaitData Read(TextReader reader, string source, IReadOnlySet<string>? measures, out IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var wanted = measures is null ? null : new HashSet<string>(measures, StringComparer.Ordinal);
        var lastCode = string.Empty;
        var lastWanted = false;
        var loader = new Loader(new LaitData(), source);
        var lines = new LineScanner(reader);
        try
        {
            if (!lines.TryRead(out var header) || !header.StartsWith("Short Desc\t".AsSpan(), StringComparison.Ordinal))
            {
                loader.Problems.Add(new DataProblem(source, "the first line is not the LAIT long-file header") { Line = 1, Value = header.ToString(), Expected = "Short Desc, Data item, Years, LA and Regions, Values, LA Number, Region (tab-separated)", Code = "SEND-LAIT-HEADER" });
                problems = loader.Problems;
                return loader.Data;
            }

            var lineNumber = 1;
            while (lines.TryRead(out var line))
            {
                lineNumber++;
                if (line.Length == 0)
                {
                    continue;
                }

                if (wanted is not null)
                {
                    // Rows come grouped by measure: a string is made only when the code changes.
                    var tab = line.IndexOf('\t');
                    var code = tab < 0 ? line : line.Slice(0, tab).Trim();
                    if (!code.SequenceEqual(lastCode.AsSpan()))
                    {
                        lastCode = code.ToString();
                        lastWanted = tab >= 0 && wanted.Contains(lastCode);
                    }

                    if (!lastWanted)
                    {
                        continue;
                    }
                }

                var tabs = line.Count('\t');
                if (tabs >= 6)
                {
                    loader.Row(line, lineNumber);
                    continue;
                }

                // A raw line break inside a field: join lines until the row has its seven fields.
                var startLine = lineNumber;
                var joined = line.ToString();
                while (tabs < 6 && lines.TryRead(out var more))
                {
                    lineNumber++;
                    joined = joined + "\n" + more.ToString();
                    tabs = joined.AsSpan().Count('\t');
                }

                loader.Row(joined.AsSpan(), startLine);
            }
        }
        finally
        {
            lines.Dispose();
        }

        loader.Finish();
        problems = loader.Problems;
        return loader.Data;
    }

    /// <summary>Reads the long file from disk.</summary>
    /// <param name="path">The path.</param>
    /// <param name="problems">Problems found.</param>
    /// <returns>The data.</returns>
    public static LaitData Read(string path, out IReadOnlyList<DataProblem> problems) => Read(path, null, out problems);

    /// <summary>Reads the rows of some measures (or all, when <paramref name="measures"/> is null) from disk.</summary>
    /// <param name="path">The path.</param>
    /// <param name="measures">The measure codes to read, or null for all.</param>
    /// <param name="problems">Problems found.</param>
    /// <returns>The data.</returns>
    public static LaitData Read(string path, IReadOnlySet<string>? measures, out IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, true, 1 << 16);
        return Read(reader, path, measures, out problems);
    }

    /// <summary>Rounds to 15 significant digits, removing the binary floating-point noise of values written from doubles.</summary>
    /// <param name="value">The parsed value.</param>
    /// <returns>The value as published.</returns>
    internal static decimal RemoveNoise(decimal value)
    {
        if (value == 0m)
        {
            return 0m;
        }

        // The magnitude only: no arithmetic is done in binary floating point.
        var exponent = (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        var places = 14 - exponent;
        if (places < 0 || places > 28)
        {
            return value;
        }

        return decimal.Round(value, places, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000000000m;
    }

    private static string NormaliseRegion(string name)
    {
        var text = name.Trim().ToLowerInvariant();
        return text switch
        {
            "inner london" => "london (inner)",
            "outer london" => "london (outer)",
            _ => text,
        };
    }


    /// <summary>Turns rows into series, one row at a time, allocating strings only when a code, label or geography is new.</summary>
    private sealed class Loader
    {
        private readonly string source;
        private LaitSeries? current;
        private LaitYear? year;
        private string? badYearLabel;
        private int skipped;

        public Loader(LaitData data, string source)
        {
            Data = data;
            this.source = source;
        }

        public LaitData Data { get; }

        public List<DataProblem> Problems { get; } = new();

        public void Row(ReadOnlySpan<char> span, int line)
        {
            Span<int> tabs = stackalloc int[6];
            var at = 0;
            for (var i = 0; i < span.Length && at < 6; i++)
            {
                if (span[i] == '\t')
                {
                    tabs[at++] = i;
                }
            }

            if (at != 6 || span.Slice(tabs[5] + 1).IndexOf('\t') >= 0)
            {
                Report(new DataProblem(source, "the row does not have 7 tab-separated fields; skipped") { Line = line, Value = Truncate(span), Expected = "Short Desc, Data item, Years, LA and Regions, Values, LA Number, Region", Code = "SEND-LAIT-ROW" });
                return;
            }

            var code = span.Slice(0, tabs[0]).Trim();
            var item = span.Slice(tabs[0] + 1, tabs[1] - tabs[0] - 1);
            var years = span.Slice(tabs[1] + 1, tabs[2] - tabs[1] - 1).Trim();
            var name = span.Slice(tabs[2] + 1, tabs[3] - tabs[2] - 1).Trim();
            var valueText = span.Slice(tabs[3] + 1, tabs[4] - tabs[3] - 1).Trim();
            var numberText = span.Slice(tabs[4] + 1, tabs[5] - tabs[4] - 1).Trim();
            var regionText = span.Slice(tabs[5] + 1).Trim();

            if (current is null || !code.SequenceEqual(current.Code.AsSpan()))
            {
                var codeString = code.ToString();
                if (!Data.series.TryGetValue(codeString, out current))
                {
                    current = new LaitSeries(codeString);
                    Data.series.Add(codeString, current);
                }

                year = null;
            }

            if (current.DataItem is null && item.Length > 0 && !item.SequenceEqual("null".AsSpan()))
            {
                current.DataItem = item.ToString();
            }

            if (year is null || !years.SequenceEqual(year.Label.AsSpan()))
            {
                if (LaitYearLabels.EndYear(years) is not int endYear)
                {
                    var label = years.ToString();
                    if (label != badYearLabel)
                    {
                        var problem = new DataProblem(source, $"the year label of measure {current.Code} is not understood; rows with it are skipped") { Line = line, Field = "Years", Value = label, Expected = "a label such as 2023, 2022/23 or 2024 (Rev)", Severity = DataProblemSeverity.Warning, Code = "SEND-LAIT-YEAR" };
                        Report(problem);
                        current.AddProblem(problem);
                        badYearLabel = label;
                    }

                    year = null;
                    return;
                }

                year = current.GetOrAddYear(years.ToString(), endYear, Math.Max(Data.geographies.Count, 16));
            }

            if (!int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                Report(new DataProblem(source, "the LA Number is not a number; row skipped") { Line = line, Field = "LA Number", Value = numberText.ToString(), Expected = "a whole number such as 878", Code = "SEND-LAIT-ROW" });
                return;
            }

            if (!LaitNumber.TryParse(valueText, out var value, out var written))
            {
                Report(new DataProblem(source, "the value is neither a number nor a symbol; row skipped") { Line = line, Field = "Values", Value = valueText.ToString(), Expected = "a number, or - or .. for missing, or c", Code = "SEND-LAIT-VALUE" });
                return;
            }

            if (!Data.byNumber.TryGetValue(number, out var geographyIndex))
            {
                geographyIndex = Data.geographies.Count;
                var region = regionText.Length == 0 || regionText.SequenceEqual("NA".AsSpan()) ? null : regionText.ToString();
                var geography = new LaitGeography(number, name.ToString(), region, geographyIndex);
                Data.geographies.Add(geography);
                Data.byNumber.Add(number, geographyIndex);
                if (!geography.IsLocalAuthority)
                {
                    Data.regionByName.TryAdd(NormaliseRegion(geography.Name), geographyIndex);
                }
            }

            year.Set(geographyIndex, year.Flags == KpiValueFlags.None ? value : value.WithFlags(year.Flags), written);
        }

        public void Finish()
        {
            if (skipped > 0)
            {
                Problems.Add(new DataProblem(source, $"{skipped.ToString(CultureInfo.InvariantCulture)} further problems were not listed") { Code = "SEND-LAIT-MORE" });
            }
        }

        private void Report(DataProblem problem)
        {
            if (Problems.Count < MaxProblems)
            {
                Problems.Add(problem);
            }
            else
            {
                skipped++;
            }
        }

        private static string Truncate(ReadOnlySpan<char> line) => line.Length <= 80 ? line.ToString() : line.Slice(0, 80).ToString() + "...";
    }

    /// <summary>Reads lines into a pooled buffer and hands them out as spans (valid until the next read), without a string per line.</summary>
    private sealed class LineScanner : IDisposable
    {
        private readonly TextReader reader;
        private char[] buffer = System.Buffers.ArrayPool<char>.Shared.Rent(1 << 16);
        private int start;
        private int end;
        private bool eof;

        public LineScanner(TextReader reader)
        {
            this.reader = reader;
        }

        public bool TryRead(out ReadOnlySpan<char> line)
        {
            while (true)
            {
                var newline = Array.IndexOf(buffer, '\n', start, end - start);
                if (newline >= 0)
                {
                    line = TrimCarriageReturn(buffer.AsSpan(start, newline - start));
                    start = newline + 1;
                    return true;
                }

                if (eof)
                {
                    if (start < end)
                    {
                        line = TrimCarriageReturn(buffer.AsSpan(start, end - start));
                        start = end;
                        return true;
                    }

                    line = default;
                    return false;
                }

                Fill();
            }
        }

        public void Dispose()
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
            buffer = Array.Empty<char>();
        }

        private void Fill()
        {
            if (start > 0)
            {
                Array.Copy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                var grown = System.Buffers.ArrayPool<char>.Shared.Rent(buffer.Length * 2);
                Array.Copy(buffer, grown, end);
                System.Buffers.ArrayPool<char>.Shared.Return(buffer);
                buffer = grown;
            }

            var read = reader.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                eof = true;
            }

            end += read;
        }

        private static ReadOnlySpan<char> TrimCarriageReturn(ReadOnlySpan<char> line) =>
            line.Length > 0 && line[line.Length - 1] == '\r' ? line.Slice(0, line.Length - 1) : line;
    }
}
