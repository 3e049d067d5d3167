using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>
/// An EHC case: an id and its history of dated events, the exception facts recorded on it, and optionally the
/// child's date of birth (for EHC-AR-UNDER5) and a planned phase transfer.
/// </summary>
/// <remarks>
/// <para>Events are kept in date order (stable for events on the same day, so file order breaks ties).</para>
/// <para>
/// A case is not checked on construction: use <see cref="CaseValidator"/> to find impossible histories (a final plan
/// before the request, a review before the plan) before asking <see cref="DeadlineEngine"/> for its deadlines.
/// Instances are immutable.
/// </para>
/// </remarks>
public sealed class EhcCase
{
    /// <summary>Creates a case.</summary>
    /// <param name="id">The case reference; not blank.</param>
    /// <param name="events">The events, in any order.</param>
    /// <param name="exceptions">Exception facts recorded on the case; null for none.</param>
    /// <param name="dateOfBirth">The child's date of birth, if known.</param>
    /// <param name="phaseTransfer">A planned phase transfer, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public EhcCase(string id, IEnumerable<CaseEvent> events, IEnumerable<ExceptionFact>? exceptions = null, LocalDate? dateOfBirth = null, PhaseTransfer? phaseTransfer = null)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("A case needs an id.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(events);
        Id = id;
        var sorted = events.ToArray();
        if (!IsSorted(sorted))
        {
            sorted = sorted.Select((e, i) => (e, i)).OrderBy(p => p.e.Date).ThenBy(p => p.i).Select(p => p.e).ToArray();
        }

        Events = sorted;
        Exceptions = exceptions?.ToArray() ?? Array.Empty<ExceptionFact>();
        DateOfBirth = dateOfBirth;
        PhaseTransfer = phaseTransfer;
    }

    /// <summary>The case reference.</summary>
    public string Id { get; }

    /// <summary>The events in date order.</summary>
    public IReadOnlyList<CaseEvent> Events { get; }

    /// <summary>The exception facts recorded on the case.</summary>
    public IReadOnlyList<ExceptionFact> Exceptions { get; }

    /// <summary>The child's date of birth, or null.</summary>
    public LocalDate? DateOfBirth { get; }

    /// <summary>The planned phase transfer, or null.</summary>
    public PhaseTransfer? PhaseTransfer { get; }

    /// <summary>The first event of <paramref name="kind"/>, or null.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The event or null.</returns>
    public CaseEvent? First(CaseEventKind kind) => Events.FirstOrDefault(e => e.Kind == kind);

    private static bool IsSorted(CaseEvent[] events)
    {
        for (var i = 1; i < events.Length; i++)
        {
            if (events[i].Date < events[i - 1].Date)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the case id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
