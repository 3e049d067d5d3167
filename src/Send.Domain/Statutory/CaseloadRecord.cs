using System.Collections.Generic;
using System.Collections.ObjectModel;
using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>
/// One row of a caseload file: the milestone dates of one case, enough for the caseload analytics and the SEN2
/// timeliness measure. A null date means the step has not happened (or is not recorded).
/// </summary>
/// <param name="CaseId">The case reference.</param>
public sealed record CaseloadRecord(string CaseId)
{
    /// <summary>The date the assessment request was received.</summary>
    public LocalDate? RequestReceived { get; init; }

    /// <summary>The date the decision to assess was notified.</summary>
    public LocalDate? DecisionToAssess { get; init; }

    /// <summary>The date a decision not to assess was notified.</summary>
    public LocalDate? DecisionNotToAssess { get; init; }

    /// <summary>The date a decision that no plan is needed was notified.</summary>
    public LocalDate? NoPlanDecision { get; init; }

    /// <summary>The date the final plan was issued.</summary>
    public LocalDate? FinalIssued { get; init; }

    /// <summary>The date of the last annual review meeting.</summary>
    public LocalDate? LastReviewMeeting { get; init; }

    /// <summary>The date the plan ceased.</summary>
    public LocalDate? Ceased { get; init; }

    /// <summary>Whether a 20-week exception applied (SEN2 <c>Week20</c>).</summary>
    public bool ExceptionApplies { get; init; }

    /// <summary>The line of the file the record came from; 0 when built in code.</summary>
    public int Line { get; init; }

    /// <summary>
    /// Which milestone columns the source records; <see cref="CaseloadColumns.All"/> by default (a record built in
    /// code). A step whose column is not recorded is reported as not evaluated, never as overdue.
    /// </summary>
    public CaseloadColumns Columns { get; init; } = CaseloadColumns.All;

    /// <summary>
    /// The case's own columns that are not milestones (for example <c>owner</c>, <c>school</c>, <c>phase</c>), by
    /// column name, carried through to the work-list unchanged; empty by default. Compared by reference.
    /// </summary>
    public IReadOnlyDictionary<string, string> OtherColumns { get; init; } = Empty;

    private static IReadOnlyDictionary<string, string> Empty { get; } = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    /// <summary>Whether the source records <paramref name="column"/>.</summary>
    /// <param name="column">A single column.</param>
    /// <returns>True when recorded.</returns>
    public bool Records(CaseloadColumns column) => (Columns & column) == column;

    /// <summary>The record as an <see cref="EhcCase"/> whose events are the milestone dates, for <see cref="DeadlineEngine.Evaluate(EhcCase, LocalDate, TimescaleOptions?)"/>.</summary>
    /// <returns>The case.</returns>
    public EhcCase ToEhcCase()
    {
        var events = new List<CaseEvent>();
        void Add(CaseEventKind kind, LocalDate? date)
        {
            if (date is LocalDate d)
            {
                events.Add(new CaseEvent(kind, d));
            }
        }

        Add(CaseEventKind.RequestReceived, RequestReceived);
        Add(CaseEventKind.DecisionToAssess, DecisionToAssess);
        Add(CaseEventKind.DecisionNotToAssess, DecisionNotToAssess);
        Add(CaseEventKind.NoPlanDecision, NoPlanDecision);
        Add(CaseEventKind.FinalIssued, FinalIssued);
        Add(CaseEventKind.ReviewMeeting, LastReviewMeeting);
        Add(CaseEventKind.PlanCeased, Ceased);
        return new EhcCase(CaseId, events);
    }
}
