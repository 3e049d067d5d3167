using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Send.Domain.Validation;

namespace Send.Domain.Kpis.Sources;

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

    /// <summary>Reads the long file.</summary>
    /// <param name="reader">The TSV text.</param>
    /// <param name="source">The file name, for problems.</param>
    /// <param name="problems">Problems found.</param>
    /// <returns>The data.</returns>
    public static LaitData Read(TextReader reader, string source, out IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var data = new LaitData();
        var found = new List<DataProblem>();
        problems = found;
        var skipped = 0;
        void Report(DataProblem problem)
        {
            if (found.Count < MaxProblems)
            {
                found.Add(problem);
            }
            else
            {
                skipped++;
            }
        }

        var header = reader.ReadLine();
        if (header is null || !header.StartsWith("Short Desc\t", StringComparison.Ordinal))
        {
            found.Add(new DataProblem(source, "the first line is not the LAIT long-file header") { Line = 1, Value = header, Expected = "Short Desc, Data item, Years, LA and Regions, Values, LA Number, Region (tab-separated)", Code = "SEND-LAIT-HEADER" });
            return data;
        }

        Span<int> tabs = stackalloc int[6];
        LaitSeries? current = null;
        LaitYear? year = null;
        string? badYearLabel = null;
        var lineNumber = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var startLine = lineNumber;
            if (line.Length == 0)
            {
                continue;
            }

            var count = CountTabs(line);
            while (count < 6)
            {
                var more = reader.Peek() >= 0 ? reader.ReadLine() : null;
                if (more is null)
                {
                    break;
                }

                lineNumber++;
                line = line + "\n" + more;
                count = CountTabs(line);
            }

            if (count != 6)
            {
                Report(new DataProblem(source, "the row does not have 7 tab-separated fields; skipped") { Line = startLine, Value = Truncate(line), Expected = "Short Desc, Data item, Years, LA and Regions, Values, LA Number, Region", Code = "SEND-LAIT-ROW" });
                continue;
            }

            var span = line.AsSpan();
            var at = 0;
            for (var i = 0; i < span.Length && at < 6; i++)
            {
                if (span[i] == '\t')
                {
                    tabs[at++] = i;
                }
            }

            var code = span.Slice(0, tabs[0]).Trim();
            var item = span.Slice(tabs[0] + 1, tabs[1] - tabs[0] - 1);
            var years = span.Slice(tabs[1] + 1, tabs[2] - tabs[1] - 1).Trim();
            var name = span.Slice(tabs[2] + 1, tabs[3] - tabs[2] - 1).Trim();
            var valueText = span.Slice(tabs[3] + 1, tabs[4] - tabs[3] - 1);
            var numberText = span.Slice(tabs[4] + 1, tabs[5] - tabs[4] - 1).Trim();
            var regionText = span.Slice(tabs[5] + 1).Trim();

            if (current is null || !code.SequenceEqual(current.Code.AsSpan()))
            {
                var codeString = code.ToString();
                if (!data.series.TryGetValue(codeString, out current))
                {
                    current = new LaitSeries(codeString);
                    data.series.Add(codeString, current);
                }

                year = null;
            }

            if (current.DataItem is null && item.Length > 0 && !item.SequenceEqual("null"))
            {
                current.DataItem = item.ToString();
            }

            if (year is null || !years.SequenceEqual(year.Label.AsSpan()))
            {
                var end = LaitYearLabels.EndYear(years);
                if (end is not int endYear)
                {
                    var label = years.ToString();
                    if (label != badYearLabel)
                    {
                        Report(new DataProblem(source, "the year label is not understood; rows with it are skipped") { Line = startLine, Field = "Years", Value = label, Expected = "a label such as 2023, 2022/23 or 2024 (Rev)", Severity = DataProblemSeverity.Warning, Code = "SEND-LAIT-YEAR" });
                        badYearLabel = label;
                    }

                    year = null;
                    continue;
                }

                year = current.GetOrAddYear(years.ToString(), endYear, Math.Max(data.geographies.Count, 16));
            }

            if (!int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                Report(new DataProblem(source, "the LA Number is not a number; row skipped") { Line = startLine, Field = "LA Number", Value = numberText.ToString(), Expected = "a whole number such as 878", Code = "SEND-LAIT-ROW" });
                continue;
            }

            if (!KpiValue.TryParse(valueText, out var value))
            {
                Report(new DataProblem(source, "the value is neither a number nor a symbol; row skipped") { Line = startLine, Field = "Values", Value = valueText.ToString(), Expected = "a number, or - or .. for missing, or c", Code = "SEND-LAIT-VALUE" });
                continue;
            }

            if (!data.byNumber.TryGetValue(number, out var geographyIndex))
            {
                geographyIndex = data.geographies.Count;
                var region = regionText.Length == 0 || regionText.SequenceEqual("NA") ? null : regionText.ToString();
                var geography = new LaitGeography(number, name.ToString(), region, geographyIndex);
                data.geographies.Add(geography);
                data.byNumber.Add(number, geographyIndex);
                if (!geography.IsLocalAuthority)
                {
                    data.regionByName.TryAdd(NormaliseRegion(geography.Name), geographyIndex);
                }
            }

            if (value.TryGetNumber(out var raw))
            {
                value = KpiValue.Of(RemoveNoise(raw), value.Flags);
            }

            year.Set(geographyIndex, value.WithFlags(year.Flags));
        }

        if (skipped > 0)
        {
            found.Add(new DataProblem(source, $"{skipped.ToString(CultureInfo.InvariantCulture)} further problems were not listed") { Code = "SEND-LAIT-MORE" });
        }

        return data;
    }

    /// <summary>Reads the long file from disk.</summary>
    /// <param name="path">The path.</param>
    /// <param name="problems">Problems found.</param>
    /// <returns>The data.</returns>
    public static LaitData Read(string path, out IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, true, 1 << 16);
        return Read(reader, path, out problems);
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

    private static int CountTabs(string line)
    {
        var count = 0;
        foreach (var c in line)
        {
            if (c == '\t')
            {
                count++;
            }
        }

        return count;
    }

    private static string Truncate(string line) => line.Length <= 80 ? line : line.Substring(0, 80) + "...";
}
