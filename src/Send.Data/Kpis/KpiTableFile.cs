using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Send.Data.Validation;
using Send.Domain.Kpis;
using Send.Domain.Validation;

namespace Send.Data.Kpis;

/// <summary>
/// Reads a KPI table values file (docs/schemas/kpi-table.schema.json) into a <see cref="KpiTable"/>, checking every
/// KPI id, period label (against the KPI's period type), value (against the unit's range) and RAG rule.
/// </summary>
/// <remarks>
/// Every problem is collected and returned together, each naming the file, line and field; a table with problems is
/// not returned. Values may be numbers or symbols (<c>"c"</c>, <c>"x"</c>, <c>"low"</c>...); a symbol is never read
/// as zero.
/// </remarks>
public static class KpiTableFile
{
    private static readonly Lazy<JsonSchemaValidator> Validator = new(() => JsonSchemaValidator.FromSchemaText(KpiDefinitionsFile.ReadSchema("kpi-table.schema.json")));

    /// <summary>Reads a table from JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="source">The file name as the user gave it.</param>
    /// <param name="catalogue">The KPI definitions to resolve ids against.</param>
    /// <param name="problems">Every problem found.</param>
    /// <returns>The table, or null when there were problems.</returns>
    public static KpiTable? Load(string json, string source, KpiCatalogue catalogue, out IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(catalogue);
        var schemaProblems = Validator.Value.Validate(json, source);
        if (schemaProblems.Count > 0)
        {
            problems = schemaProblems;
            return null;
        }

        var found = new List<DataProblem>();
        var lines = JsonLines.IdLines(json, "rows");
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var comparators = new List<KpiTableComparator>();
        if (root.TryGetProperty("comparators", out var comparatorsElement))
        {
            foreach (var c in comparatorsElement.EnumerateArray())
            {
                comparators.Add(new KpiTableComparator(
                    c.GetProperty("id").GetString()!,
                    c.GetProperty("name").GetString()!,
                    JsonEnums.Parse<ComparatorKind>(c.GetProperty("kind").GetString()!),
                    c.TryGetProperty("provenance", out var p) ? p.GetString() : null));
            }
        }

        var overrides = new Dictionary<string, Polarity>(StringComparer.Ordinal);
        if (root.TryGetProperty("polarity_overrides", out var overridesElement))
        {
            foreach (var property in overridesElement.EnumerateObject())
            {
                if (!catalogue.TryGet(property.Name, out _))
                {
                    found.Add(new DataProblem(source, "the polarity override names an unknown KPI") { Field = "polarity_overrides." + property.Name, Value = property.Name, Expected = "a KPI id from the catalogue (send kpi catalogue)", Code = "SEND-KPI-UNKNOWN" });
                }

                overrides[property.Name] = JsonEnums.Parse<Polarity>(property.Value.GetString()!);
            }
        }

        var rows = new List<KpiTableRow>();
        var index = 0;
        foreach (var r in root.GetProperty("rows").EnumerateArray())
        {
            var field = $"rows[{index}]";
            int? line = index < lines.Count ? lines[index] : null;
            index++;
            var id = r.GetProperty("kpi").GetString()!;
            if (!catalogue.TryGet(id, out var definition))
            {
                found.Add(new DataProblem(source, "unknown KPI id") { Line = line, Field = field + ".kpi", Value = id, Expected = "a KPI id from the catalogue (send kpi catalogue) or a definitions file", Code = "SEND-KPI-UNKNOWN" });
                continue;
            }

            if (overrides.TryGetValue(id, out var polarity))
            {
                definition = definition.WithPolarity(polarity);
            }

            if (r.TryGetProperty("decimals", out var decimalsElement))
            {
                // The paper's own precision for this row (schema: 0 to 6): value, comparators and differences alike.
                definition = definition with { DisplayDecimals = decimalsElement.GetInt32() };
            }

            var before = found.Count;
            var periodText = r.GetProperty("period").GetString()!;
            if (!KpiPeriod.TryParse(periodText, definition.PeriodType, out var period, out var expectedPeriod))
            {
                found.Add(new DataProblem(source, $"the period does not fit '{id}', which is measured per {definition.PeriodType}") { Line = line, Field = field + ".period", Value = periodText, Expected = expectedPeriod, Code = "SEND-KPI-PERIOD" });
            }

            var value = ReadValue(r.GetProperty("value"), definition, source, line, field + ".value", found) ?? KpiValue.Missing;
            KpiValue? previous = r.TryGetProperty("previous", out var prev) ? ReadValue(prev, definition, source, line, field + ".previous", found) : null;
            var values = new Dictionary<string, KpiValue>(StringComparer.Ordinal);
            if (r.TryGetProperty("comparators", out var cs))
            {
                foreach (var c in cs.EnumerateObject())
                {
                    if (!comparators.Exists(x => x.Id == c.Name))
                    {
                        found.Add(new DataProblem(source, "the comparator is not one of the table's comparator columns") { Line = line, Field = field + ".comparators." + c.Name, Value = c.Name, Expected = "an id listed under \"comparators\"", Code = "SEND-KPI-COMPARATOR" });
                        continue;
                    }

                    if (ReadValue(c.Value, definition, source, line, field + ".comparators." + c.Name, found) is KpiValue cv)
                    {
                        values[c.Name] = cv;
                    }
                }
            }

            var ragStart = found.Count;
            var rag = r.TryGetProperty("rag", out var ragElement) ? RagRuleJson.Read(ragElement, source, field + ".rag", found) : null;
            for (var i = ragStart; i < found.Count; i++)
            {
                found[i] = found[i] with { Line = found[i].Line ?? line };
            }

            if (found.Count == before)
            {
                var label = r.TryGetProperty("label", out var l) ? l.GetString()! : definition.Title;
                rows.Add(new KpiTableRow(definition, label, period, value, previous, values, rag));
            }
        }

        problems = Capped(found, source);
        if (found.Count > 0)
        {
            return null;
        }

        string? Text(string name) => root.TryGetProperty(name, out var e) ? e.GetString() : null;
        return new KpiTable(Text("title"), Text("council"), Text("source"), comparators, rows);
    }

