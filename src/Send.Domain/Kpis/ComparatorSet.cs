using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Send.Domain.Kpis;

/// <summary>One neighbour of a council in a <see cref="ComparatorSet"/>, in order of similarity.</summary>
/// <param name="Code">The neighbour's LA number (for example <c>878</c>).</param>
/// <param name="Proximity">The proximity label when the set gives one (Extremely close … Not close), or null.</param>
public sealed record Neighbour(string Code, string? Proximity);

/// <summary>
/// A versioned family of comparators: for each council, its ordered neighbours. The DfE statistical-neighbour sets
/// (April 2021, May 2025) are the usual case; CIPFA nearest neighbours fit the same shape.
/// </summary>
/// <remarks>
/// A report's comparator column depends on which version was used, so the set carries its name, version and
/// effective date; show them beside any neighbour average. The aggregation rule is always the unweighted mean of the
/// available values (<see cref="NeighbourAverage"/>). Immutable.
/// </remarks>
public sealed class ComparatorSet
{
    private readonly Dictionary<string, Neighbour[]> members;

    /// <summary>Creates a set.</summary>
    /// <param name="name">The family, for example <c>DfE statistical neighbours</c>.</param>
    /// <param name="version">The version, for example <c>May 2025</c>.</param>
    /// <param name="effectiveFrom">The date the version took effect, when known.</param>
    /// <param name="members">Each council's code and its neighbours in order.</param>
    public ComparatorSet(string name, string version, LocalDate? effectiveFrom, IEnumerable<KeyValuePair<string, IReadOnlyList<Neighbour>>> members)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Version = version ?? throw new ArgumentNullException(nameof(version));
        EffectiveFrom = effectiveFrom;
        this.members = new Dictionary<string, Neighbour[]>(StringComparer.Ordinal);
        foreach (var pair in members ?? throw new ArgumentNullException(nameof(members)))
        {
            this.members.TryAdd(pair.Key, pair.Value.ToArray());
        }
    }

    /// <summary>The family name.</summary>
    public string Name { get; }

    /// <summary>The version label.</summary>
    public string Version { get; }

    /// <summary>The date this version took effect, or null when unknown.</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>The councils that have neighbours in this set.</summary>
    public IEnumerable<string> Councils => members.Keys;

    /// <summary>The neighbours of a council, in order; empty when the council is not in the set.</summary>
    /// <param name="code">The council's LA number.</param>
    /// <returns>The neighbours.</returns>
    public IReadOnlyList<Neighbour> NeighboursOf(string code) =>
        members.TryGetValue(code, out var list) ? list : Array.Empty<Neighbour>();

    /// <inheritdoc />
    public override string ToString() => Name + " (" + Version + ")";
}
