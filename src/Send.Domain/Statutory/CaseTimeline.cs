using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>Every deadline of one case evaluated as at a date: what is due, met on time, met late, overdue or disapplied.</summary>
/// <remarks>Immutable. Events after <see cref="AsAt"/> are ignored, so a timeline shows what was known on that date.</remarks>
public sealed class CaseTimeline
{
    internal CaseTimeline(string caseId, LocalDate asAt, IReadOnlyList<StatutoryDeadline> deadlines, TimescaleOptions options)
    {
        CaseId = caseId;
        AsAt = asAt;
        Deadlines = deadlines;
        Options = options;
    }

    /// <summary>The case id.</summary>
    public string CaseId { get; }

    /// <summary>The date the deadlines were evaluated at.</summary>
    public LocalDate AsAt { get; }

    /// <summary>The deadlines, ordered by due date then rule id.</summary>
    public IReadOnlyList<StatutoryDeadline> Deadlines { get; }

    /// <summary>The options used.</summary>
    public TimescaleOptions Options { get; }

    /// <summary>The deadlines that are overdue as at <see cref="AsAt"/>.</summary>
    public IEnumerable<StatutoryDeadline> Overdue => Deadlines.Where(d => d.Status == DeadlineStatus.Overdue);

    /// <summary>The deadlines still pending as at <see cref="AsAt"/>.</summary>
    public IEnumerable<StatutoryDeadline> Pending => Deadlines.Where(d => d.Status == DeadlineStatus.Pending);

    /// <summary>The deadlines met late.</summary>
    public IEnumerable<StatutoryDeadline> MetLate => Deadlines.Where(d => d.Status == DeadlineStatus.MetLate);
}
