namespace Send.Domain.Statutory;

/// <summary>What a <see cref="DerivedDate"/> is: the latest day to act, the earliest day allowed, or the start of a window.</summary>
/// <remarks>The default value is <see cref="Latest"/>.</remarks>
public enum DerivedDateKind
{
    /// <summary>The latest day on which the step can be taken and the later deadline still be met. This is the default value.</summary>
    Latest = 0,

    /// <summary>The earliest day the step may be taken (for example a final plan after the 15-day comment period).</summary>
    Earliest = 1,

    /// <summary>The first day of a recommended window (for example the interim review of an under-5).</summary>
    WindowStart = 2,
}
