using System.Collections.Generic;
using System.Globalization;

namespace Send.Domain.Statutory;

/// <summary>
/// One line of a caseworker's work-list: a case's deadline that falls due inside the window or is already overdue,
/// with the days left (working and calendar) and the case's own columns (owner, school, phase) carried through.
/// </summary>
/// <remarks>
/// <see cref="CalendarDaysLeft"/> and <see cref="WorkingDaysLeft"/> count from the as-at date (day 0) to the due date:
/// 0 means due today, a negative number means overdue by that many days. A deadline is never in a work-list when it
/// is met, disapplied, not applicable or not binding. Instances are immutable; equality is by value except that
/// <see cref="Columns"/> compares by reference.
/// </remarks>
/// <param name="CaseId">The case reference.</param>
/// <param name="Deadline">The evaluated deadline (rule, citation, due date, status, explanation).</param>
/// <param name="CalendarDaysLeft">Calendar days from the as-at date to the due date; negative when overdue.</param>
/// <param name="WorkingDaysLeft">Working days from the as-at date to the due date; negative when overdue.</param>
/// <param name="Owner">The value of the owner column, or null when no owner column was named or the cell is empty.</param>
/// <param name="Columns">The case's own columns (<see cref="CaseloadRecord.OtherColumns"/>).</param>
public sealed record WorkItem(string CaseId, StatutoryDeadline Deadline, int CalendarDaysLeft, int WorkingDaysLeft, string? Owner, IReadOnlyDictionary<string, string> Columns)
{
    /// <summary>Whether the deadline is overdue on the as-at date.</summary>
    public bool IsOverdue => Deadline.Status == DeadlineStatus.Overdue;

    /// <summary>The days in words, labelled: <c>due today</c>, <c>3 working days left (5 calendar days)</c>, <c>45 days overdue (31 working days)</c>.</summary>
    public string DaysText => CalendarDaysLeft switch
    {
        0 => "due today",
        > 0 => $"{Count(WorkingDaysLeft, "working day")} left ({Count(CalendarDaysLeft, "calendar day")})",
        _ => $"{Count(-CalendarDaysLeft, "day")} overdue ({Count(-WorkingDaysLeft, "working day")})",
    };

    private static string Count(int n, string unit) => n.ToString(CultureInfo.InvariantCulture) + " " + unit + (n == 1 ? string.Empty : "s");
}
