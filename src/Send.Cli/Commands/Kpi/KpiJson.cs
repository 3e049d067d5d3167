using Send.Domain.Kpis;

namespace Send.Cli.Commands.Kpi;

/// <summary>How KPI values appear in <c>--json</c> output: a number, or the DfE symbol as a string (never 0).</summary>
internal static class KpiJson
{
    public static object? Value(KpiValue value) => value.HasNumber ? value.Number : KpiValue.Symbol(value.Status);

    public static object? Value(KpiValue? value) => value is KpiValue v ? Value(v) : null;
}
