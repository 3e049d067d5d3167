using System;
using System.Globalization;
using Scriban.Runtime;
using Send.Domain.Kpis;
using Send.Domain.Validation;
using Send.Reporting.Data;
using Send.Reporting.Templating;

namespace Send.Reporting.Reports;

/// <summary>
/// Template functions the report pack adds to the engine's: amounts and ranges held in £ millions, and KPI benchmark
/// cells shaded by the KPI engine's <see cref="Verdict"/> (RAG cells from a rating in the data are the engine's
/// <c>rag</c>).
/// </summary>
/// <remarks>Named in templates by the engine's snake_case rule (<c>format_millions</c>, <c>format_millions_range</c>, <c>verdict_cell</c>).</remarks>
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

    /// <summary>
    /// <c>format_millions_range low high [decimals]</c>: a range of amounts held in £ millions as papers write it,
    /// "£58m–£63m" (an en dash between two <c>format_millions</c> amounts); one amount, "£22.5m", when the two are the
    /// same at the places shown, never "£22.5m–£22.5m".
    /// </summary>
    /// <param name="low">The lower amount in £ millions.</param>
    /// <param name="high">The upper amount in £ millions.</param>
    /// <param name="decimals">Decimal places (0 to 6); default 0, as ranges are usually rounded.</param>
    /// <returns>The formatted range.</returns>
    /// <exception cref="ArgumentException">A value is not a number, or decimals is out of range.</exception>
    public static string FormatMillionsRange(object? low, object? high, int decimals = 0)
    {
        var from = FormatMillions(low, decimals);
        var to = FormatMillions(high, decimals);
        return from == to ? from : from + "\u2013" + to;
    }

    /// <summary>
    /// <c>verdict_cell</c>: a benchmark value shaded by the KPI engine's verdict on the council's value against it:
    /// green when the council is better, red when worse, amber when the same; unshaded when not judged.
    /// </summary>
    /// <param name="value">The benchmark value (a number), or null for none.</param>
    /// <param name="verdict">The verdict of the council's value against it: a <see cref="Verdict"/> or its name as <see cref="KpiVerdicts"/> gives it (<c>better</c>, <c>worse</c>, <c>same</c>, <c>not_judged</c>).</param>
    /// <param name="decimals">Decimal places to show.</param>
    /// <returns>Markdown for the cell.</returns>
    public static RawMarkdown VerdictCell(object? value, object? verdict, int decimals = 1)
    {
        if (value is null)
        {
            return new RawMarkdown("n/a");
        }

        verdict = verdict switch
        {
            "better" => Verdict.Better,
            "worse" => Verdict.Worse,
            "same" => Verdict.Same,
            _ => verdict,
        };

        var number = Functions.ReportFunctions.FormatNumber(value, decimals);
        return verdict switch
        {
            Verdict.Better => new RawMarkdown(number + " " + Functions.ReportFunctions.Rag("green").Markdown),
            Verdict.Worse => new RawMarkdown(number + " " + Functions.ReportFunctions.Rag("red").Markdown),
            Verdict.Same => new RawMarkdown(number + " " + Functions.ReportFunctions.Rag("amber").Markdown),
            _ => new RawMarkdown(number),
        };
    }

    /// <summary>
    /// <c>kpi_verdicts row</c>: the KPI engine's verdicts on one row of a KPI comparison table held as plain data
    /// (<c>id</c>, <c>value</c>, and optional <c>comparators</c>, <c>region</c>, <c>england</c> and <c>polarity</c>):
    /// an object with <c>versus_comparators</c>, <c>versus_region</c> and <c>versus_england</c> (<c>better</c>,
    /// <c>worse</c>, <c>same</c>, <c>not_judged</c>, <c>not_comparable</c>), <c>display_decimals</c> and
    /// <c>polarity</c>, judged by <see cref="KpiComparison.Judge"/> with the catalogue's polarity (or the row's own)
    /// at the catalogue's display precision, or the row's own <c>decimals</c> (0 to 6) where the source prints the
    /// measure at another precision (as a KPI table file's rows may).
    /// </summary>
    /// <param name="row">The row, bound from the data.</param>
    /// <returns>The verdicts.</returns>
    /// <exception cref="Send.Domain.Validation.DataException">The id is not in the KPI catalogue, the value is not a number, or the polarity is unknown; located in the data file.</exception>
    /// <exception cref="ArgumentException">The value is not a row of bound data.</exception>
    public static ScriptObject KpiVerdicts(object? row)
    {
        if (row is not BoundObject bound)
        {
            throw new ArgumentException($"kpi_verdicts: found {(row is null ? "nothing (null)" : "a " + row.GetType().Name)}; expected a KPI row from the data (id, value, comparators, region, england)");
        }

        var id = bound.TryGetValue("id", out var idValue) ? idValue as string : null;
        if (id is null || !KpiCatalogue.BuiltIn.TryGet(id, out var definition))
        {
            throw new DataException(new[] { PlainData.Locate(new DataProblem(bound.Origin.Source, "unknown KPI id") { Field = "id", Value = id, Expected = "an id from the KPI catalogue (docs: kpis.md section 2), such as ks4-attainment8-avg", Code = "SEND-KPI-ID" }, bound) });
        }

        if (!bound.TryGetValue("value", out var valueObject) || valueObject is not decimal value)
        {
            throw new DataException(new[] { PlainData.Locate(new DataProblem(bound.Origin.Source, "the KPI has no numeric value") { Field = "value", Value = valueObject?.ToString(), Expected = "a number", Code = "SEND-KPI-VALUE" }, bound) });
        }

        var polarity = definition.Polarity;
        if (bound.TryGetValue("polarity", out var polarityObject) && polarityObject is not null)
        {
            polarity = polarityObject switch
            {
                "higher_is_better" => Polarity.HigherIsBetter,
                "lower_is_better" => Polarity.LowerIsBetter,
                "no_polarity" => Polarity.NoPolarity,
                "target_band" => Polarity.TargetBand,
                _ => throw new DataException(new[] { PlainData.Locate(new DataProblem(bound.Origin.Source, "unknown polarity") { Field = "polarity", Value = polarityObject.ToString(), Expected = "higher_is_better, lower_is_better, no_polarity or target_band", Code = "SEND-KPI-POLARITY" }, bound) }),
            };
        }

        var decimals = definition.DisplayDecimals;
        if (bound.TryGetValue("decimals", out var decimalsObject) && decimalsObject is not null)
        {
            if (decimalsObject is not decimal places || places != decimal.Truncate(places) || places < 0 || places > 6)
            {
                throw new DataException(new[] { PlainData.Locate(new DataProblem(bound.Origin.Source, "the KPI row's display precision is not a whole number of places from 0 to 6") { Field = "decimals", Value = decimalsObject.ToString(), Expected = "0 to 6, as the source prints the figure", Code = "SEND-KPI-DECIMALS" }, bound) });
            }

            decimals = (int)places;
        }

        string Judge(string member) =>
            MemberNaming.ToTemplateName(KpiComparison.Judge(
                KpiValue.Of(value),
                bound.TryGetValue(member, out var benchmark) && benchmark is decimal b ? KpiValue.Of(b) : KpiValue.NotAvailable,
                polarity,
                decimals).ToString());

        var result = new ScriptObject(StringComparer.Ordinal);
        result.SetValue("versus_comparators", Judge("comparators"), true);
        result.SetValue("versus_region", Judge("region"), true);
        result.SetValue("versus_england", Judge("england"), true);
        result.SetValue("display_decimals", decimals, true);
        result.SetValue("polarity", MemberNaming.ToTemplateName(polarity.ToString()), true);
        return result;
    }
}
