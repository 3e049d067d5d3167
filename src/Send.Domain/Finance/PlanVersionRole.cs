namespace Send.Domain.Finance;

/// <summary>Whether a plan version is the one agreed at first or a later revision.</summary>
/// <remarks>The default value is <see cref="Original"/>.</remarks>
public enum PlanVersionRole
{
    /// <summary>The plan as first agreed (a Safety Valve agreement's plan). This is the default value.</summary>
    Original = 0,

    /// <summary>A revised plan or forecast (Wiltshire's "revised forecast", autumn 2024).</summary>
    Revised = 1,
}
