namespace Send.Benchmarks.Reporting.TypedStrategicUpdate;

/// <summary>
/// A red/amber/green status that a report's author gives a programme strand or a Safety Valve condition. It is a
/// judgement recorded in the data, not a KPI verdict computed by the KPI engine.
/// </summary>
/// <remarks>The default value is <see cref="NotRated"/>, which renders as an unshaded cell. In JSON: snake_case strings.</remarks>
public enum RagRating
{
    /// <summary>No rating given; the cell is not shaded.</summary>
    NotRated = 0,

    /// <summary>On track.</summary>
    Green = 1,

    /// <summary>Off track but recoverable, or at risk.</summary>
    Amber = 2,

    /// <summary>Off track; needs intervention.</summary>
    Red = 3,
}
