using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Send.Domain.Calendars;
using Send.Domain.Finance;
using Send.Domain.Validation;

namespace Send.Data.Finance;

/// <summary>
/// Reads a savings programme file (<c>docs/schemas/finance-savings-programme.schema.json</c>) for one year or over
/// several: a file with <c>year</c> is read by <see cref="SavingsProgrammeReader"/> and gives a programme of one
/// year; a file with <c>years</c> is split into one single-year programme per year, each read by
/// <see cref="SavingsProgrammeReader"/> itself, so one set of rules applies to both (a zero target, a figure that
/// cannot be read, a strand in the wrong year) and every problem names the field of the file as written
/// (<c>strands[2].years[1].forecast</c>) with its line.
/// </summary>
/// <remarks>
/// Further checks over several years: the years in order, each once; a strand's year that is not one of the
/// programme's years; a strand figure given outside its <c>years</c>. Warnings come from
/// <see cref="MultiYearSavingsProgramme.Check"/>. Stateless.
/// </remarks>
public static class MultiYearSavingsProgrammeReader
{
    private static readonly string[] StrandFigures = { "target", "forecast", "delivered" };

    /// <summary>Reads a programme from JSON text.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">The file name to put in problems.</param>
    /// <returns>The programme with any warnings, or the problems.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LoadResult<MultiYearSavingsProgramme> Read(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        var schema = FinanceSchemas.SavingsProgrammeSchema.Validate(json, source);
        if (schema.Count > 0)
        {
            return new LoadResult<MultiYearSavingsProgramme>(null, schema);
        }

        var root = JsonNode.Parse(json)!.AsObject();
        var strands = root["strands"]!.AsArray();
        if (root["years"] is not JsonArray years)
        {
            var problems = new List<DataProblem>();
            for (var s = 0; s < strands.Count; s++)
            {
                if (strands[s] is JsonObject strand && strand["years"] is not null)
                {
                    problems.Add(Error(source, $"strands[{s}].years", "a strand's figures per year belong in a programme over several years", "a 'years' list at the top naming each year, or the strand's target for the programme's year"));
                }
            }

            var single = SavingsProgrammeReader.Read(json, source);
            return problems.Count > 0
                ? new LoadResult<MultiYearSavingsProgramme>(null, JsonFields.Locate(problems.Concat(single.Problems), json))
                : new LoadResult<MultiYearSavingsProgramme>(single.Value is { } p ? new MultiYearSavingsProgramme(p.Name, new[] { p }) : null, single.Problems);
        }

