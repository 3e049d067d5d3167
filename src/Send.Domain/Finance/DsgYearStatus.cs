namespace Send.Domain.Finance;

/// <summary>Whether a DSG year's figures are actual or projected (DSG reference, section 11).</summary>
/// <remarks>The default value is <see cref="Outturn"/>.</remarks>
public enum DsgYearStatus
{
    /// <summary>Actual figures for a closed year. This is the default value.</summary>
    Outturn = 0,

    /// <summary>A projection made during or before the year (for example "month 8").</summary>
    Forecast = 1,

    /// <summary>The budget set for the year.</summary>
    Budget = 2,
}
