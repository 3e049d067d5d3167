namespace Send.Domain.Kpis.Rag;

/// <summary>How a tolerance is measured.</summary>
public enum ToleranceKind
{
    /// <summary>In the KPI's own units (percentage points for a percentage). This is the default value.</summary>
    Absolute = 0,

    /// <summary>As a percentage of the target value (10 means within 10% of the target).</summary>
    Relative = 1,
}
