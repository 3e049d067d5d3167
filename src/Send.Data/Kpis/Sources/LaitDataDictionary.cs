using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Send.Data.Parsing;
using Send.Domain.Kpis;
using Send.Domain.Validation;

namespace Send.Data.Kpis.Sources;

/// <summary>
/// The LAIT data dictionary: one <see cref="LaitMeasure"/> per measure code, with polarity, decimals, year type and
/// whether quartiles apply.
/// </summary>
/// <remarks>
/// The file is quoted CSV whose description fields hold line breaks. A code that appears twice (LAIT lists some
/// measures under two topics) keeps its first row, as the LAIT app does. Unknown polarity words are reported and read
/// as no polarity. Immutable once read.
/// </remarks>
public sealed class LaitDataDictionary
{
    private readonly Dictionary<string, LaitMeasure> measures;

    private LaitDataDictionary(Dictionary<string, LaitMeasure> measures)
    {
        this.measures = measures;
    }

    /// <summary>The measures, keyed by code.</summary>
    public IReadOnlyDictionary<string, LaitMeasure> Measures => measures;

    /// <summary>Finds a measure by code (exact, after trimming).</summary>
    /// <param name="code">The code.</param>
    /// <param name="measure">The measure.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(string code, out LaitMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (measures.TryGetValue(code.Trim(), out var found))
        {
            measure = found;
            return true;
        }

        measure = null!;
        return false;
    }

    /// <summary>Reads the dictionary.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The file name, for problems.</param>
    /// <param name="problems">Problems found.</param>
    /// <returns>The dictionary (with every row that could be read).</returns>
    public static LaitDataDictionary Read(TextReader reader, string source, out IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var found = new List<DataProblem>();
        problems = found;
        var result = new Dictionary<string, LaitMeasure>(StringComparer.Ordinal);
        var csv = new CsvRecordReader(reader);
        if (!csv.TryRead(out var header, out _))
        {
            found.Add(new DataProblem(source, "the file is empty") { Line = 1, Code = "SEND-LAIT-HEADER" });
            return new LaitDataDictionary(result);
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            columns.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
        }

        foreach (var name in new[] { "Measure_short", "Polarity", "dps", "Year_Type" })
        {
            if (!columns.ContainsKey(name))
            {
                found.Add(new DataProblem(source, "a required column is missing") { Line = 1, Field = name, Expected = "the LAIT data dictionary header (Measure_code, Topic, Measure, ..., Measure_short, Polarity, ..., dps, Year_Type, No_Quartile)", Code = "SEND-LAIT-HEADER" });
            }
        }

        if (found.Count > 0)
        {
            return new LaitDataDictionary(result);
        }

        string Get(List<string> row, string name) => columns.TryGetValue(name, out var i) && i < row.Count ? row[i] : string.Empty;
        while (csv.TryRead(out var row, out var line))
        {
            if (row.Count == 1 && row[0].Length == 0)
            {
                continue;
            }

            if (row.Count != header.Count)
            {
                found.Add(new DataProblem(source, "the row has the wrong number of fields") { Line = line, Value = row.Count.ToString(CultureInfo.InvariantCulture), Expected = header.Count.ToString(CultureInfo.InvariantCulture), Code = "SEND-LAIT-ROW" });
                continue;
            }

            var code = Get(row, "Measure_short").Trim();
            if (code.Length == 0)
            {
                found.Add(new DataProblem(source, "the measure has no code") { Line = line, Field = "Measure_short", Expected = "a measure code", Code = "SEND-LAIT-ROW" });
                continue;
            }

            var polarityText = Get(row, "Polarity").Trim();
            var polarity = polarityText switch
            {
                "High" => Polarity.HigherIsBetter,
                "Low" => Polarity.LowerIsBetter,
                "-" or "NA" or "" => Polarity.NoPolarity,
                _ => (Polarity?)null,
            };
            if (polarity is null)
            {
                found.Add(new DataProblem(source, "unknown polarity; read as no polarity") { Line = line, Field = "Polarity", Value = polarityText, Expected = "High, Low or -", Severity = DataProblemSeverity.Warning, Code = "SEND-LAIT-POLARITY" });
            }

            var dpsText = Get(row, "dps").Trim();
            int decimals;
            var stated = true;
            if (dpsText is "NA" or "")
            {
                decimals = 1;
                stated = false;
            }
            else if (!int.TryParse(dpsText, NumberStyles.None, CultureInfo.InvariantCulture, out decimals) || decimals > 10)
            {
                found.Add(new DataProblem(source, "dps is not a number of decimal places; 1 is used") { Line = line, Field = "dps", Value = dpsText, Expected = "0 to 10 or NA", Severity = DataProblemSeverity.Warning, Code = "SEND-LAIT-DPS" });
                decimals = 1;
                stated = false;
            }

            result.TryAdd(code, new LaitMeasure(
                code,
                Get(row, "Topic"),
                Get(row, "Measure"),
                polarity ?? Polarity.NoPolarity,
                Get(row, "y_axis_name"),
                decimals,
                Get(row, "Year_Type").Trim(),
                Get(row, "No_Quartile").Trim() == "N",
                line) { DecimalsStated = stated });
        }

        if (csv.UnterminatedQuoteLine is int open)
        {
            found.Add(new DataProblem(source, "a quoted field is never closed") { Line = open, Expected = "a closing double quote", Code = "SEND-CSV-QUOTE" });
        }

        return new LaitDataDictionary(result);
    }

    /// <summary>Reads the dictionary from a file.</summary>
    /// <param name="path">The path.</param>
    /// <param name="problems">Problems found.</param>
    /// <returns>The dictionary.</returns>
    public static LaitDataDictionary Read(string path, out IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path, out problems);
    }
}
