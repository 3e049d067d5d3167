namespace Send.Domain.Finance;

/// <summary>A red, amber or green rating as councils give Safety Valve conditions and savings strands.</summary>
/// <remarks>The default value is <see cref="NotRated"/>, so a status nobody set is never mistaken for green.</remarks>
public enum RagStatus
{
    /// <summary>No rating given. This is the default value.</summary>
    NotRated = 0,

    /// <summary>Green: on track.</summary>
    Green = 1,

    /// <summary>Amber: off track, recoverable.</summary>
    Amber = 2,

    /// <summary>Red: not on track.</summary>
    Red = 3,
}
