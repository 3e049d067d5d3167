using Scriban.Runtime;

namespace Send.Reporting.Data;

/// <summary>A data array bound as it is (no C# model): a Scriban array that remembers where it came from.</summary>
/// <remarks>Built by <see cref="JsonData"/> and <see cref="TableData"/> without reflection.</remarks>
internal sealed class BoundArray : ScriptArray
{
    /// <summary>Creates an empty array from <paramref name="origin"/>.</summary>
    /// <param name="origin">Where it came from.</param>
    public BoundArray(DataOrigin origin)
    {
        Origin = origin;
    }

    /// <summary>Gets where the array came from.</summary>
    public DataOrigin Origin { get; }
}
