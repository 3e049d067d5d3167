using System.Threading.Tasks;
using Xunit;
using Verify = Send.Analyzers.Tests.Infrastructure.Verifier<Send.Analyzers.Rules.KpiComparisonWithoutPolarityAnalyzer>;

namespace Send.Analyzers.Tests.Rules;

public sealed class KpiComparisonWithoutPolarityAnalyzerTests
{
    [Fact]
    public Task Analyze_KpiValuesComparedNumerically_Flags() => Verify.AnalyzeAsync("""
        using Send.Domain.Kpis;
        class Rag
        {
            bool Better(KpiValue ours, KpiValue england) => {|SEND1004:ours.Number > england.Number|};
            bool Above(KpiValue ours, decimal target) => {|SEND1004:ours.Number >= target|};
        }
        """);

    [Fact]
    public Task Analyze_PlainNumbers_DoNotFlag() => Verify.AnalyzeAsync("""
        using Send.Domain.Kpis;
        class Rag
        {
            bool Bigger(decimal a, decimal b) => a > b;
            bool Same(KpiValue a, KpiValue b) => a.Number == b.Number;
        }
        """);
}

public sealed class KpiComparisonWithoutPolarityCodeFixTests
{
    [Fact]
    public Task Fix_GreaterThanWithDefinitionInScope_JudgesBetter() =>
        Send.Analyzers.Tests.Infrastructure.Verifier<Send.Analyzers.Rules.KpiComparisonWithoutPolarityAnalyzer, Send.Analyzers.CodeFixes.KpiComparisonWithoutPolarityCodeFixProvider>.FixAsync(
        """
        using Send.Domain.Kpis;
        class Rag
        {
            bool Better(KpiDefinition kpi, KpiValue ours, KpiValue england) => {|SEND1004:ours.Number > england.Number|};
        }
        """,
        """
        using Send.Domain.Kpis;
        class Rag
        {
            bool Better(KpiDefinition kpi, KpiValue ours, KpiValue england) => KpiComparison.Judge(ours, england, kpi.Polarity, null) == Verdict.Better;
        }
        """);

    [Fact]
    public Task Fix_LessOrEqualWithPolarityInScope_JudgesWorseOrSame() =>
        Send.Analyzers.Tests.Infrastructure.Verifier<Send.Analyzers.Rules.KpiComparisonWithoutPolarityAnalyzer, Send.Analyzers.CodeFixes.KpiComparisonWithoutPolarityCodeFixProvider>.FixAsync(
        """
        using Send.Domain.Kpis;
        class Rag
        {
            bool NotBetter(Polarity polarity, KpiValue ours, KpiValue england) => {|SEND1004:ours.Number <= england.Number|};
        }
        """,
        """
        using Send.Domain.Kpis;
        class Rag
        {
            bool NotBetter(Polarity polarity, KpiValue ours, KpiValue england) => KpiComparison.Judge(ours, england, polarity, null) is Verdict.Worse or Verdict.Same;
        }
        """);
}

/// <summary>Issue #19: KPI metadata and range checks are not judgements.</summary>
public sealed class KpiComparisonWithoutPolarityPrecisionTests
{
    [Fact]
    public Task Analyze_Metadata_DoesNotFlag() => Verify.AnalyzeAsync("""
        using Send.Domain.Kpis;
        class Table
        {
            bool ShowsDecimals(KpiDefinition kpi) => kpi.DisplayDecimals > 0;
            bool Recent(KpiPeriod period) => period.EndYear >= 2023 && period.EndMonth < 12;
            bool After(KpiPeriod period, int year) => period.EndYear >= year;
        }
        """);

    [Fact]
    public Task Analyze_RangeAndValidityChecks_DoNotFlag() => Verify.AnalyzeAsync("""
        using Send.Domain.Kpis;
        class Check
        {
            bool IsPercentage(KpiValue v) => v.Number >= 0 && v.Number <= 100;
            bool InRange(KpiValue v, decimal min, decimal max) => v.Number >= min && (v.Number <= max);
            bool Positive(KpiValue v) => v.Number > 0m;
        }
        """);

    [Fact]
    public Task Analyze_OneSidedThresholdOrTwoValues_StillFlags() => Verify.AnalyzeAsync("""
        using Send.Domain.Kpis;
        class Check
        {
            bool AboveTarget(KpiValue v, decimal target) => {|SEND1004:v.Number > target|};
            bool Both(KpiValue v, KpiValue england, decimal max) => {|SEND1004:v.Number > england.Number|} && v.Number < max;
        }
        """);

    [Fact]
    public Task FixAll_TwoComparisons_OnePass() =>
        Send.Analyzers.Tests.Infrastructure.Verifier<Send.Analyzers.Rules.KpiComparisonWithoutPolarityAnalyzer, Send.Analyzers.CodeFixes.KpiComparisonWithoutPolarityCodeFixProvider>.FixAllInOnePassAsync(
            """
            class Rag
            {
                bool Better(Send.Domain.Kpis.Polarity polarity, Send.Domain.Kpis.KpiValue ours, Send.Domain.Kpis.KpiValue england) => {|SEND1004:ours.Number > england.Number|} && {|SEND1004:ours.Number >= england.Number|};
            }
            """,
            """
            using Send.Domain.Kpis;

            class Rag
            {
                bool Better(Send.Domain.Kpis.Polarity polarity, Send.Domain.Kpis.KpiValue ours, Send.Domain.Kpis.KpiValue england) => KpiComparison.Judge(ours, england, polarity, null) == Verdict.Better && KpiComparison.Judge(ours, england, polarity, null) is Verdict.Better or Verdict.Same;
            }
            """);
}
