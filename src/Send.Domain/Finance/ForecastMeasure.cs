namespace Send.Domain.Finance;

/// <summary>What a forecast scenario or plan version gives a figure of, per year.</summary>
/// <remarks>
/// The default value is <see cref="Expenditure"/>, what a cost-model scenario forecasts. A flow (expenditure, in-year)
/// adds up over years; a balance (carried forward) is already cumulative (<see cref="ScenarioComparison"/>).
/// </remarks>
public enum ForecastMeasure
{
    /// <summary>Expenditure in the year (High Needs spend). A flow. This is the default value.</summary>
    Expenditure = 0,

    /// <summary>The in-year deficit before contributions. A flow.</summary>
    InYear = 1,

    /// <summary>The cumulative balance carried forward at the year's end. A balance.</summary>
    CarriedForward = 2,

    /// <summary>Safety Valve payments in the year (a schedule and its re-profile). A flow.</summary>
    SafetyValvePayments = 3,
}
