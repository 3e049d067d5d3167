using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Send.Data.Validation;
using Send.Domain.Validation;

namespace Send.Data.Finance;

/// <summary>
/// How to read a finance table kept in a workbook or CSV file (<c>docs/schemas/finance-sheet-map.schema.json</c>):
/// which printed label is which field, labels to leave out, and the parts of the table a sheet does not hold (unit,
/// sign convention, a Safety Valve agreement, a programme's name and year).
/// </summary>
/// <remarks>
/// <para>
/// Labels are matched whatever their case and spacing: <c>"Opening  Balance"</c> is <c>opening balance</c>. The
/// labels a map gives for a field are tried before the built-in ones (<see cref="FinanceSheetReader"/> lists them),
/// so a map only needs the labels a council prints differently. <see cref="Default"/> is the map with none.
/// </para>
/// <para>Immutable. Equality is reference equality.</para>
/// </remarks>
public sealed class FinanceSheetMap
{
    private static readonly Lazy<JsonSchemaValidator> Validator = new(() => JsonSchemaValidator.FromSchemaText(Schema));

    private FinanceSheetMap(string? source, IReadOnlyDictionary<string, IReadOnlyList<string>> fields, IReadOnlyList<string> ignore, string? table)
    {
        Source = source;
        Fields = fields;
        Ignore = ignore;
        TableJson = table;
    }

    /// <summary>The map with no labels of its own, nothing ignored and nothing added to the table: the built-in labels only.</summary>
    public static FinanceSheetMap Default { get; } = new(null, new Dictionary<string, IReadOnlyList<string>>(), Array.Empty<string>(), null);

    /// <summary>The schema of a map file (<c>finance-sheet-map.schema.json</c>).</summary>
    public static string Schema => FinanceSchemas.Read("finance-sheet-map.schema.json");

    /// <summary>The map file, as the user named it, or null for <see cref="Default"/>.</summary>
    public string? Source { get; }

    /// <summary>For each field named, the labels given for it, in the map's order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Fields { get; }

    /// <summary>Labels of rows or columns to leave out.</summary>
    public IReadOnlyList<string> Ignore { get; }

    /// <summary>The <c>table</c> object as JSON text, or null: the rest of the table, merged into what the sheet gives.</summary>
    public string? TableJson { get; }

    /// <summary>Reads a map from JSON text: the schema first, then the field names (each must be a field of some finance table, checked when the table is read).</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">The file name to put in problems.</param>
    /// <returns>The map, or the problems.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LoadResult<FinanceSheetMap> Read(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        var schema = Validator.Value.Validate(json, source);
        if (schema.Count > 0)
        {
            return new LoadResult<FinanceSheetMap>(null, schema);
        }

        var root = JsonNode.Parse(json)!.AsObject();
        var fields = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in root["fields"] as JsonObject ?? new JsonObject())
        {
            fields[name] = value is JsonArray list ? list.Select(v => v!.GetValue<string>()).ToArray() : new[] { value!.GetValue<string>() };
        }

        var ignore = (root["ignore"] as JsonArray)?.Select(v => v!.GetValue<string>()).ToArray() ?? Array.Empty<string>();
        return new LoadResult<FinanceSheetMap>(new FinanceSheetMap(source, fields, ignore, root["table"]?.ToJsonString()), Array.Empty<DataProblem>());
    }
}
