using System.Collections.Generic;
using NodaTime;
using Send.Domain.Statutory;

namespace Send.Cli.Commands.Timescales;

// The --json shapes of the timescales commands, as named records (not anonymous objects) so that System.Text.Json's
// source generator writes them (CliJsonContext) and the native AOT build needs no reflection. Member order is output
// order; names are snake_cased by CliJson.

/// <summary>One statutory deadline in <c>--json</c> output.</summary>
internal sealed record DeadlineJson(
    string? CaseId,
    string Rule,
    string? Label,
    string Title,
    string Citation,
    LocalDate Trigger,
    LocalDate Due,
    string Status,
    IReadOnlyList<string> Flags,
    string Arithmetic,
    LocalDate? CompletedOn,
    int? DaysLate,
    int? DaysOverdue,
    string? RollReason,
    LocalDate? LocalTargetNonStatutory,
    string? StatusNote,
    IReadOnlyList<ExceptionJson> Exceptions,
    string Explanation);

/// <summary>An exception considered for a deadline.</summary>
internal sealed record ExceptionJson(string Id, bool Eligible, bool Invoked, string Reason, IReadOnlyList<ConditionJson> Conditions);

/// <summary>One condition of an exception.</summary>
internal sealed record ConditionJson(string Description, bool Met);

/// <summary>A planning date derived backwards from statutory deadlines.</summary>
internal sealed record DerivedDateJson(
    string Id,
    string Title,
    string Kind,
    LocalDate Date,
    IReadOnlyList<string> Rules,
    IReadOnlyList<CitationJson> Citations,
    string Arithmetic,
    bool FallsOnNonWorkingDay,
    string? Note,
    string Explanation);

/// <summary>A rule and its citation.</summary>
internal sealed record CitationJson(string Rule, string Citation);

/// <summary><c>send timescales assessment --json</c>.</summary>
internal sealed record AssessmentJson(string Command, LocalDate Request, bool Day1Reading, IReadOnlyList<DeadlineJson> Deadlines);

/// <summary><c>send timescales review --json</c>.</summary>
internal sealed record ReviewJson(string Command, LocalDate PlanIssued, LocalDate? Meeting, string ReviewAnchor, IReadOnlyList<DeadlineJson> Deadlines);

/// <summary><c>send timescales appeal --json</c>.</summary>
internal sealed record AppealJson(string Command, LocalDate DecisionNotice, LocalDate? Certificate, IReadOnlyList<DeadlineJson> Deadlines);

/// <summary><c>send timescales plan --json</c>.</summary>
internal sealed record PlanJson(string Command, IReadOnlyList<DerivedDateJson> Dates);

/// <summary><c>send timescales case --json</c>.</summary>
internal sealed record CaseJson(
    string Command,
    string CaseId,
    LocalDate AsAt,
    bool PauseClockNonStatutory,
    IReadOnlyDictionary<string, int> Summary,
    IReadOnlyList<DeadlineJson> Deadlines,
    IReadOnlyList<DerivedDateJson> Planning);

/// <summary><c>send timescales caseload --json</c>.</summary>
internal sealed record CaseloadJson(
    string Command,
    LocalDate AsAt,
    int CaseCount,
    OverdueReviewsJson OverdueAnnualReviews,
    IReadOnlyList<AssessmentAgeBand> OpenAssessments,
    IReadOnlyList<MonthCountJson> PlansIssuedPerMonth,
    IReadOnlyList<YearOnYear> RequestsByYear,
    IReadOnlyList<Sen2TimelinessJson> Sen2Timeliness,
    IReadOnlyList<string> NotEvaluated,
    IReadOnlyList<DeadlineJson> Deadlines);

/// <summary>The overdue annual reviews of a caseload.</summary>
internal sealed record OverdueReviewsJson(int Count, IReadOnlyList<OverdueReview> Cases);

/// <summary>Plans issued in one month.</summary>
internal sealed record MonthCountJson(string Month, int Count);

/// <summary>SEN2 20-week timeliness for one year.</summary>
internal sealed record Sen2TimelinessJson(int Year, TimelinessFigureJson IncludingExceptions, TimelinessFigureJson ExcludingExceptions);

/// <summary>A timeliness fraction.</summary>
internal sealed record TimelinessFigureJson(int Numerator, int Denominator, decimal? Percent, bool IsAvailable)
{
    public static TimelinessFigureJson From(TimelinessFigure f) => new(f.Numerator, f.Denominator, f.Percent, f.IsAvailable);
}

/// <summary><c>send timescales due --json</c>.</summary>
internal sealed record DueJson(
    string Command,
    LocalDate AsAt,
    string Within,
    LocalDate WindowEnd,
    string? OwnerColumn,
    int Overdue,
    int DueInWindow,
    IReadOnlyList<string> NotEvaluated,
    IReadOnlyList<DueItemJson> Items);

/// <summary>One line of the work-list.</summary>
internal sealed record DueItemJson(
    string CaseId,
    string? Owner,
    string Rule,
    string Title,
    string Citation,
    LocalDate Due,
    string Status,
    int CalendarDaysLeft,
    int WorkingDaysLeft,
    string Days,
    IReadOnlyList<string> Flags,
    string Arithmetic,
    IReadOnlyDictionary<string, string> Columns);

/// <summary><c>send timescales rules --json</c>.</summary>
internal sealed record RulesJson(string Command, IReadOnlyList<RuleJson> Rules);

/// <summary>One statutory rule.</summary>
internal sealed record RuleJson(
    string Id,
    string Title,
    string Citation,
    string Markers,
    string ClockStart,
    string Period,
    string Convention,
    bool MayRollOffNonWorkingDay,
    IReadOnlyList<string> Exceptions,
    string? Notes);

/// <summary>A failed command under <c>--json</c>: the messages it wrote.</summary>
internal sealed record FailureJson(string Command, int ExitCode, IReadOnlyList<FailureMessageJson> Errors);

/// <summary>A message of a failed command.</summary>
internal sealed record FailureMessageJson(string Message);

/// <summary>A failed command under <c>--json</c>: its data problems.</summary>
internal sealed record ProblemsJson(string Command, int ExitCode, IReadOnlyList<ProblemJsonLine> Errors);

/// <summary>One data problem.</summary>
internal sealed record ProblemJsonLine(string Message, string Source, int? Line, int? Column, string? Field, string? Value, string? Expected, string? Code, string Severity, string Text);
