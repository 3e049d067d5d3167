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
            bool Better(KpiValue ours, KpiValue england) => {|SEND1004:ours.Value > england.Value|};
            bool Above(KpiValue ours, decimal target) => {|SEND1004:ours.Value >= target|};
        }
        """);

    [Fact]
    public Task Analyze_PlainNumbers_DoNotFlag() => Verify.AnalyzeAsync("""
        using Send.Domain.Kpis;
        class Rag
        {
            bool Bigger(decimal a, decimal b) => a > b;
            bool Same(KpiValue a, KpiValue b) => a.Value == b.Value;
        }
        """);
}
