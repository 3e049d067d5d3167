using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Send.Domain.Kpis;
using Send.Domain.Validation;

namespace Send.Reporting.Charts;

/// <summary>
/// Reads the body of a fenced <c>chart</c> block in a template into a <see cref="ChartSpec"/>.
/// </summary>
/// <remarks>
/// <para>The block is one <c>key: value</c> per line; lists are separated by <c>;</c> and a series is
/// <c>name | v1; v2; ...</c> (an empty value is a gap). Blank lines and lines starting with <c>#</c> are ignored.</para>
/// <code>
/// ```chart
/// type: line
/// title: High needs expenditure
/// categories: 2018/19; 2019/20; 2020/21
/// series: Expenditure (£m) | 42.1; 47.9; 53.0
/// x-axis: Financial year
/// y-axis: £m
/// format: #,##0.0
/// ```
/// </code>
/// <para>Keys: <c>type</c> (line or bar; default line), <c>title</c> (required), <c>categories</c> (required),
/// <c>series</c> (one or more), <c>x-axis</c>, <c>y-axis</c>, <c>format</c> (an Excel number format; default <c>#,##0</c> when every value is whole, else <c>#,##0.0</c>),
/// <c>description</c> (alt text; default a summary of the data), <c>caption</c> ("Figure N: ..." below the chart) and
/// <c>source</c> ("Source: ..." below the chart). Every problem is
/// reported at once, with its line in the template, as a <see cref="DataException"/>; nothing is guessed. Markdown
/// backslash escapes (which the engine adds to every interpolated value) are removed first.</para>
/// </remarks>
public static class ChartBlockParser
{
    /// <summary>The info string of a fenced code block that holds a chart.</summary>
    public const string InfoString = "chart";

    /// <summary>Parses a chart block.</summary>
    /// <param name="text">The block's body (without the fences).</param>
    /// <param name="source">The template or output name to put in problems.</param>
    /// <param name="firstLine">The one-based line of the body's first line in <paramref name="source"/>.</param>
    /// <returns>The chart specification.</returns>
    /// <exception cref="DataException">The block has one or more problems; each names its line and the value.</exception>
    public static ChartSpec Parse(string text, string source, int firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<DataProblem>();
        ChartKind kind = ChartKind.Line;
        string? title = null;
        string? xAxis = null;
        string? yAxis = null;
        string? format = null;
        string? description = null;
        string? caption = null;
        string? sourceNote = null;
        string[]? categories = null;
        var categoriesLine = firstLine;
        var series = new List<(ChartSeries Series, int Line)>();
        var sawSeriesLine = false; // a bad series line is its own problem, not also "no series"

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            // Separators (':', '|', ';') are found in the line as written; a value a template wrote from data is
            // escaped for Markdown, so a ';' or '|' inside it (a council's "Sept; provisional") stays in its label
            // rather than splitting the list (#12). Each piece is unescaped after splitting.
            var raw = lines[i].Trim();
            var line = Unescape(raw);
            var lineNumber = firstLine + i;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = IndexOfUnescaped(raw, ':', last: false);
            if (colon <= 0)
            {
                problems.Add(Problem(source, lineNumber, null, line, "a chart line is 'key: value'", "SEND-CHART-SYNTAX"));
                continue;
            }

            var key = Unescape(raw.Substring(0, colon)).Trim().ToLowerInvariant();
            var rawValue = raw.Substring(colon + 1).Trim();
            var value = Unescape(rawValue).Trim();
            switch (key)
            {
                case "type":
                    if (value.Equals("line", StringComparison.OrdinalIgnoreCase))
                    {
                        kind = ChartKind.Line;
                    }
                    else if (value.Equals("bar", StringComparison.OrdinalIgnoreCase))
                    {
                        kind = ChartKind.Bar;
                    }
                    else
                    {
                        problems.Add(Problem(source, lineNumber, "type", value, "'line' or 'bar'", "SEND-CHART-TYPE"));
                    }

                    break;
                case "title":
                    title = value;
                    break;
                case "x-axis":
                    xAxis = value;
                    break;
                case "y-axis":
                    yAxis = value;
                    break;
                case "format":
                    format = value;
                    break;
                case "description":
                    description = value;
                    break;
                case "caption":
                    caption = value;
                    break;
                case "source":
                    sourceNote = value;
                    break;
                case "categories":
                    categories = SplitList(rawValue);
                    categoriesLine = lineNumber;
                    break;
                case "series":
                    sawSeriesLine = true;
                    var parsed = ParseSeries(rawValue, source, lineNumber, problems);
                    if (parsed is not null)
                    {
                        series.Add((parsed, lineNumber));
                    }

                    break;
                default:
                    problems.Add(Problem(source, lineNumber, key, line, "one of type, title, categories, series, x-axis, y-axis, format, description, caption, source", "SEND-CHART-KEY"));
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Add(Problem(source, firstLine, "title", string.Empty, "a 'title:' line naming what the chart shows", "SEND-CHART-TITLE"));
        }

        if (categories is null || categories.Length == 0)
        {
            problems.Add(Problem(source, firstLine, "categories", string.Empty, "a 'categories:' line such as 'categories: 2022/23; 2023/24'", "SEND-CHART-CATEGORIES"));
        }

        if (series.Count == 0 && !sawSeriesLine)
        {
            problems.Add(Problem(source, firstLine, "series", string.Empty, "at least one 'series: name | v1; v2' line", "SEND-CHART-SERIES"));
        }

        if (categories is not null)
        {
            foreach (var (s, line) in series.Where(s => s.Series.Values.Count != categories.Length))
            {
                problems.Add(Problem(
                    source,
                    line,
                    "series",
                    s.Name + " (" + s.Values.Count.ToString(CultureInfo.InvariantCulture) + " values)",
                    categories.Length.ToString(CultureInfo.InvariantCulture) + " values, one per category (line " + categoriesLine.ToString(CultureInfo.InvariantCulture) + ")",
                    "SEND-CHART-COUNT"));
            }
        }

        if (problems.Count > 0)
        {
            throw new DataException(problems);
        }

        return new ChartSpec(kind, title!, categories!, series.Select(s => s.Series), xAxis, yAxis, format, description, caption, sourceNote);
    }

