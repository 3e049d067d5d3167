namespace Send.Domain.Statutory;

/// <summary>Whose closure a <see cref="ClosureFact"/> records: a school or college, or an early years provider.</summary>
public enum ClosureSetting
{
    /// <summary>A school or post-16 institution (EXC-CLOSURE-SCHOOL). This is the default value.</summary>
    School = 0,

    /// <summary>An early years provider (EXC-CLOSURE-EY).</summary>
    EarlyYears = 1,
}
