using System.Collections.Generic;

namespace Send.Domain.Finance;

/// <summary>A Safety Valve agreement checked against a forecast: each condition's assessment and the money the plan implies.</summary>
/// <remarks>Produced by <see cref="SafetyValveAgreement.Evaluate"/>. Immutable.</remarks>
public sealed class SafetyValveEvaluation
{
    internal SafetyValveEvaluation(SafetyValveAgreement agreement, DsgAccount forecast, IReadOnlyList<ConditionAssessment> assessments)
    {
        Agreement = agreement;
        Forecast = forecast;
        Assessments = assessments;
    }

    /// <summary>The agreement.</summary>
    public SafetyValveAgreement Agreement { get; }

    /// <summary>The forecast it was checked against.</summary>
    public DsgAccount Forecast { get; }

    /// <summary>One assessment per condition, in the agreement's order.</summary>
    public IReadOnlyList<ConditionAssessment> Assessments { get; }

    /// <summary>
    /// The General Fund contributions in the forecast added up: the council contribution the plan implies
    /// (Wiltshire: 18.445 + 51.822 = 70.267, "about £70.2m" in Cabinet papers).
    /// </summary>
    public Money PlannedCouncilContribution => Forecast.TotalLocal;

    /// <summary>The deficit left at the end of the forecast, if any (Wiltshire: 34.509).</summary>
    public Money ResidualDeficit => Money.Max(Forecast.ClosingBalance, Money.Zero);

    /// <summary>What the council would have to find to clear the deficit: planned contributions plus the residual.</summary>
    public Money ContributionToClear => PlannedCouncilContribution + ResidualDeficit;
}
