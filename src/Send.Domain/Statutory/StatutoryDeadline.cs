using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Send.Domain.Statutory;

/// <summary>
/// One computed deadline: the rule and its citation, the trigger date, the arithmetic, the due date, flags, the
/// status on the "as at" date and the exceptions considered. <see cref="Explain"/> gives a caseworker's explanation.
/// </summary>
/// <remarks>
/// <para>
/// For a rule "at least N before E" (<see cref="PeriodDirection.Before"/>) <see cref="Due"/> is the last compliant
/// day (CNT-BEFORE). For a minimum period (<see cref="DeadlineFlags.MinimumPeriod"/>) it is the last day of the period,
/// and the next step is in time only after it.
/// </para>
/// <para>
/// An exception never moves <see cref="Due"/>: an eligible, invoked exception sets <see cref="Status"/> to
/// <see cref="DeadlineStatus.Disapplied"/>. The non-statutory local target of the pause mode is kept apart in
/// <see cref="LocalTarget"/>. Instances are immutable; create them with <see cref="DeadlineEngine"/>.
/// </para>
/// <para>
/// Equality is by value: two deadlines are equal when they apply the same rule (by id) to the same trigger with the
/// same arithmetic, due date, flags, label and roll reason, and were evaluated to the same status, completion date,
/// as-at date, local target, note and exceptions (compared element by element). Computing the same deadline twice
/// gives equal values. There is no ordering; sort by <see cref="Due"/> where needed.
/// </para>
/// </remarks>
public sealed class StatutoryDeadline : IEquatable<StatutoryDeadline>
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
    private static readonly LocalDatePattern Long = LocalDatePattern.CreateWithInvariantCulture("dddd d MMMM uuuu");

    private readonly Func<string>? describe;
    private string? arithmetic;

    internal StatutoryDeadline(
        StatutoryRule rule,
        LocalDate trigger,
        string? arithmetic,
        Func<string>? describe,
        LocalDate due,
        DeadlineFlags flags,
        string? rollReason = null,
        string? label = null)
    {
        Rule = rule;
        Trigger = trigger;
        this.arithmetic = arithmetic;
        this.describe = describe;
        Due = due;
        Flags = flags | rule.InherentFlags;
        RollReason = rollReason;
        Label = label;
        Exceptions = Array.Empty<ExceptionAssessment>();
        Status = (Flags & DeadlineFlags.NoFixedLimit) != 0 ? DeadlineStatus.Information : DeadlineStatus.Pending;
    }

    private StatutoryDeadline(StatutoryDeadline other)
    {
        Rule = other.Rule;
        Trigger = other.Trigger;
        arithmetic = other.arithmetic;
        describe = other.describe;
        Due = other.Due;
        Flags = other.Flags;
        RollReason = other.RollReason;
        Label = other.Label;
        Exceptions = other.Exceptions;
        Status = other.Status;
        CompletedOn = other.CompletedOn;
        AsAt = other.AsAt;
        LocalTarget = other.LocalTarget;
        StatusNote = other.StatusNote;
    }

    /// <summary>The rule this deadline applies.</summary>
    public StatutoryRule Rule { get; }

    /// <summary>The rule id, for example <c>EHC-FINAL-PLAN</c>.</summary>
    public string RuleId => Rule.Id;

    /// <summary>The rule's legal citation.</summary>
    public LegalCitation Citation => Rule.Citation;

    /// <summary>The date that started the clock (for a "before" rule, the event it counts back from).</summary>
    public LocalDate Trigger { get; }

    /// <summary>The arithmetic in words, for example <c>request received 2025-01-13 + 20 weeks (140 days) = 2025-06-02</c>.</summary>
    public string Arithmetic => arithmetic ??= describe!();

    /// <summary>The statutory date: the deadline, the last compliant day, or the last day of a minimum period. Exceptions never move it.</summary>
    public LocalDate Due { get; }

    /// <summary>How the date was computed and how binding it is.</summary>
    public DeadlineFlags Flags { get; private init; }

    /// <summary>Why the date rolled (TRIB-APPEAL only); null when it did not.</summary>
    public string? RollReason { get; }

    /// <summary>What the deadline is about when a rule applies more than once (for example the advice-giving body); null otherwise.</summary>
    public string? Label { get; }

    /// <summary>The status on <see cref="AsAt"/>; <see cref="DeadlineStatus.Pending"/> for a deadline not yet evaluated against a case.</summary>
    public DeadlineStatus Status { get; private init; }

    /// <summary>The date the step was done (or, for a minimum period, the date of the next step); null when not done by <see cref="AsAt"/>.</summary>
    public LocalDate? CompletedOn { get; private init; }

    /// <summary>The date the status was evaluated at; null for a bare calculation.</summary>
    public LocalDate? AsAt { get; private init; }

    /// <summary>Days after <see cref="Due"/> that the step was done; null unless <see cref="DeadlineStatus.MetLate"/> (or late under a disapplied limit).</summary>
    public int? DaysLate => CompletedOn is LocalDate done && done > Due && (Flags & DeadlineFlags.MinimumPeriod) == 0 ? Period.DaysBetween(Due, done) : null;

    /// <summary>
    /// Calendar days since <see cref="Due"/> on <see cref="AsAt"/> for an <see cref="DeadlineStatus.Overdue"/>
    /// deadline; null for every other status. In particular it is null for a <see cref="DeadlineStatus.Disapplied"/>
    /// deadline: the fixed limit no longer binds (the duty is "as soon as practicable"), so nothing is overdue.
    /// </summary>
    public int? DaysOverdue => Status == DeadlineStatus.Overdue && CompletedOn is null && AsAt is LocalDate asAt && asAt > Due ? Period.DaysBetween(Due, asAt) : null;

    /// <summary>The exceptions considered for this deadline (eligible or not, invoked or not).</summary>
    public IReadOnlyList<ExceptionAssessment> Exceptions { get; private init; }

    /// <summary>
    /// NON-STATUTORY: the local target date of the "pause the clock" mode (<see cref="TimescaleOptions.PauseClockForExceptions"/>);
    /// null when the mode is off or no exception was invoked. It never replaces <see cref="Due"/>.
    /// </summary>
    public LocalDate? LocalTarget { get; private init; }

    /// <summary>A short note on the status (for example why a step does not arise); null when none.</summary>
    public string? StatusNote { get; private init; }

    /// <summary>Whether the due date is a non-working day (it does not move under the Regulations).</summary>
    public bool FallsOnNonWorkingDay => (Flags & DeadlineFlags.FallsOnNonWorkingDay) != 0;

    /// <summary>Whether an eligible exception was invoked, so the fixed limit no longer binds.</summary>
    public bool IsDisapplied => Status == DeadlineStatus.Disapplied;

    /// <summary>A plain-text explanation a caseworker can read: what, why (the law), how the date was worked out, and where it stands.</summary>
    /// <returns>The explanation, several lines; never null.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(RuleId);
        if (Label is not null)
        {
            text.Append(" (").Append(Label).Append(')');
        }

        text.Append(": ").AppendLine(Rule.Title);
        text.Append("Law: ").AppendLine(Citation.ToString());
        text.Append("Clock: ").Append(Rule.ClockStart).Append(", ").AppendLine(Long.Format(Trigger));
        text.Append("Arithmetic: ").AppendLine(Arithmetic);
        text.Append(DueCaption()).Append(Long.Format(Due));
        if ((Flags & DeadlineFlags.MinimumPeriod) == 0 && (Flags & DeadlineFlags.NoFixedLimit) == 0)
        {
            text.Append(" (an action on this day is in time)");
        }

        text.AppendLine();
        if (FallsOnNonWorkingDay && !Rule.MayRollOffNonWorkingDay)
        {
            text.AppendLine("This date is a weekend or bank holiday. The Regulations do not move it (CNT-NOROLL): act by the working day before.");
        }

        if ((Flags & DeadlineFlags.ClampedToMonthEnd) != 0)
        {
            text.AppendLine("The month had no corresponding date, so the period ends on the last day of the month (CNT-MONTHS).");
        }

        if (RollReason is not null)
        {
            text.Append("Rolled: ").AppendLine(RollReason);
        }

        if ((Flags & DeadlineFlags.Day1Reading) != 0)
        {
            text.AppendLine("Option: the receipt date is read as day 1 (CNT-DAY1-VARIANT), one day earlier than the default reading.");
        }

        if ((Flags & DeadlineFlags.Recommended) != 0)
        {
            text.AppendLine("Recommended by guidance only: never overdue.");
        }

        if ((Flags & DeadlineFlags.Planning) != 0)
        {
            text.AppendLine("Planning date only: the law sets no deadline for this step.");
        }

        if ((Flags & DeadlineFlags.Guidance) != 0)
        {
            text.AppendLine("Guidance period, not a legal deadline.");
        }

        if ((Flags & DeadlineFlags.DecisionAfterReviewPeriod) != 0)
        {
            text.AppendLine("The decision came after the end of the 12-month review period; the Code of Practice asks for it within the period.");
        }

        if ((Flags & DeadlineFlags.ProjectedBankHolidays) != 0)
        {
            text.AppendLine("Bank holidays for a year outside the known list (2010 to 2040) were projected from the Banking and Financial Dealings Act 1971's rules: one-off holidays may be missing.");
        }

        if (Rule.Notes.Length > 0)
        {
            text.Append("Note: ").AppendLine(Rule.Notes);
        }

        foreach (var exception in Exceptions)
        {
            text.Append("Exception ").Append(exception.Id).Append(": ")
                .Append(exception.Eligible ? "eligible" : "not eligible")
                .Append(exception.Invoked ? ", invoked" : ", not invoked")
                .Append(" - ").AppendLine(exception.Reason);
        }

        text.Append("Status: ").AppendLine(DescribeStatus());
        if (LocalTarget is LocalDate target)
        {
            text.Append("Local target (NON-STATUTORY pause-the-clock practice): ").Append(Iso.Format(target)).AppendLine(". The statutory date above is unchanged.");
        }

        return text.ToString();
    }

    /// <summary>Whether <paramref name="other"/> is the same deadline with the same evaluation (see the type's remarks).</summary>
    /// <param name="other">The other deadline; may be null.</param>
    /// <returns>True when every part is equal.</returns>
    public bool Equals(StatutoryDeadline? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null
            || !string.Equals(RuleId, other.RuleId, StringComparison.Ordinal)
            || Trigger != other.Trigger
            || Due != other.Due
            || Flags != other.Flags
            || Status != other.Status
            || CompletedOn != other.CompletedOn
            || AsAt != other.AsAt
            || LocalTarget != other.LocalTarget
            || !string.Equals(Arithmetic, other.Arithmetic, StringComparison.Ordinal)
            || !string.Equals(Label, other.Label, StringComparison.Ordinal)
            || !string.Equals(RollReason, other.RollReason, StringComparison.Ordinal)
            || !string.Equals(StatusNote, other.StatusNote, StringComparison.Ordinal)
            || Exceptions.Count != other.Exceptions.Count)
        {
            return false;
        }

        for (var i = 0; i < Exceptions.Count; i++)
        {
            if (!Exceptions[i].Equals(other.Exceptions[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="obj"/> is an equal <see cref="StatutoryDeadline"/>.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>True when equal.</returns>
    public override bool Equals(object? obj) => Equals(obj as StatutoryDeadline);

    /// <summary>A hash code consistent with <see cref="Equals(StatutoryDeadline?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(RuleId, Trigger, Due, Flags, Status, CompletedOn, AsAt, Label);

    /// <summary>Whether two deadlines are equal by value.</summary>
    /// <param name="left">The first deadline.</param>
    /// <param name="right">The second deadline.</param>
    /// <returns>True when equal (both null counts as equal).</returns>
    public static bool operator ==(StatutoryDeadline? left, StatutoryDeadline? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two deadlines differ.</summary>
    /// <param name="left">The first deadline.</param>
    /// <param name="right">The second deadline.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(StatutoryDeadline? left, StatutoryDeadline? right) => !(left == right);

    /// <summary>Returns <c>RULE-ID due yyyy-MM-dd (status)</c>.</summary>
    /// <returns>The short form.</returns>
    public override string ToString() => $"{RuleId} due {Iso.Format(Due)} ({Status})";

    internal StatutoryDeadline WithFlags(DeadlineFlags extra) => new(this) { Flags = Flags | extra };

    internal StatutoryDeadline Evaluated(DeadlineStatus status, LocalDate? completedOn, LocalDate? asAt, IReadOnlyList<ExceptionAssessment> exceptions, LocalDate? localTarget, string? note)
    {
        return new StatutoryDeadline(this)
        {
            Status = status,
            CompletedOn = completedOn,
            AsAt = asAt,
            Exceptions = exceptions,
            LocalTarget = localTarget,
            StatusNote = note,
        };
    }

    private string DueCaption()
    {
        if ((Flags & DeadlineFlags.MinimumPeriod) != 0)
        {
            return "Period ends: ";
        }

        if ((Flags & DeadlineFlags.NoFixedLimit) != 0)
        {
            return "No fixed limit; relevant date: ";
        }

        return Rule.Period.Direction == PeriodDirection.Before ? "Last compliant day: " : "Due: ";
    }

    private string DescribeStatus()
    {
        var done = CompletedOn is LocalDate d ? Iso.Format(d) : null;
        var line = Status switch
        {
            DeadlineStatus.Pending => AsAt is LocalDate asAt ? $"pending as at {Iso.Format(asAt)}" : "not evaluated against a case",
            DeadlineStatus.MetOnTime => (Flags & DeadlineFlags.MinimumPeriod) != 0 ? $"respected: the next step came on {done}, after the period" : $"met on time on {done}",
            DeadlineStatus.MetLate => $"met late on {done}, {DaysLate?.ToString(CultureInfo.InvariantCulture)} days late",
            DeadlineStatus.Overdue => $"OVERDUE by {DaysOverdue?.ToString(CultureInfo.InvariantCulture)} days as at {(AsAt is LocalDate a ? Iso.Format(a) : "?")}",
            DeadlineStatus.Disapplied => "disapplied: an eligible exception was invoked, so the duty is now \"as soon as practicable\"; the statutory date is unchanged"
                + (done is not null ? $" (done on {done})" : string.Empty),
            DeadlineStatus.NotApplicable => "does not arise",
            DeadlineStatus.Lapsed => "the date has passed without the step; this is not a breach (not a binding deadline)",
            DeadlineStatus.Breached => $"BREACHED: the next step came on {done}, inside the minimum period",
            DeadlineStatus.Information => "information only",
            _ => Status.ToString(),
        };
        return StatusNote is null ? line : line + " (" + StatusNote + ")";
    }
}
