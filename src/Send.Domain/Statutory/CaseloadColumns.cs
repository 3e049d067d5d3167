using System;

namespace Send.Domain.Statutory;

/// <summary>Which milestone columns a caseload source records, so that a column it lacks is "unknown", never "overdue".</summary>
/// <remarks>
/// A <see cref="CaseloadRecord"/> built in code records every column (<see cref="All"/>, the record's default). The
/// caseload CSV reader sets only the columns its header names: a file without <c>decision_to_assess</c> cannot show
/// whether the 6-week decision was made, so <see cref="CaseloadAnalytics"/> reports that step as not evaluated, once,
/// instead of overdue for every case. The default value, <see cref="None"/>, records nothing.
/// </remarks>
[Flags]
public enum CaseloadColumns
{
    /// <summary>No milestone column. This is the default value of the enum (not of a record).</summary>
    None = 0,

    /// <summary><c>request_received</c>.</summary>
    RequestReceived = 1,

    /// <summary><c>decision_to_assess</c>.</summary>
    DecisionToAssess = 2,

    /// <summary><c>decision_not_to_assess</c>.</summary>
    DecisionNotToAssess = 4,

    /// <summary><c>no_plan_decision</c>.</summary>
    NoPlanDecision = 8,

    /// <summary><c>final_issued</c>.</summary>
    FinalIssued = 16,

    /// <summary><c>last_review_meeting</c>.</summary>
    LastReviewMeeting = 32,

    /// <summary><c>ceased</c>.</summary>
    Ceased = 64,

    /// <summary><c>exception_applies</c>.</summary>
    ExceptionApplies = 128,

    /// <summary>Every milestone column.</summary>
    All = 255,
}
