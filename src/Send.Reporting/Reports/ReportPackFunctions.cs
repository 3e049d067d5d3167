using System;
using System.Globalization;
using Send.Domain.Kpis;
using Send.Reporting.Reports.Common;
using Send.Reporting.Templating;

namespace Send.Reporting.Reports;

/// <summary>
/// Template functions the report pack adds to the engine's: amounts held in £ millions, RAG cells from the pack's
/// <see cref="RagRating"/>, and KPI benchmark cells shaded by the KPI engine's <see cref="Verdict"/>.
/// </summary>
/// <remarks>Named in templates by the engine's snake_case rule (<c>format_millions</c>, <c>rag_cell</c>, <c>verdict_cell</c>).</remarks>
public static class ReportPackFunctions
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    /// <summary><c>format_millions</c>: an amount held in £ millions as papers write it: 84.5 gives "£84.5m", -6.7 gives "-£6.7m".</summary>
    /// <param name="millions">The amount in £ millions.</param>
    /// <param name="decimals">Decimal places (0 to 6); default 1; -1 for as many as the value has, from 1 to 3 (26.8 gives "£26.8m", 2.233 "£2.233m").</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="ArgumentException">The value is not a number, or decimals is out of range.</exception>
    public static string FormatMillions(object? millions, int decimals = 1)
    {
        if (decimals is < -1 or > 6)
        {
            throw new ArgumentException($"format_millions: decimals must be -1 (as given) or 0 to 6 (found {decimals})");
        }

        var value = Functions.ReportFunctions.ToDecimal("format_millions", millions);
        if (decimals == -1)
        {
            decimals = Math.Clamp((decimal.GetBits(value / 1.000000000000000000000000000m)[3] >> 16) & 0xFF, 1, 3);
        }

        var rounded = Math.Round(Math.Abs(value), decimals, MidpointRounding.AwayFromZero);
        return (value < 0 && rounded != 0m ? "-" : string.Empty) + "£" + rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), EnglishUk) + "m";
    }

    /// <summary><c>rag_cell</c>: a table cell for a <see cref="RagRating"/>: shaded red, amber or green, or "Not rated" unshaded.</summary>
    /// <param name="rating">The rating.</param>
    /// <returns>Markdown for the cell.</returns>
    /// <exception cref="ArgumentException">The value is not a rating.</exception>
    public static RawMarkdown RagCell(object? rating) => rating switch
    {
        RagRating.Green => Functions.ReportFunctions.Rag("green"),
        RagRating.Amber => Functions.ReportFunctions.Rag("amber"),
        RagRating.Red => Functions.ReportFunctions.Rag("red"),
        RagRating.NotRated => new RawMarkdown("Not rated"),
        _ => throw new ArgumentException($"rag_cell: expected a RAG rating (green, amber, red, not_rated); found '{rating}'"),
    };

    /// <summary>
    /// <c>verdict_cell</c>: a benchmark value shaded by the KPI engine's verdict on the council's value against it:
    /// green when the council is better, red when worse, amber when the same; unshaded when not judged.
    /// </summary>
    /// <param name="value">The benchmark value (a number), or null for none.</param>
    /// <param name="verdict">The verdict of the council's value against it.</param>
    /// <param name="decimals">Decimal places to show.</param>
    /// <returns>Markdown for the cell.</returns>
    public static RawMarkdown VerdictCell(object? value, object? verdict, int decimals = 1)
    {
        if (value is null)
        {
            return new RawMarkdown("n/a");
        }

        var number = Functions.ReportFunctions.FormatNumber(value, decimals);
        return verdict switch
        {
            Verdict.Better => new RawMarkdown(number + " " + Functions.ReportFunctions.Rag("green").Markdown),
            Verdict.Worse => new RawMarkdown(number + " " + Functions.ReportFunctions.Rag("red").Markdown),
            Verdict.Same => new RawMarkdown(number + " " + Functions.ReportFunctions.Rag("amber").Markdown),
            _ => new RawMarkdown(number),
        };
    }
}
