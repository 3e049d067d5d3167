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
