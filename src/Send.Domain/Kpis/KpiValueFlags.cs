using System;

namespace Send.Domain.Kpis;

/// <summary>Qualifiers a publisher attaches to a value (GSS shorthand <c>p</c> and <c>r</c>).</summary>
[Flags]
public enum KpiValueFlags
{
    /// <summary>No qualifier. This is the default value.</summary>
    None = 0,

    /// <summary><c>p</c>: provisional; may change in a later release.</summary>
    Provisional = 1,

    /// <summary><c>r</c>: revised since it was first published.</summary>
    Revised = 2,
}
