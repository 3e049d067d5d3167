namespace Send.Domain.Kpis;

/// <summary>A KPI's value for one period, with the definition it belongs to.</summary>
/// <param name="Definition">The KPI.</param>
/// <param name="Period">The period.</param>
/// <param name="Value">The value (a number or a status).</param>
public sealed record KpiObservation(KpiDefinition Definition, KpiPeriod Period, KpiValue Value);
