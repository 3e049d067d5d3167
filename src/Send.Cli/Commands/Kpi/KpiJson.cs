using Send.Domain.Kpis;

namespace Send.Cli.Commands.Kpi;

/// <summary>
/// How KPI values appear in <c>--json</c> output, the same everywhere: <c>value</c> a number or null, <c>symbol</c>
/// the DfE symbol (<c>c</c>, <c>x</c>, <c>z</c>, <c>low</c>, <c>u</c>, <c>-</c>) or null for a number, and
/// <c>display</c> the value as shown. Never a number in one row and a string in the next; never 0 for a symbol.
/// </summary>
internal static class KpiJson
{
    public static decimal? Number(KpiValue value) => value.HasNumber ? value.Number : null;

    public static string? Symbol(KpiValue value) => value.HasNumber ? null : KpiValue.Symbol(value.Status);

    /// <summary>A value as an object: <c>{ "value": 12.5, "symbol": null, "display": "12.5" }</c>.</summary>
    public static TypedValue Typed(KpiValue value, int decimals) => new(Number(value), Symbol(value), value.ToDisplayString(decimals));

    /// <summary>A value as an object, or null when there is none.</summary>
    public static TypedValue? Typed(KpiValue? value, int decimals) => value is KpiValue v ? Typed(v, decimals) : null;

    public sealed record TypedValue(decimal? Value, string? Symbol, string Display);
}
