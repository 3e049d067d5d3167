namespace Send.Domain.Finance;

/// <summary>What a forecast says about a Safety Valve condition.</summary>
/// <remarks>The default value is <see cref="NotAssessable"/>.</remarks>
public enum ConditionOutcome
{
    /// <summary>The forecast cannot say (a delivery condition, or a year outside the forecast). This is the default value.</summary>
    NotAssessable = 0,

    /// <summary>The forecast meets the condition.</summary>
    Met = 1,

    /// <summary>The forecast breaches the condition.</summary>
    Breached = 2,
}
