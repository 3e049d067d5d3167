using System.Collections.Generic;
using Send.Domain.Validation;

namespace Send.Domain.Finance;

/// <summary>Checks the RAG history of Safety Valve conditions: rounds in date order, and the current rating agreeing with the latest round.</summary>
internal static class ConditionHistoryCheck
{
    public static IEnumerable<DataProblem> Check(string source, IReadOnlyList<SafetyValveCondition> conditions)
    {
        for (var c = 0; c < conditions.Count; c++)
        {
            var condition = conditions[c];
            var history = condition.History;
            for (var h = 1; h < history.Count; h++)
            {
                if (history[h].Date is { } date && history[h - 1].Date is { } before && date < before)
                {
                    yield return new DataProblem(source, $"condition {condition.Id}: the round '{history[h].Round}' ({date:yyyy-MM-dd}) is dated before the round listed above it, '{history[h - 1].Round}' ({before:yyyy-MM-dd})")
                    {
                        Field = $"safety_valve.conditions[{c}].history[{h}].date",
                        Value = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        Expected = "the monitoring rounds earliest first",
                        Severity = DataProblemSeverity.Warning,
                        Code = ProblemCodes.SafetyValveHistory,
                    };
                }
            }

            if (history.Count > 0 && history[^1].Rag != RagStatus.NotRated && condition.Rag != RagStatus.NotRated && history[^1].Rag != condition.Rag)
            {
                var latest = history[^1];
                yield return new DataProblem(source, $"condition {condition.Id} is rated {Name(condition.Rag)}, but its latest monitoring round, '{latest.Round}', rates it {Name(latest.Rag)}")
                {
                    Field = $"safety_valve.conditions[{c}].rag",
                    Value = Name(condition.Rag),
                    Expected = Name(latest.Rag) + " (the latest round's rating), or the round that rated it " + Name(condition.Rag) + " added to the history",
                    Severity = DataProblemSeverity.Warning,
                    Code = ProblemCodes.SafetyValveHistory,
                };
            }
        }
    }

    private static string Name(RagStatus rag) => rag switch
    {
        RagStatus.Green => "green",
        RagStatus.Amber => "amber",
        RagStatus.Red => "red",
        _ => "not rated",
    };
}