    /// <summary>Reads a table from a file.</summary>
    /// <param name="path">The path.</param>
    /// <param name="catalogue">The KPI definitions.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataException">The file is missing or has problems.</exception>
    public static KpiTable LoadFile(string path, KpiCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new DataException(new[] { new DataProblem(path, "the KPI values file does not exist") { Code = "SEND-FILE" } });
        }

        var table = Load(File.ReadAllText(path), path, catalogue, out var problems);
        return table ?? throw new DataException(problems);
    }

    /// <summary>The most problems listed from one file; the rest are counted in a last problem ("and N more").</summary>
    public const int MaxProblemsListed = 100;

    private static IReadOnlyList<DataProblem> Capped(List<DataProblem> found, string source)
    {
        if (found.Count <= MaxProblemsListed)
        {
            return found;
        }

        var more = found.Count - MaxProblemsListed;
        var listed = found.GetRange(0, MaxProblemsListed);
        listed.Add(new DataProblem(source, $"and {more.ToString(System.Globalization.CultureInfo.InvariantCulture)} more problems not listed") { Code = "SEND-KPI-MORE" });
        return listed;
    }

    private static KpiValue? ReadValue(JsonElement element, KpiDefinition definition, string source, int? line, string field, List<DataProblem> found)
    {
        KpiValue value;
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return KpiValue.Missing;
            case JsonValueKind.Number:
                if (!element.TryGetDecimal(out var number))
                {
                    var raw = element.GetRawText();
                    found.Add(new DataProblem(source, "the number is too large or too precise for a KPI value") { Line = line, Field = field, Value = raw.Length <= 40 ? raw : raw.Substring(0, 40) + "...", Expected = "a number of at most 28 significant digits, below 7.9e28 in size", Code = "SEND-KPI-VALUE" });
                    return null;
                }

                value = KpiValue.Of(number);
                break;
            default:
                var text = element.GetString() ?? string.Empty;
                if (!KpiValue.TryParse(text.AsSpan(), out value))
                {
                    found.Add(new DataProblem(source, "the value is neither a number nor a statistical symbol") { Line = line, Field = field, Value = text, Expected = "a number, or one of c, x, z, low, k, u, :, ~, -, .. (optionally followed by p or r)", Code = "SEND-KPI-VALUE" });
                    return null;
                }

                break;
        }

        var problem = definition.CheckValue(value, source, field);
        if (problem is not null)
        {
            found.Add(problem with { Line = line });
            return null;
        }

        return value;
    }
}
