using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Send.Data.Parsing;
using Send.Domain.Kpis;
using Send.Domain.Validation;

namespace Send.Data.Kpis.Sources;

/// <summary>
/// Reads one measure column of an explore-education-statistics (EES) tidy CSV file, such as the "Education, health
/// and care plans" release's <c>timeliness_20_week.csv</c>, into <see cref="EesObservation"/>s.
/// </summary>
/// <remarks>
/// <para>
/// The format: one row per period, geography and breakdown; columns <c>time_period</c> (<c>2024</c> or
/// <c>202425</c>), <c>time_identifier</c>, <c>geographic_level</c>, <c>country_code</c>/<c>country_name</c>,
/// <c>region_code</c>/<c>region_name</c>, <c>new_la_code</c>/<c>old_la_code</c>/<c>la_name</c>,
/// <c>breakdown_topic</c>/<c>breakdown</c>, then measure columns. Cells hold numbers or the DfE symbols
/// (<c>x</c>, <c>c</c>, <c>z</c>, <c>low</c>...), read as <see cref="KpiValueStatus"/> values, never as zero.
/// </para>
/// <para>
/// The period type says how to read <c>time_period</c>: the caseload's <c>202425</c> ("Academic year") read as a
/// <see cref="KpiPeriodType.SnapshotDate"/> is the January 2025 census. A malformed row (wrong number of fields,
/// a value that is neither a number nor a symbol, a period that does not fit) is reported as a
/// <see cref="DataProblem"/> with file and line, and the rest of the file is still read. A repeated column name
/// (annual_reviews.csv repeats <c>review_meeting_prior_24</c>) is a warning; the first column of that name is used.
/// </para>
/// </remarks>
public static class EesDataFile
{
    private static readonly string[] Required = { "time_period", "time_identifier", "geographic_level" };

