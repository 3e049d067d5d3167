using System.Collections.Generic;

namespace Send.Reporting.Reports.StrategicUpdate;

/// <summary>
/// The polarity of the strategic outcome KPIs in the committee table (kpis.md §2.1). Interim: to be replaced by the
/// KPI engine's catalogue when it is merged.
/// </summary>
/// <remarks>
/// The looked-after rate has no polarity in LAIT; councils often present it as lower-is-better, so the sample data
/// overrides it explicitly (kpis.md: "make polarity overridable per report").
/// </remarks>
internal static class KpiCatalogue
{
    private static readonly Dictionary<string, KpiPolarity> Polarities = new()
    {
        ["cla-rate-per-10k"] = KpiPolarity.NoPolarity,
        ["ncmp-y6-overweight-incl-obese"] = KpiPolarity.LowerIsBetter,
        ["ks4-attainment8-avg"] = KpiPolarity.HigherIsBetter,
        ["neet-nk-16-17-pct"] = KpiPolarity.LowerIsBetter,
        ["care-leavers-19-21-suitable-accom-pct"] = KpiPolarity.HigherIsBetter,
        ["perm-excl-rate-secondary"] = KpiPolarity.LowerIsBetter,
    };

    public static IEnumerable<string> Ids => Polarities.Keys;

    public static KpiPolarity? PolarityOf(string id) => Polarities.TryGetValue(id, out var p) ? p : null;
}