    private static ChartSeries? ParseSeries(string value, string source, int line, List<DataProblem> problems)
    {
        var bar = IndexOfUnescaped(value, '|', last: true);
        if (bar <= 0)
        {
            problems.Add(Problem(source, line, "series", Unescape(value), "'name | v1; v2; ...'", "SEND-CHART-SERIES"));
            return null;
        }

        var name = Unescape(value.Substring(0, bar)).Trim();
        var values = new List<decimal?>();
        var ok = true;
        var items = SplitUnescaped(value.Substring(bar + 1), ';').Select(Unescape).ToArray();
        if (items.Length > 1 && items[^1].Trim().Length == 0)
        {
            // A trailing separator (as a template loop writes "1; 2; 3; ") ends the list; it is not a gap.
            items = items[..^1];
        }

        foreach (var item in items)
        {
            var trimmed = item.Trim();
            if (trimmed.Length == 0 || KpiValue.TryParseSymbol(trimmed, out _))
            {
                // A gap: nothing, or a DfE symbol for a figure not published (c suppressed, x not available, ...),
                // as a council's CSV or LAIT data holds it; the line breaks there rather than plotting a zero.
                values.Add(null);
            }
            else if (decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                values.Add(number);
            }
            else
            {
                problems.Add(Problem(source, line, "series '" + name + "'", trimmed, "a number such as 42.1 (no units or £ signs), nothing for a gap, or a DfE symbol such as c or x", "SEND-CHART-NUMBER"));
                ok = false;
            }
        }

        if (name.Length == 0)
        {
            problems.Add(Problem(source, line, "series", Unescape(value), "a series name before '|'", "SEND-CHART-SERIES"));
            return null;
        }

        return ok ? new ChartSeries(name, values) : null;
    }

    /// <summary>
    /// Removes Markdown backslash escapes (a backslash before ASCII punctuation): template values are escaped for
    /// Markdown once, and inside a fenced block the escapes would otherwise stay in the chart's labels.
    /// </summary>
    private static string Unescape(string line)
    {
        if (!line.Contains('\\', StringComparison.Ordinal))
        {
            return line;
        }

        var builder = new System.Text.StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (IsEscape(line, i))
            {
                i++;
            }

            builder.Append(line[i]);
        }

        return builder.ToString();
    }

    private static string[] SplitList(string rawValue) =>
        SplitUnescaped(rawValue, ';').Select(v => Unescape(v).Trim()).Where(v => v.Length > 0).ToArray();

    private static bool IsEscape(string text, int i) =>
        text[i] == '\\' && i + 1 < text.Length && !char.IsAsciiLetterOrDigit(text[i + 1]) && text[i + 1] < 128 && !char.IsWhiteSpace(text[i + 1]);

    /// <summary>The index of the first (or last) <paramref name="separator"/> not escaped with a backslash; -1 if none.</summary>
    private static int IndexOfUnescaped(string text, char separator, bool last)
    {
        var found = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsEscape(text, i))
            {
                i++;
            }
            else if (text[i] == separator)
            {
                found = i;
                if (!last)
                {
                    return found;
                }
            }
        }

        return found;
    }

    /// <summary>Splits at every <paramref name="separator"/> not escaped with a backslash, keeping the escapes.</summary>
    private static List<string> SplitUnescaped(string text, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsEscape(text, i))
            {
                i++;
            }
            else if (text[i] == separator)
            {
                parts.Add(text.Substring(start, i - start));
                start = i + 1;
            }
        }

        parts.Add(text.Substring(start));
        return parts;
    }

    private static DataProblem Problem(string source, int line, string? field, string value, string expected, string code) =>
        new(source, "bad chart block")
        {
            Line = line,
            Field = field is null ? "chart" : "chart." + field,
            Value = value,
            Expected = expected,
            Code = code,
        };
}
