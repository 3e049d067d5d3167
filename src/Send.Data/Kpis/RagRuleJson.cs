using System;
using System.Collections.Generic;
using System.Text.Json;
using Send.Domain.Kpis.Rag;
using Send.Domain.Validation;

namespace Send.Data.Kpis;

/// <summary>
/// Reads a <see cref="RagRule"/> from its JSON form, for example
/// <c>{ "type": "target", "target": 90, "tolerance": 5, "tolerance_kind": "relative" }</c>.
/// </summary>
/// <remarks>
/// Types: <c>target</c> (target, tolerance, tolerance_kind), <c>tolerance_trend</c> (target, tolerance,
/// tolerance_kind), <c>target_floor</c> (target, floor), <c>benchmark</c> (against: statistical_neighbours, england,
/// region or quartile; amber_margin), <c>trend</c>, <c>band</c> (lower, upper, tolerance). tolerance_kind defaults to
/// absolute; amber_margin and tolerance default to 0.
/// </remarks>
public static class RagRuleJson
{
    /// <summary>Reads a rule; problems are added to <paramref name="problems"/>.</summary>
    /// <param name="element">The JSON object.</param>
    /// <param name="source">The file name, for problems.</param>
    /// <param name="field">The field path of the object, for problems.</param>
    /// <param name="problems">Where problems are added.</param>
    /// <returns>The rule, or null when it could not be read.</returns>
    public static RagRule? Read(JsonElement element, string source, string field, ICollection<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            problems.Add(Problem(source, field, "a RAG rule needs a \"type\"", null, "one of target, tolerance_trend, target_floor, benchmark, trend, band"));
            return null;
        }

        var before = problems.Count;
        var type = typeElement.GetString();
        decimal Number(string name, decimal? fallback)
        {
            if (element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number)
            {
                return p.GetDecimal();
            }

            if (fallback is decimal f)
            {
                return f;
            }

            problems.Add(Problem(source, field + "." + name, $"the '{type}' rule needs a number '{name}'", null, "a number"));
            return 0m;
        }

        var kindText = element.TryGetProperty("tolerance_kind", out var k) ? k.GetString() : "absolute";
        if (!JsonEnums.TryParse<ToleranceKind>(kindText, out var kind))
        {
            problems.Add(Problem(source, field + ".tolerance_kind", "unknown tolerance kind", kindText, "absolute or relative"));
        }

        RagRule? rule;
        switch (type)
        {
            case "target":
                rule = new TargetToleranceRule(Number("target", null), Number("tolerance", 0m), kind);
                break;
            case "tolerance_trend":
                rule = new ToleranceTrendRule(Number("target", null), Number("tolerance", 0m), kind);
                break;
            case "target_floor":
                rule = new TargetFloorRule(Number("target", null), Number("floor", null));
                break;
            case "benchmark":
                var againstText = element.TryGetProperty("against", out var a) ? a.GetString() : null;
                if (!JsonEnums.TryParse<BenchmarkKind>(againstText, out var against))
                {
                    problems.Add(Problem(source, field + ".against", "unknown benchmark", againstText, "statistical_neighbours, england, region or quartile"));
                }

                rule = new BenchmarkRule(against, Number("amber_margin", 0m));
                break;
            case "trend":
                rule = new TrendRule();
                break;
            case "band":
                rule = new TargetBandRule(Number("lower", null), Number("upper", null), Number("tolerance", 0m));
                break;
            default:
                problems.Add(Problem(source, field + ".type", "unknown RAG rule type", type, "one of target, tolerance_trend, target_floor, benchmark, trend, band"));
                return null;
        }

        return problems.Count == before ? rule : null;
    }

    private static DataProblem Problem(string source, string field, string message, string? value, string expected) =>
        new(source, message) { Field = field, Value = value, Expected = expected, Code = "SEND-KPI-RAG" };
}
