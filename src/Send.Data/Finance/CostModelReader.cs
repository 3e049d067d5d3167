using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Send.Domain.Finance;
using Send.Domain.Validation;

namespace Send.Data.Finance;

/// <summary>
/// Reads a high needs cost model file (<c>docs/schemas/finance-cost-model.schema.json</c>). Amounts may be numbers of
/// pounds or text in any form <see cref="Money.Parse(string)"/> accepts (<c>"£17,000"</c>, <c>"£58m"</c>).
/// </summary>
/// <remarks>Stateless.</remarks>
public static class CostModelReader
{
    /// <summary>Reads a model from JSON text.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">The file name to put in problems.</param>
    /// <returns>The model, or the problems.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LoadResult<HighNeedsCostModel> Read(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        var schema = FinanceSchemas.CostModelSchema.Validate(json, source);
        if (schema.Count > 0)
        {
            return new LoadResult<HighNeedsCostModel>(null, schema);
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var f = new JsonFields(source);
        var name = f.String(root, "name", string.Empty, true) ?? string.Empty;
        var baseYear = f.Year(root, "base_year", string.Empty);
        var horizon = f.Int(root, "horizon_years", string.Empty) ?? 4;
        var lines = new List<PlacementLine>();
        foreach (var (l, path) in f.Array(root, "lines", string.Empty))
        {
            var label = f.String(l, "label", path, true);
            var category = f.Enum<PlacementCategory>(l, "category", path);
            var count = f.Int(l, "count", path, true);
            var cost = f.Money(l, "average_cost", path, 1m, true, allowText: true);
            var growth = f.Decimal(l, "growth_per_year", path);
            if (label is not null && count is { } n && cost is { } c)
            {
                lines.Add(new PlacementLine(label, category, n, c) { Growth = growth is decimal g ? GrowthRate.PerYear(g) : null });
            }
        }

        var rate = ReadGrowth(f, root);
        var savings = new List<WorkstreamSaving>();
        foreach (var (s, path) in f.Array(root, "savings", string.Empty))
        {
            var workstream = f.String(s, "workstream", path, true);
            var year = f.Year(s, "year", path);
            var amount = f.Money(s, "amount", path, 1m, true, allowText: true);
            if (workstream is not null && year is { } y && amount is { } a)
            {
                savings.Add(new WorkstreamSaving(workstream, y, a));
            }
        }

        var ranges = new List<ScenarioRange>();
        foreach (var (r, path) in f.Array(root, "ranges", string.Empty))
        {
            var label = f.String(r, "label", path, true);
            var year = f.Year(r, "year", path);
            var lower = f.Money(r, "lower", path, 1m, true, allowText: true);
            var upper = f.Money(r, "upper", path, 1m, true, allowText: true);
            if (lower is { } lo && upper is { } up && up < lo)
            {
                f.Error(path + ".upper", "the upper bound is below the lower bound", up.ToString(MoneyFormat.Narrative), "at least " + lo.ToString(MoneyFormat.Narrative));
            }
            else if (label is not null && year is { } y && lower is { } l2 && upper is { } u2)
            {
                ranges.Add(new ScenarioRange(label, y, l2, u2));
            }
        }

        if (f.Problems.Any(p => p.Severity == DataProblemSeverity.Error) || baseYear is not { } by || rate is not { } g2)
        {
            return new LoadResult<HighNeedsCostModel>(null, JsonFields.Locate(f.Problems, json));
        }

        if (horizon is < 0 or > 50)
        {
            f.Error("horizon_years", "a projection runs 0 to 50 years ahead", horizon.ToString(System.Globalization.CultureInfo.InvariantCulture), "0 to 50");
            return new LoadResult<HighNeedsCostModel>(null, JsonFields.Locate(f.Problems, json));
        }

        var model = new HighNeedsCostModel(name, by, lines, g2, horizon, savings, ranges);
        return new LoadResult<HighNeedsCostModel>(model, JsonFields.Locate(f.Problems.Concat(model.Check(source)), json));
    }

    private static GrowthRate? ReadGrowth(JsonFields f, JsonElement root)
    {
        if (!JsonFields.Has(root, "growth"))
        {
            f.Error("growth", "required field is missing", expected: "an object with per_year, or total_growth and over_years, or from, to and over_years");
            return null;
        }

        var g = root.GetProperty("growth");
        var perYear = f.Decimal(g, "per_year", "growth");
        var total = f.Decimal(g, "total_growth", "growth");
        var from = f.Decimal(g, "from", "growth");
        var to = f.Decimal(g, "to", "growth");
        var years = f.Int(g, "over_years", "growth");
        var given = (perYear is not null ? 1 : 0) + (total is not null ? 1 : 0) + (from is not null || to is not null ? 1 : 0);
        const string Expected = "exactly one of: per_year; total_growth with over_years; from and to with over_years";
        if (given != 1)
        {
            f.Error("growth", "the growth rate must be given exactly one way", expected: Expected);
            return null;
        }

        if (perYear is decimal p)
        {
            return GrowthRate.PerYear(p);
        }

        if (years is not int n)
        {
            f.Error("growth.over_years", "required with total_growth or from and to", expected: "a whole number of years");
            return null;
        }

        if (total is decimal t)
        {
            return GrowthRate.FromTotalGrowth(t, n);
        }

        if (from is decimal a && to is decimal b)
        {
            return GrowthRate.ImpliedBy(a, b, n);
        }

        f.Error(from is null ? "growth.from" : "growth.to", "both from and to are needed", expected: Expected);
        return null;
    }
}