        return ReadYears(root, years, strands, json, source);
    }

    private static LoadResult<MultiYearSavingsProgramme> ReadYears(JsonObject root, JsonArray years, JsonArray strands, string json, string source)
    {
        var problems = new List<DataProblem>();
        if (root["year"] is not null)
        {
            problems.Add(Error(source, "year", "a programme over several years has its years in 'years', not one 'year'", "either year (one year) or years (several), not both"));
        }

        // The programme's years, in order, each once.
        var labels = new List<(FinancialYear Year, int Index)>();
        for (var j = 0; j < years.Count; j++)
        {
            var text = years[j]!["year"]!.GetValue<string>();
            if (!FinancialYear.TryParse(text, out var year))
            {
                problems.Add(Error(source, $"years[{j}].year", "not a financial year", "a label such as 2024/25", text));
                continue;
            }

            var twice = labels.FindIndex(l => l.Year == year);
            if (twice >= 0)
            {
                problems.Add(Error(source, $"years[{j}].year", $"{year} is given twice (also at years[{labels[twice].Index}])", "each year once", text));
            }
            else if (labels.Count > 0 && year < labels[^1].Year)
            {
                problems.Add(Error(source, $"years[{j}].year", $"{year} is given after {labels[^1].Year}: the years are out of order", "the years in order", text));
            }
            else
            {
                labels.Add((year, j));
            }
        }

        // Each strand's entries, by the programme year they belong to.
        var entries = new Dictionary<(int Strand, FinancialYear Year), int>();
        for (var s = 0; s < strands.Count; s++)
        {
            var strand = strands[s]!.AsObject();
            foreach (var figure in StrandFigures.Where(f => strand[f] is not null))
            {
                problems.Add(Error(source, $"strands[{s}].{figure}", "over several years a strand's figures go in its 'years', one entry a year", $"\"years\": [ {{ \"year\": \"{(labels.Count > 0 ? labels[0].Year : "2024/25")}\", \"{figure}\": ... }} ]"));
            }

            var strandYears = strand["years"] as JsonArray ?? new JsonArray();
            for (var e = 0; e < strandYears.Count; e++)
            {
                var text = strandYears[e]!["year"]!.GetValue<string>();
                var field = $"strands[{s}].years[{e}].year";
                if (!FinancialYear.TryParse(text, out var year))
                {
                    problems.Add(Error(source, field, "not a financial year", "a label such as 2024/25", text));
                }
                else if (labels.All(l => l.Year != year))
                {
                    problems.Add(Error(source, field, $"{year} is not one of the programme's years", "one of " + string.Join(", ", labels.Select(l => l.Year)), text));
                }
                else if (!entries.TryAdd((s, year), e))
                {
                    problems.Add(Error(source, field, $"{year} is given twice for strand '{(string?)strand["name"]}'", "each year once a strand", text));
                }
            }
        }

        // One single-year programme per year, read by the single-year reader; its problems moved back to this file's fields.
        var programmes = new List<SavingsProgramme>();
        foreach (var (year, j) in labels)
        {
            var paths = new FieldPathMap<string>();
            var generated = new JsonObject { ["name"] = root["name"]?.DeepClone(), ["year"] = year.ToString() };
            paths.Add("year", $"years[{j}].year");
            paths.Add("name", "name");
            paths.Add("strands", $"years[{j}]");
            foreach (var key in new[] { "target", "forecast" }.Where(k => years[j]![k] is not null))
            {
                generated[key] = years[j]![key]!.DeepClone();
                paths.Add(key, $"years[{j}].{key}");
            }

            if (root["decimals"] is { } decimals)
            {
                generated["decimals"] = decimals.DeepClone();
                paths.Add("decimals", "decimals");
            }

            var yearStrands = new JsonArray();
            for (var s = 0; s < strands.Count; s++)
            {
                if (!entries.TryGetValue((s, year), out var e))
                {
                    continue;
                }

                var strand = strands[s]!.AsObject();
                var entry = strand["years"]![e]!.AsObject();
                var k = yearStrands.Count;
                var item = new JsonObject { ["name"] = strand["name"]!.DeepClone() };
                paths.Add($"strands[{k}]", $"strands[{s}].years[{e}]");
                paths.Add($"strands[{k}].name", $"strands[{s}].name");
                foreach (var key in StrandFigures.Concat(new[] { "rag", "commentary" }))
                {
                    var from = entry[key] is not null ? entry : strand[key] is not null && key is "rag" or "commentary" ? strand : null;
                    if (from is not null)
                    {
                        item[key] = from[key]!.DeepClone();
                        paths.Add($"strands[{k}].{key}", from == entry ? $"strands[{s}].years[{e}].{key}" : $"strands[{s}].{key}");
                    }
                }

                yearStrands.Add((JsonNode)item);
            }

            generated["strands"] = yearStrands;
            var read = SavingsProgrammeReader.Read(generated.ToJsonString(), source);
            problems.AddRange(read.Problems
                .Where(p => p.Code != "SEND-FIN-SAVINGS")
                .Select(p => p with
                {
                    Line = null,
                    Column = null,
                    Field = paths.TryFind(p.Field, out var to, out var rest) ? to + rest : $"years[{j}]" + (p.Field is null ? string.Empty : "." + p.Field),
                    Message = p.Message.StartsWith(year + ":", StringComparison.Ordinal) ? p.Message : $"{year}: {p.Message}",
                }));
            if (read.Value is { } programme)
            {
                programmes.Add(programme);
            }
        }

        // Stated totals: the programme's over all years, and each strand's.
        using var document = JsonDocument.Parse(json);
        var f = new JsonFields(source);
        var statedTarget = f.Money(document.RootElement, "target", string.Empty, 1_000_000m, allowText: true);
        var strandTotals = new Dictionary<string, Money>(StringComparer.Ordinal);
        foreach (var (strand, path) in f.Array(document.RootElement, "strands", string.Empty))
        {
            if (f.Money(strand, "total", path, 1_000_000m, allowText: true) is Money total && f.String(strand, "name", path) is string name)
            {
                strandTotals[name] = total;
            }
        }

        problems.AddRange(f.Problems);
        if (problems.Any(p => p.Severity == DataProblemSeverity.Error) || programmes.Count == 0)
        {
            if (programmes.Count == 0 && !problems.Any(p => p.Severity == DataProblemSeverity.Error))
            {
                problems.Add(Error(source, "years", "no year could be read", "at least one year such as { \"year\": \"2024/25\", \"target\": 3.5 }"));
            }

            return new LoadResult<MultiYearSavingsProgramme>(null, JsonFields.Locate(problems, json));
        }

        var result = new MultiYearSavingsProgramme((string?)root["name"] ?? string.Empty, programmes, statedTarget, strandTotals);

        // Check names a strand's total by its place among the strand totals; the file's strand may be elsewhere.
        var checks = result.Check(source).Select(p =>
        {
            if (p.Field is { } field && field.StartsWith("strands[", StringComparison.Ordinal) && field.EndsWith("].total", StringComparison.Ordinal)
                && int.TryParse(field.AsSpan(8, field.Length - 15), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var k))
            {
                var name = result.StrandTotals[k].Name;
                var at = Enumerable.Range(0, strands.Count).FirstOrDefault(s => (string?)strands[s]!["name"] == name && strands[s]!["total"] is not null);
                return p with { Field = $"strands[{at}].total" };
            }

            return p;
        });
        return new LoadResult<MultiYearSavingsProgramme>(result, JsonFields.Locate(problems.Concat(checks), json));
    }

    private static DataProblem Error(string source, string field, string message, string expected, string? value = null) =>
        new(source, message) { Field = field, Value = value, Expected = expected, Code = "SEND-FIN-DATA" };
}
