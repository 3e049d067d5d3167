using Send.Domain.Kpis;
namespace Send.Data.Kpis.Sources;

/// <summary>One value of one measure column in an EES data file.</summary>
/// <param name="Level">The geographic level.</param>
/// <param name="Code">The geography's code: <c>new_la_code</c> for a local authority, <c>region_code</c> for a region, <c>country_code</c> for England.</param>
/// <param name="Name">The geography's name (<c>la_name</c>, <c>region_name</c> or <c>country_name</c>).</param>
/// <param name="OldLaCode">The three-digit LA number (<c>old_la_code</c>, the LAIT <c>LA Number</c>), or null.</param>
/// <param name="Period">The period, parsed from <c>time_period</c> for the KPI's period type.</param>
/// <param name="BreakdownTopic">The <c>breakdown_topic</c>; in an older layout, the file's filter column names joined with <c>, </c>; empty when the file has no filters.</param>
/// <param name="Breakdown">The <c>breakdown</c>; in an older layout, the row's filter values joined with <c>, </c>; empty when the file has no filters.</param>
/// <param name="Value">The value, with DfE symbols as statuses.</param>
/// <param name="Line">The line of the file it was read from.</param>
public sealed record EesObservation(
    EesGeographicLevel Level,
    string Code,
    string Name,
    string? OldLaCode,
    KpiPeriod Period,
    string BreakdownTopic,
    string Breakdown,
    KpiValue Value,
    int Line)
{
    private readonly bool? total;

    /// <summary>
    /// True for the headline row of a file. In the 2025 layout, <c>breakdown_topic</c> equal to <c>breakdown</c> ("All
    /// EHC plans issued"); in older layouts, every filter column holding <c>Total</c> (<see cref="EesDataFile"/> sets
    /// it); in a file without filters, every row.
    /// </summary>
    public bool IsTotal
    {
        get => total ?? BreakdownTopic == Breakdown;
        init => total = value;
    }
}
