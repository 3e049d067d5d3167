namespace Send.Domain.Finance;

/// <summary>Which forecast a scenario is (DSG reference, sections 2 and 9).</summary>
/// <remarks>The default value is <see cref="Unmitigated"/>.</remarks>
public enum ScenarioKind
{
    /// <summary>Current trends continue, no action taken. This is the default value.</summary>
    Unmitigated = 0,

    /// <summary>After planned savings: <c>Mitigated(y) = Unmitigated(y) − Σ WorkstreamSavings(y)</c>.</summary>
    Mitigated = 1,
}
