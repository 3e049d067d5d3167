using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Send.Data.Validation;
using Send.Domain.Kpis;
using Send.Domain.Validation;

namespace Send.Data.Kpis;

/// <summary>
/// Reads a council's own KPI definitions from JSON (docs/schemas/kpi-definitions.schema.json) and adds them to a
/// <see cref="KpiCatalogue"/>.
/// </summary>
/// <remarks>
/// The file is first validated against the schema (every violation reported with line and column), then each
/// definition is added; an id already in the catalogue is a problem, never a replacement. Enum values are
/// snake_case (<c>lower_is_better</c>, <c>rate_per10k</c>).
/// </remarks>
public static class KpiDefinitionsFile
{
    private static readonly Lazy<JsonSchemaValidator> Validator = new(() => JsonSchemaValidator.FromSchemaText(ReadSchema("kpi-definitions.schema.json")));

    /// <summary>The JSON Schema text, as shipped in the assembly.</summary>
    public static string SchemaText { get; } = ReadSchema("kpi-definitions.schema.json");

    /// <summary>Reads definitions from <paramref name="json"/> and adds them to <paramref name="catalogue"/>.</summary>
    /// <param name="json">The file text.</param>
    /// <param name="source">The file name as the user gave it.</param>
    /// <param name="catalogue">The catalogue to extend (usually <see cref="KpiCatalogue.BuiltIn"/>).</param>
    /// <param name="problems">Every problem found; empty on success.</param>
    /// <returns>The extended catalogue, or <paramref name="catalogue"/> unchanged when there were problems.</returns>
    public static KpiCatalogue Load(string json, string source, KpiCatalogue catalogue, out IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(catalogue);
        var schemaProblems = Validator.Value.Validate(json, source);
        if (schemaProblems.Count > 0)
        {
            problems = schemaProblems;
            return catalogue;
        }

        var lines = JsonLines.IdLines(json, "definitions");
        var added = new List<(KpiDefinition, string, int?)>();
        using var document = JsonDocument.Parse(json);
        var index = 0;
        foreach (var item in document.RootElement.GetProperty("definitions").EnumerateArray())
        {
            var definition = new KpiDefinition(
                item.GetProperty("id").GetString()!,
                item.GetProperty("title").GetString()!,
                JsonEnums.Parse<KpiUnit>(item.GetProperty("unit").GetString()!),
                JsonEnums.Parse<KpiPeriodType>(item.GetProperty("period_type").GetString()!),
                JsonEnums.Parse<Polarity>(item.GetProperty("polarity").GetString()!),
                item.GetProperty("source").GetString()!,
                item.GetProperty("display_decimals").GetInt32())
            {
                IsLocal = item.TryGetProperty("local", out var local) && local.GetBoolean(),
                Notes = item.TryGetProperty("notes", out var notes) ? notes.GetString() : null,
                LaitMeasure = item.TryGetProperty("lait_measure", out var lait) ? lait.GetString() : null,
            };
            added.Add((definition, source, index < lines.Count ? lines[index] : null));
            index++;
        }

        return catalogue.With(added, out problems);
    }

    /// <summary>Reads definitions from a file and adds them to <paramref name="catalogue"/>.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="catalogue">The catalogue to extend.</param>
    /// <returns>The extended catalogue.</returns>
    /// <exception cref="DataException">The file is missing or has problems.</exception>
    public static KpiCatalogue LoadFile(string path, KpiCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new DataException(new[] { new DataProblem(path, "the KPI definitions file does not exist") { Code = "SEND-FILE" } });
        }

        var result = Load(File.ReadAllText(path), path, catalogue, out var problems);
        return problems.Count > 0 ? throw new DataException(problems) : result;
    }

    internal static string ReadSchema(string name)
    {
        var assembly = typeof(KpiDefinitionsFile).Assembly;
        using var stream = assembly.GetManifestResourceStream("Send.Data.Kpis.Schemas." + name)
            ?? throw new InvalidOperationException($"The embedded schema '{name}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
