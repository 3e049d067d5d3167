using Send.Domain.Kpis;
namespace Send.Data.Kpis.Sources;

/// <summary>One measure of the LAIT data dictionary (<c>lait_data_dictionary.csv</c>).</summary>
/// <param name="Code">The measure code: the dictionary's <c>Measure_short</c>, which is the long file's <c>Short Desc</c> (trimmed).</param>
/// <param name="Topic">The topic, for example <c>Children Looked After</c>.</param>
/// <param name="Title">The measure title (<c>Measure</c>).</param>
/// <param name="Polarity">From <c>Polarity</c>: <c>High</c> higher is better, <c>Low</c> lower is better, <c>-</c> or <c>NA</c> none.</param>
/// <param name="AxisName">The unit as LAIT names it (<c>y_axis_name</c>), for example <c>Rate per 10,000</c>.</param>
/// <param name="Decimals">Decimal places shown: <c>dps</c>, or 1 when the dictionary says NA (as the LAIT app does).</param>
/// <param name="YearType">The year type as written (<c>Financial Year</c>, <c>Academic Year</c>, <c>Calendar Year</c>, <c>Annual - January</c>...).</param>
/// <param name="NoQuartile">True when <c>No_Quartile</c> is <c>N</c>: LAIT shows no quartile band (the range is too small).</param>
/// <param name="Line">The line of the dictionary the measure starts on.</param>
public sealed record LaitMeasure(string Code, string Topic, string Title, Polarity Polarity, string AxisName, int Decimals, string YearType, bool NoQuartile, int Line)
{
    /// <summary>
    /// True when the dictionary states <c>dps</c>; false when it says <c>NA</c> (or is unreadable) and
    /// <see cref="Decimals"/> is LAIT's default of 1. Default true.
    /// </summary>
    public bool DecimalsStated { get; init; } = true;

    /// <summary>The period type that matches <see cref="YearType"/>, as far as one does.</summary>
    public KpiPeriodType PeriodType => YearType switch
    {
        "Financial Year" => KpiPeriodType.FinancialYear,
        "Academic Year" => KpiPeriodType.AcademicYear,
        "Calendar Year" => KpiPeriodType.CalendarYear,
        _ => KpiPeriodType.SnapshotDate,
    };
}
