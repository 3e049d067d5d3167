using System;
using System.Collections.Generic;
using Send.Domain.Kpis;

namespace Send.Data.Kpis.Sources;

/// <summary>One year of a <see cref="LaitSeries"/>: its label as LAIT writes it and one value per geography.</summary>
public sealed class LaitYear
{
    private KpiValue[] values;
    private decimal[] raw;

    internal LaitYear(string label, int endYear, KpiValueFlags flags, int capacity)
    {
        Label = label;
        EndYear = endYear;
        Flags = flags;
        values = NewArray(capacity);
        raw = new decimal[capacity];
    }

    /// <summary>The label as LAIT writes it: <c>2023</c>, <c>2022/23</c>, <c>2024 (Rev)</c>, <c>2014-16</c>.</summary>
    public string Label { get; }

    /// <summary>The calendar year the period ends in (2023 for <c>2022/23</c>; 2016 for the span <c>2014-16</c>).</summary>
    public int EndYear { get; }

    /// <summary>Flags implied by the label: <c>(Rev)</c> revised, <c>(prov)</c> provisional.</summary>
    public KpiValueFlags Flags { get; }

    /// <summary>The value of the geography at <paramref name="geographyIndex"/>; missing when the file has no row.</summary>
    /// <param name="geographyIndex">The index of a <see cref="LaitGeography"/>.</param>
    /// <returns>The value.</returns>
    public KpiValue this[int geographyIndex] => geographyIndex < values.Length ? values[geographyIndex] : KpiValue.Missing;

    /// <summary>
    /// The number exactly as the file writes it, before floating-point noise is removed (<c>97.399999999999991</c>
    /// where <see cref="this[int]"/> holds 97.4): what LAIT ranks and bands. Null when the value has no number.
    /// </summary>
    /// <param name="geographyIndex">The index of a <see cref="LaitGeography"/>.</param>
    /// <returns>The number as written, or null.</returns>
    public decimal? Written(int geographyIndex) => this[geographyIndex].HasNumber ? raw[geographyIndex] : null;

    internal bool Set(int geographyIndex, KpiValue value, decimal written)
    {
        if (geographyIndex >= values.Length)
        {
            var length = Math.Max(geographyIndex + 1, values.Length * 2);
            var grown = NewArray(length);
            Array.Copy(values, grown, values.Length);
            values = grown;
            Array.Resize(ref raw, length);
        }

        var had = values[geographyIndex].Status != KpiValueStatus.Missing || values[geographyIndex].Flags != KpiValueFlags.None;
        values[geographyIndex] = value;
        raw[geographyIndex] = written;
        return had;
    }

    private static KpiValue[] NewArray(int length)
    {
        var array = new KpiValue[length];
        Array.Fill(array, KpiValue.Missing);
        return array;
    }
}

/// <summary>Every published value of one LAIT measure: its years, each with a value per geography.</summary>
public sealed class LaitSeries
{
    private readonly List<LaitYear> years = new();
    private readonly Dictionary<string, LaitYear> byLabel = new(StringComparer.Ordinal);
    private readonly List<Send.Domain.Validation.DataProblem> problems = new();

    internal LaitSeries(string code)
    {
        Code = code;
    }

    /// <summary>The measure code (<c>Short Desc</c>).</summary>
    public string Code { get; }

    /// <summary>
    /// Problems of this measure's rows found while reading (for example rows with a year label that is not a year),
    /// so that a command about one measure reports that measure's problems and no others.
    /// </summary>
    public IReadOnlyList<Send.Domain.Validation.DataProblem> Problems => problems;

    /// <summary>The <c>Data item</c> text of the first row that has one, or null.</summary>
    public string? DataItem { get; internal set; }

    /// <summary>The years, ordered by <see cref="LaitYear.EndYear"/>.</summary>
    public IReadOnlyList<LaitYear> Years => years;

    /// <summary>The latest year (as LAIT chooses it: the greatest year), or null when the series is empty.</summary>
    public LaitYear? Latest => years.Count == 0 ? null : years[years.Count - 1];

    /// <summary>
    /// Finds a year by its exact label, or by any period form of <see cref="KpiPeriod"/> (<c>2022/23</c>, <c>22/23</c>,
    /// <c>2022-23</c>, <c>202223</c>, <c>FY2022-23</c>), or by the year it ends in (<c>2023</c> finds <c>2022/23</c>).
    /// When two labels end in the same year (<c>2024</c> and <c>2024 (Rev)</c>), the later in the file's order wins.
    /// </summary>
    /// <param name="year">The label or end year.</param>
    /// <returns>The year, or null.</returns>
    public LaitYear? FindYear(string year)
    {
        ArgumentNullException.ThrowIfNull(year);
        if (byLabel.TryGetValue(year.Trim(), out var exact))
        {
            return exact;
        }

        var end = KpiPeriod.TryParse(year.Trim(), KpiPeriodType.FinancialYear, out var period, out _) ? period.EndYear : LaitYearLabels.EndYear(year.Trim());
        return end is int e ? years.FindLast(y => y.EndYear == e) : null;
    }

    /// <summary>The year before <paramref name="year"/> in this series, or null.</summary>
    /// <param name="year">A year of this series.</param>
    /// <returns>The previous year.</returns>
    public LaitYear? Before(LaitYear year)
    {
        var i = years.IndexOf(year);
        return i > 0 ? years[i - 1] : null;
    }

    internal void AddProblem(Send.Domain.Validation.DataProblem problem) => problems.Add(problem);

    internal LaitYear GetOrAddYear(string label, int endYear, int capacity)
    {
        if (byLabel.TryGetValue(label, out var year))
        {
            return year;
        }

        year = new LaitYear(label, endYear, LaitYearLabels.Flags(label), capacity);
        byLabel.Add(label, year);
        var at = years.FindLastIndex(y => y.EndYear <= endYear) + 1;
        years.Insert(at, year);
        return year;
    }
}
