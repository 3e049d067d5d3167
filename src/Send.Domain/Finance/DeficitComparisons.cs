using System.Collections.Generic;
using System.Linq;
using Send.Domain.Validation;

namespace Send.Domain.Finance;

/// <summary>
/// Builds the year-by-year comparisons of a deficit table for <see cref="DeficitTableReconciler"/>: mitigated scenarios
/// against the unmitigated one, revised plan versions against the original, a re-profiled Safety Valve schedule against
/// the original; and checks the scenarios (low not above high, mitigated not above unmitigated).
/// </summary>
internal static class DeficitComparisons
{
    public static IReadOnlyList<ScenarioComparison> Build(PublishedDeficitTable table, SafetyValveAgreement? agreement, List<DataProblem> problems)
    {
        var comparisons = new List<ScenarioComparison>();
        var scenarios = table.Scenarios;
        var baseline = scenarios.Select((s, k) => (s, k)).FirstOrDefault(x => x.s.Kind == ScenarioKind.Unmitigated);
        for (var k = 0; k < scenarios.Count; k++)
        {
            var s = scenarios[k];
            if (s.Kind != ScenarioKind.Mitigated || baseline.s is null)
            {
                continue;
            }

            if (s.Measure != baseline.s.Measure)
            {
                problems.Add(Mismatch(table, $"scenarios[{k}].measure", s.Name, s.Measure, baseline.s.Name, baseline.s.Measure));
                continue;
            }

            comparisons.Add(ScenarioComparison.Compare(baseline.s.Name, s.Name, s.Measure, baseline.s.Years, s.Years));
            for (var j = 0; j < s.Years.Count; j++)
            {
                var y = s.Years[j];
                if (baseline.s.AmountIn(y.Year) is Money u && Worse(table, s.Measure, y.Amount, u))
                {
                    problems.Add(new DataProblem(table.Source, $"{y.Year}: the mitigated scenario '{s.Name}' ({table.Format.Format(y.Amount)}) is worse than the unmitigated '{baseline.s.Name}' ({table.Format.Format(u)})")
                    {
                        Field = $"scenarios[{k}].years[{j}].amount",
                        Value = table.Format.Format(y.Amount),
                        Expected = $"no worse than {table.Format.Format(u)} (mitigation reduces the deficit or the spend), or the scenarios' kinds swapped",
                        Severity = DataProblemSeverity.Warning,
                        Code = ProblemCodes.FinanceScenario,
                    });
                }
            }
        }

        // A low and a high bound of the same measure: the low figure may not be above the high one in any year.
        foreach (var (low, l) in scenarios.Select((s, k) => (s, k)).Where(x => x.s.Bound == ScenarioBound.Low))
        {
            foreach (var (high, _) in scenarios.Select((s, k) => (s, k)).Where(x => x.s.Bound == ScenarioBound.High && x.s.Measure == low.Measure && x.s.Kind == low.Kind))
            {
                for (var j = 0; j < low.Years.Count; j++)
                {
                    var y = low.Years[j];
                    if (high.AmountIn(y.Year) is Money h && y.Amount > h)
                    {
                        problems.Add(new DataProblem(table.Source, $"{y.Year}: the low scenario '{low.Name}' ({table.Format.Format(y.Amount)}) is above the high scenario '{high.Name}' ({table.Format.Format(h)})")
                        {
                            Field = $"scenarios[{l}].years[{j}].amount",
                            Value = table.Format.Format(y.Amount),
                            Expected = $"at most {table.Format.Format(h)}, or the bounds swapped",
                            Code = ProblemCodes.FinanceScenario,
                        });
                    }
                }
            }
        }

        var versions = table.PlanVersions;
        var original = versions.Select((v, k) => (v, k)).FirstOrDefault(x => x.v.Role == PlanVersionRole.Original);
        for (var k = 0; k < versions.Count; k++)
        {
            var v = versions[k];
            if (v.Role != PlanVersionRole.Revised || original.v is null)
            {
                continue;
            }

            if (v.Measure != original.v.Measure)
            {
                problems.Add(Mismatch(table, $"plan_versions[{k}].measure", v.Name, v.Measure, original.v.Name, original.v.Measure));
                continue;
            }

            comparisons.Add(ScenarioComparison.Compare(original.v.Name, v.Name, v.Measure, original.v.Years, v.Years));
        }

        if (agreement?.Reprofile is { } reprofile)
        {
            comparisons.Add(reprofile.Compare());
        }

        return comparisons;
    }

    private static bool Worse(PublishedDeficitTable table, ForecastMeasure measure, Money mitigated, Money unmitigated) =>
        measure == ForecastMeasure.Expenditure ? mitigated > unmitigated : table.ToDeficitPositive(mitigated) > table.ToDeficitPositive(unmitigated);

    private static DataProblem Mismatch(PublishedDeficitTable table, string field, string name, ForecastMeasure measure, string baseline, ForecastMeasure baselineMeasure) =>
        new(table.Source, $"'{name}' gives {Snake(measure)} figures and '{baseline}' gives {Snake(baselineMeasure)} figures, so they cannot be compared year by year")
        {
            Field = field,
            Value = Snake(measure),
            Expected = Snake(baselineMeasure),
            Code = ProblemCodes.FinanceScenario,
        };

    private static string Snake(ForecastMeasure measure) => measure switch
    {
        ForecastMeasure.InYear => "in_year",
        ForecastMeasure.CarriedForward => "carried_forward",
        ForecastMeasure.SafetyValvePayments => "safety_valve_payments",
        _ => "expenditure",
    };
}
