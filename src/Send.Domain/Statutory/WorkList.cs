using System.Collections.Generic;
using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>
/// A caseworker's work-list as at a date: every case's deadlines falling due inside a window, and those already
/// overdue, sorted by due date (then case id, then rule id). Made by <see cref="CaseloadAnalytics.WorkList"/>.
/// </summary>
/// <remarks>
/// <see cref="NotEvaluated"/> says, once each, which steps the caseload could not evidence (a milestone column the
/// file lacks): those are unknown, never overdue. Instances are immutable.
/// </remarks>
public sealed class WorkList
{
    internal WorkList(LocalDate asAt, DueWindow window, LocalDate windowEnd, string? ownerColumn, IReadOnlyList<WorkItem> items, IReadOnlyList<string> notEvaluated)
    {
        AsAt = asAt;
        Window = window;
        WindowEnd = windowEnd;
        OwnerColumn = ownerColumn;
        Items = items;
        NotEvaluated = notEvaluated;
    }

    /// <summary>The as-at date (day 0).</summary>
    public LocalDate AsAt { get; }

    /// <summary>The window looked ahead.</summary>
    public DueWindow Window { get; }

    /// <summary>The last day of the window (inclusive).</summary>
    public LocalDate WindowEnd { get; }

    /// <summary>The column whose value is each item's <see cref="WorkItem.Owner"/>, or null.</summary>
    public string? OwnerColumn { get; }

    /// <summary>The items: overdue first (oldest due date first), then due in the window, by due date.</summary>
    public IReadOnlyList<WorkItem> Items { get; }

    /// <summary>One note per step the caseload could not evidence, for example <c>EHC-ASSESS-DECISION: not evaluated (unknown, not overdue): the caseload has no decision_to_assess column</c>.</summary>
    public IReadOnlyList<string> NotEvaluated { get; }
}
