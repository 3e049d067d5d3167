namespace Send.Domain.Finance;

/// <summary>Which end of a range a mitigated scenario is, as DBV diagnostics print "£70m-£75m" (DSG reference, section 9).</summary>
/// <remarks>The default value is <see cref="Central"/>: a single scenario, not a bound.</remarks>
public enum ScenarioBound
{
    /// <summary>A single scenario, not one end of a range. This is the default value.</summary>
    Central = 0,

    /// <summary>The low end (the most optimistic mitigation for a deficit).</summary>
    Low = 1,

    /// <summary>The high end.</summary>
    High = 2,
}
