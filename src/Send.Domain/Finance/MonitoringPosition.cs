namespace Send.Domain.Finance;

/// <summary>
/// One position of a year's in-year result as a paper prints it beside the others: the budget (or plan), a forecast
/// at a monitoring round ("Month 8"), or the outturn (DSG reference, section 11).
/// </summary>
/// <remarks>
/// Devon, month 8 of 2024/25 (seed 001, paragraph 5.2): a forecast increase of £51.6m against the Safety Valve plan of
/// £31.2m, "an increase of £20.4 million in Month 8", is a budget position of 31.2 and a forecast position at Month 8
/// of 51.6. The figure follows the table's sign convention, as the row's in-year figure does. Immutable; equality is
/// structural.
/// </remarks>
/// <param name="Status">Budget (or plan), forecast or outturn.</param>
/// <param name="Period">The monitoring round of a forecast, or null when not printed.</param>
/// <param name="InYear">The in-year result at that position, as printed.</param>
public sealed record MonitoringPosition(DsgYearStatus Status, MonitoringPeriod? Period, PrintedFigure InYear)
{
    /// <summary>A label such as "Budget", "Forecast (Month 8)" or "Outturn".</summary>
    public string Label => Status switch
    {
        DsgYearStatus.Budget => "Budget",
        DsgYearStatus.Outturn => "Outturn",
        _ => Period is { } p ? $"Forecast ({p})" : "Forecast",
    };
}