    /// <summary>Reads <paramref name="measure"/> from an EES CSV.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The file name, for problems.</param>
    /// <param name="measure">The measure column, for example <c>PC_plans_issued_20_weeks_ex</c> (case-sensitive, as DfE spells it).</param>
    /// <param name="periodType">How to read <c>time_period</c>.</param>
    /// <param name="problems">Problems found (errors for bad rows, warnings for oddities).</param>
    /// <returns>The observations read, in file order.</returns>
    public static IReadOnlyList<EesObservation> ReadMeasure(TextReader reader, string source, string measure, KpiPeriodType periodType, out IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(measure);
        var found = new List<DataProblem>();
        var result = new List<EesObservation>();
        problems = found;
        var csv = new CsvRecordReader(reader);
        if (!csv.TryRead(out var header, out _))
        {
            found.Add(new DataProblem(source, "the file is empty") { Line = 1, Expected = "an EES header row starting time_period,time_identifier,geographic_level", Code = "SEND-EES-HEADER" });
            return result;
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            if (!columns.TryAdd(name, i))
            {
                found.Add(new DataProblem(source, "the column name is repeated; the first column of that name is used") { Line = 1, Column = i + 1, Field = name, Severity = DataProblemSeverity.Warning, Code = "SEND-EES-HEADER" });
            }
        }

        foreach (var name in Required.Append(measure))
        {
            if (!columns.ContainsKey(name))
            {
                found.Add(new DataProblem(source, "a required column is missing") { Line = 1, Field = name, Expected = "an EES data file with the column " + name, Code = "SEND-EES-HEADER" });
            }
        }

        if (found.Any(p => p.Severity == DataProblemSeverity.Error))
        {
            return result;
        }

        int Col(string name) => columns.TryGetValue(name, out var i) ? i : -1;
        var cPeriod = Col("time_period");
        var cLevel = Col("geographic_level");
        var cCountryCode = Col("country_code");
        var cCountry = Col("country_name");
        var cRegionCode = Col("region_code");
        var cRegion = Col("region_name");
        var cNewLa = Col("new_la_code");
        var cOldLa = Col("old_la_code");
        var cLa = Col("la_name");
        var cTopic = Col("breakdown_topic");
        var cBreakdown = Col("breakdown");
        var cMeasure = Col(measure);
        var layout2025 = cTopic >= 0 && cBreakdown >= 0;

        // Older layouts name their own filters (characteristic_age; establishment_type and establishment_group): read
        // the rows first to find them, then a total row is one with Total in every filter.
        List<(List<string> Row, int Line)>? buffered = layout2025 ? null : new();
        int[] filters = Array.Empty<int>();
        if (buffered is not null)
        {
            while (csv.TryRead(out var row, out var line))
            {
                buffered.Add((row, line));
            }

            filters = FilterColumns(header, buffered, cMeasure);
            foreach (var f in filters)
            {
                if (!buffered.Exists(r => r.Row.Count == header.Count && string.Equals(r.Row[f].Trim(), "Total", StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add(new DataProblem(source, "the file's total rows cannot be identified: its filter column never holds Total") { Line = 1, Column = f + 1, Field = header[f].Trim(), Expected = "an EES file whose filter columns mark their total rows with Total (or the 2025 layout with breakdown_topic and breakdown)", Code = "SEND-EES-TOTALS" });
                }
            }

            if (found.Any(p => p.Severity == DataProblemSeverity.Error))
            {
                return result;
            }
        }

        var filterNames = string.Join(", ", filters.Select(f => header[f].Trim()));
        IEnumerable<(List<string> Row, int Line)> Rows()
        {
            if (buffered is not null)
            {
                foreach (var r in buffered)
                {
                    yield return r;
                }

                yield break;
            }

            while (csv.TryRead(out var row, out var line))
            {
                yield return (row, line);
            }
        }

        foreach (var (row, line) in Rows())
        {
            if (row.Count == 1 && row[0].Length == 0)
            {
                continue;
            }

            if (row.Count != header.Count)
            {
                found.Add(new DataProblem(source, "the row has the wrong number of fields") { Line = line, Value = row.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Expected = header.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " fields, as in the header", Code = "SEND-EES-ROW" });
                continue;
            }

            string Get(int c) => c >= 0 ? row[c] : string.Empty;
            var periodText = row[cPeriod];
            if (!KpiPeriod.TryParse(periodText, periodType, out var period, out var expected))
            {
                found.Add(new DataProblem(source, $"time_period does not fit a {periodType} KPI") { Line = line, Column = cPeriod + 1, Field = "time_period", Value = periodText, Expected = expected, Code = "SEND-EES-PERIOD" });
                continue;
            }

            var cell = row[cMeasure];
            if (!KpiValue.TryParse(cell.AsSpan(), out var value))
            {
                found.Add(new DataProblem(source, "the value is neither a number nor a DfE symbol") { Line = line, Column = cMeasure + 1, Field = measure, Value = cell, Expected = "a number or one of x, c, z, low, u", Code = "SEND-EES-VALUE" });
                continue;
            }

            var levelText = row[cLevel];
            var level = levelText switch
            {
                "National" => EesGeographicLevel.National,
                "Regional" => EesGeographicLevel.Regional,
                "Local authority" => EesGeographicLevel.LocalAuthority,
                _ => EesGeographicLevel.Other,
            };
            var (code, name) = level switch
            {
                EesGeographicLevel.LocalAuthority => (Get(cNewLa), Get(cLa)),
                EesGeographicLevel.Regional => (Get(cRegionCode), Get(cRegion)),
                _ => (Get(cCountryCode), Get(cCountry)),
            };
            var oldLa = Get(cOldLa);
            if (layout2025)
            {
                result.Add(new EesObservation(level, code, name, oldLa.Length == 0 ? null : oldLa, period, Get(cTopic), Get(cBreakdown), value, line));
            }
            else
            {
                var values = string.Join(", ", filters.Select(f => row[f].Trim()));
                var total = filters.All(f => string.Equals(row[f].Trim(), "Total", StringComparison.OrdinalIgnoreCase));
                result.Add(new EesObservation(level, code, name, oldLa.Length == 0 ? null : oldLa, period, filterNames, values, value, line) { IsTotal = total });
            }
        }

        if (csv.UnterminatedQuoteLine is int open)
        {
            found.Add(new DataProblem(source, "a quoted field is never closed") { Line = open, Expected = "a closing double quote", Code = "SEND-CSV-QUOTE" });
        }

        return result;
    }

    private static readonly HashSet<string> GeographyAndTime = new(StringComparer.OrdinalIgnoreCase)
    {
        "time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name",
        "old_la_code", "new_la_code", "la_name", "lad_code", "lad_name", "pcon_code", "pcon_name", "english_devolved_area_code",
        "english_devolved_area_name", "opportunity_area_code", "opportunity_area_name", "ward_code", "ward_name", "version",
    };

    /// <summary>
    /// The filter columns of an older layout: after the time and geography columns, the leading columns that hold text
    /// which is neither a number nor a DfE symbol (<c>Total</c>, <c>Age 5 to 10</c>); the first column holding only
    /// numbers and symbols starts the measures.
    /// </summary>
    private static int[] FilterColumns(List<string> header, List<(List<string> Row, int Line)> rows, int measureColumn)
    {
        var result = new List<int>();
        for (var c = 0; c < header.Count; c++)
        {
            if (GeographyAndTime.Contains(header[c].Trim().TrimStart('\uFEFF')))
            {
                continue;
            }

            if (c == measureColumn)
            {
                break;
            }

            var isFilter = false;
            foreach (var (row, _) in rows)
            {
                if (row.Count == header.Count && !KpiValue.TryParse(row[c].AsSpan(), out _))
                {
                    isFilter = true;
                    break;
                }
            }

            if (!isFilter)
            {
                break;
            }

            result.Add(c);
        }

        return result.ToArray();
    }

    /// <summary>
    /// Keys the headline rows (<see cref="EesObservation.IsTotal"/>) by geography and period. The geography key is the
    /// three-digit LA number (<c>old_la_code</c>, as LAIT uses) for a local authority, the region code
    /// (<c>E12000009</c>) for a region and the country code (<c>E92000001</c>) for England.
    /// </summary>
    /// <param name="observations">Observations from <see cref="ReadMeasure(string, string, KpiPeriodType, out IReadOnlyList{DataProblem})"/>.</param>
    /// <returns>The values; when a key repeats, the first row wins.</returns>
    public static IReadOnlyDictionary<(string Geography, KpiPeriod Period), KpiValue> TotalsByGeography(IEnumerable<EesObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var result = new Dictionary<(string, KpiPeriod), KpiValue>();
        foreach (var o in observations)
        {
            if (o.IsTotal)
            {
                result.TryAdd((o.Level == EesGeographicLevel.LocalAuthority && o.OldLaCode is not null ? o.OldLaCode : o.Code, o.Period), o.Value);
            }
        }

        return result;
    }

    /// <summary>Reads <paramref name="measure"/> from an EES CSV file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="measure">The measure column.</param>
    /// <param name="periodType">How to read <c>time_period</c>.</param>
    /// <param name="problems">Problems found.</param>
    /// <returns>The observations.</returns>
    public static IReadOnlyList<EesObservation> ReadMeasure(string path, string measure, KpiPeriodType periodType, out IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return ReadMeasure(reader, path, measure, periodType, out problems);
    }
}
