using System;
using System.Collections.Generic;
using System.Linq;

namespace Send.Domain.Statutory;

/// <summary>
/// The engine's decision about one exception fact for one deadline: which exception it would be, whether the dates
/// make it eligible, whether the council invoked it, and why.
/// </summary>
/// <remarks>
/// <para>
/// Eligibility is only the date test of reference section 3, made against the period of the deadline in question
/// (from its trigger to its due date, "Relevance to a deadline") and against what was known on the as-at date.
/// <see cref="Conditions"/> lists each condition and whether it was met; the assessment is eligible only when all
/// are. Every exception also needs the causal test ("impractical because of"), which software can record (by the
/// council invoking it) but cannot decide.
/// </para>
/// <para>Instances are immutable; equality is by value, <see cref="Conditions"/> compared element by element.</para>
/// </remarks>
/// <param name="Kind">The exception.</param>
/// <param name="Eligible">Whether the dates and lengths meet the reference's test for this deadline.</param>
/// <param name="Invoked">Whether the council recorded that it relies on the exception for this deadline.</param>
/// <param name="Reason">Why it is or is not eligible, in plain English, with the dates.</param>
/// <param name="DaysInPeriod">How many days of the circumstance fall inside the deadline's period (used only by the non-statutory pause mode).</param>
public sealed record ExceptionAssessment(StatutoryExceptionKind Kind, bool Eligible, bool Invoked, string Reason, int DaysInPeriod)
{
    /// <summary>The exception id, for example <c>EXC-ABSENCE</c>.</summary>
    public string Id => StatutoryExceptions.IdOf(Kind);

    /// <summary>Whether this assessment disapplies the deadline (eligible and invoked).</summary>
    public bool Disapplies => Eligible && Invoked;

    /// <summary>Each condition of the date test and whether it was met; empty when the fact cannot bear on the rule at all.</summary>
    public IReadOnlyList<ExceptionCondition> Conditions { get; init; } = Array.Empty<ExceptionCondition>();

    /// <summary>The first condition that was not met, or null when all were (or there are none).</summary>
    public ExceptionCondition? FirstUnmet => Conditions.FirstOrDefault(c => !c.Met);

    /// <summary>Whether <paramref name="other"/> has the same kind, verdict, reason, days and conditions.</summary>
    /// <param name="other">The other assessment; may be null.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ExceptionAssessment? other) =>
        other is not null && Kind == other.Kind && Eligible == other.Eligible && Invoked == other.Invoked
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal) && DaysInPeriod == other.DaysInPeriod
        && Conditions.SequenceEqual(other.Conditions);

    /// <summary>A hash code consistent with <see cref="Equals(ExceptionAssessment?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Kind, Eligible, Invoked, Reason, DaysInPeriod, Conditions.Count);

    /// <summary>Builds an assessment that is eligible exactly when every condition is met; the reason lists them.</summary>
    internal static ExceptionAssessment FromConditions(StatutoryExceptionKind kind, bool invoked, string facts, int daysInPeriod, params ExceptionCondition[] conditions)
    {
        var eligible = conditions.All(c => c.Met);
        var reason = facts + ": " + string.Join("; ", conditions.Select(c => c.ToString()));
        return new ExceptionAssessment(kind, eligible, invoked, reason, daysInPeriod) { Conditions = conditions };
    }
}
