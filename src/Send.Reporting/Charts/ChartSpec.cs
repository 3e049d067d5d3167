using System;
using System.Collections.Generic;
using System.Linq;

namespace Send.Reporting.Charts;

/// <summary>
/// What a native Word chart shows: its kind, title, category labels, series and axis titles. It says nothing about
/// fonts or colours, which come from the house style (<see cref="ChartStyle"/>).
/// </summary>
/// <remarks>
/// Immutable. The constructor checks that every series has exactly one value per category, so a chart can never
/// silently plot a shifted or truncated series. Templates write a spec as a fenced <c>chart</c> block; see
/// <see cref="ChartBlockParser"/>.
/// </remarks>
public sealed class ChartSpec
{
    /// <summary>The Excel number format used when none is given and a value has a fraction: thousands separator, one decimal place.</summary>
    public const string DefaultNumberFormat = "#,##0.0";

    /// <summary>The Excel number format used when none is given and every value is a whole number (counts of plans, pupils): thousands separator, no decimals, so the axis reads 1,200, never 1,200.0.</summary>
    public const string WholeNumberFormat = "#,##0";

    /// <summary>Creates a chart specification.</summary>
    /// <param name="kind">Line or clustered bar.</param>
    /// <param name="title">The chart title printed above the plot; not empty.</param>
    /// <param name="categories">The category labels along the horizontal axis (for example financial years); at least one.</param>
    /// <param name="series">At least one series, each with one value per category.</param>
    /// <param name="categoryAxisTitle">The horizontal axis title, or null for none.</param>
    /// <param name="valueAxisTitle">The vertical axis title (say the unit, for example "£m"), or null for none.</param>
    /// <param name="numberFormat">An Excel number format for values and the value axis; null gives <see cref="WholeNumberFormat"/> when every value is a whole number, else <see cref="DefaultNumberFormat"/>.</param>
    /// <param name="description">The chart's alt text for screen readers; null gives a summary generated from the data (<see cref="Description"/>).</param>
    /// <param name="caption">A caption printed below the chart as "Figure N: caption" (N a Word SEQ field), or null for none.</param>
    /// <param name="sourceNote">Where the figures come from, printed below the chart as "Source: ...", or null for none.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The title is empty, there are no categories or series, or a series has the wrong number of values.</exception>
    public ChartSpec(
        ChartKind kind,
        string title,
        IEnumerable<string> categories,
        IEnumerable<ChartSeries> series,
        string? categoryAxisTitle = null,
        string? valueAxisTitle = null,
        string? numberFormat = null,
        string? description = null,
        string? caption = null,
        string? sourceNote = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new ArgumentException("A chart needs a title.", nameof(title));
        }

        Kind = kind;
        Title = title;
        Categories = categories.ToArray();
        Series = series.ToArray();
        if (Categories.Count == 0)
        {
            throw new ArgumentException("A chart needs at least one category.", nameof(categories));
        }

        if (Series.Count == 0)
        {
            throw new ArgumentException("A chart needs at least one series.", nameof(series));
        }

        foreach (var s in Series)
        {
            if (s.Values.Count != Categories.Count)
            {
                throw new ArgumentException(
                    $"Series '{s.Name}' has {s.Values.Count} values but the chart has {Categories.Count} categories.",
                    nameof(series));
            }
        }

        CategoryAxisTitle = string.IsNullOrWhiteSpace(categoryAxisTitle) ? null : categoryAxisTitle;
        ValueAxisTitle = string.IsNullOrWhiteSpace(valueAxisTitle) ? null : valueAxisTitle;
        NumberFormat = !string.IsNullOrWhiteSpace(numberFormat) ? numberFormat
            : Series.SelectMany(s => s.Values).All(v => v is not decimal d || d == decimal.Truncate(d)) ? WholeNumberFormat
            : DefaultNumberFormat;
        Description = string.IsNullOrWhiteSpace(description) ? Summarise() : description.Trim();
        Caption = string.IsNullOrWhiteSpace(caption) ? null : caption.Trim();
        SourceNote = string.IsNullOrWhiteSpace(sourceNote) ? null : sourceNote.Trim();
    }

    /// <summary>
    /// Gets the alt text: the description given, or by default a summary of the data, for example "Line chart:
    /// High needs deficit (£m), 2022/23 to 2026/27. Unmitigated: from 10.2 to 61.2. Mitigated: from 10.2 to 28.4."
    /// </summary>
    public string Description { get; }

    /// <summary>Gets the caption printed below the chart after "Figure N: ", or null.</summary>
    public string? Caption { get; }

    /// <summary>Gets the source line printed below the chart after "Source: ", or null.</summary>
    public string? SourceNote { get; }

    /// <summary>Gets the chart kind.</summary>
    public ChartKind Kind { get; }

    /// <summary>Gets the chart title.</summary>
    public string Title { get; }

    /// <summary>Gets the category labels, in order.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>Gets the series, in legend order.</summary>
    public IReadOnlyList<ChartSeries> Series { get; }

    /// <summary>Gets the horizontal axis title, or null.</summary>
    public string? CategoryAxisTitle { get; }

    /// <summary>Gets the vertical axis title, or null.</summary>
    public string? ValueAxisTitle { get; }

    private string Summarise()
    {
        var culture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        static string Value(decimal? value, System.IFormatProvider culture) => value is decimal v ? v.ToString("#,##0.###", culture).Replace("-", "\u2212", StringComparison.Ordinal) : "no value";
        var builder = new System.Text.StringBuilder(Kind == ChartKind.Bar ? "Bar chart: " : "Line chart: ").Append(Title.TrimEnd('.'));
        if (ValueAxisTitle is not null)
        {
            builder.Append(" (").Append(ValueAxisTitle).Append(')');
        }

        builder.Append(", ").Append(Categories[0]);
        if (Categories.Count > 1)
        {
            builder.Append(" to ").Append(Categories[^1]);
        }

        builder.Append('.');
        foreach (var s in Series)
        {
            builder.Append(' ').Append(s.Name).Append(": ");
            builder.Append(Categories.Count > 1 ? "from " + Value(s.Values[0], culture) + " to " + Value(s.Values[^1], culture) : Value(s.Values[0], culture)).Append('.');
        }

        return builder.ToString();
    }

    /// <summary>Gets the Excel number format for values.</summary>
    public string NumberFormat { get; }
}
