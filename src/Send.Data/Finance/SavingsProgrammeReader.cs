using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Send.Domain.Finance;
using Send.Domain.Validation;

namespace Send.Data.Finance;

/// <summary>
/// Reads a savings programme file (<c>docs/schemas/finance-savings-programme.schema.json</c>): the schema first, then
/// the fields, then <see cref="SavingsProgramme.Check"/>, whose warnings (strands not adding up to the target) come
/// back with the programme.
/// </summary>
/// <remarks>Stateless.</remarks>
public static class SavingsProgrammeReader
{
    /// <summary>Reads a programme from JSON text.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">The file name to put in problems.</param>
    /// <returns>The programme with any warnings, or the problems.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LoadResult<SavingsProgramme> Read(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        var schema = FinanceSchemas.SavingsProgrammeSchema.Validate(json, source);
        if (schema.Count > 0)
        {
            return new LoadResult<SavingsProgramme>(null, schema);
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var f = new JsonFields(source);
        const decimal Million = 1_000_000m;
        var name = f.String(root, "name", string.Empty, true) ?? string.Empty;
        var year = f.Year(root, "year", string.Empty);
        var declared = f.Int(root, "decimals", string.Empty);
        var target = f.Money(root, "target", string.Empty, Million, true, allowText: true);
        var forecast = f.Money(root, "forecast", string.Empty, Million, allowText: true);
        var strands = new List<SavingsStrand>();
        foreach (var (s, path) in f.Array(root, "strands", string.Empty))
        {
            var strandName = f.String(s, "name", path, true);
            var strandYear = JsonFields.Has(s, "year") ? f.Year(s, "year", path) : year;
            var strandTarget = f.Money(s, "target", path, Million, true, allowText: true);
            var strandForecast = f.Money(s, "forecast", path, Million, allowText: true);
            var delivered = f.Money(s, "delivered", path, Million, allowText: true);
            var rag = f.Enum<RagStatus>(s, "rag", path) ?? RagStatus.NotRated;
            var commentary = f.String(s, "commentary", path);
            if (strandName is not null && strandYear is { } y && strandTarget is { } t)
            {
                strands.Add(new SavingsStrand(strandName, y, t, strandForecast, delivered, rag, commentary));
            }
        }

        // As declared, else the finest places the printed figures show, else 1 (narrative £m).
        var decimals = Math.Clamp(declared ?? (f.PrintedDecimals.Count > 0 ? f.PrintedDecimals.Max() : 1), 0, 12);
        if (target is { IsZero: true })
        {
            f.Error("target", "a savings target of zero cannot be delivered against (delivery is forecast ÷ target)", "0", "the programme's target, more than zero");
        }
        else if (target is { IsNegative: true })
        {
            f.Error("target", "a savings target cannot be negative", target.Value.ToString(MoneyFormat.Millions(decimals)), "the programme's target, more than zero");
        }

        if (f.Problems.Any(p => p.Severity == DataProblemSeverity.Error) || year is not { } fy || target is not { } tgt)
        {
            return new LoadResult<SavingsProgramme>(null, JsonFields.Locate(f.Problems, json));
        }

        var programme = new SavingsProgramme(name, fy, tgt, strands, forecast, decimals);
        return new LoadResult<SavingsProgramme>(programme, JsonFields.Locate(f.Problems.Concat(programme.Check(source)), json));
    }
}
