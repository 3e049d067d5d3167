namespace Send.Reporting.Styling;

/// <summary>
/// A red/amber/green status for a table cell. The colour is not part of the status: it comes from the house style's
/// palette (<see cref="RagPalette"/>), so a template never contains a colour.
/// </summary>
/// <remarks>The default value is <see cref="Red"/>; there is no "unknown" status.</remarks>
public enum RagStatus
{
    /// <summary>Red: off track, needs intervention.</summary>
    Red = 0,

    /// <summary>Amber: at risk or off track but recoverable.</summary>
    Amber = 1,

    /// <summary>Green: on track.</summary>
    Green = 2,
}
