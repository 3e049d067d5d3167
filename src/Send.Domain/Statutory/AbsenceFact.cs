using System;
using System.Collections.Generic;
using NodaTime;
using NodaTime.Text;

namespace Send.Domain.Statutory;

/// <summary>
/// The child, parent or young person was absent from the council's area from <see cref="From"/> to <see cref="To"/>
/// inclusive (EXC-ABSENCE, EXC-ADVICE-ABSENCE, and the absence limb of EXC-ORDER).
/// </summary>
/// <remarks>
/// Eligible when the absence overlaps the deadline's period (trigger to due date, inclusive) by at least 28 days
/// (at least 14 days for a Tribunal-order deadline under EXC-ORDER) [D: "within the period" read as the overlap].
/// So an absence that began after a deadline passed, or ended before its trigger, is not relevant to it. Evaluated
/// as at a date, only the days up to that date count (what was known then).
/// </remarks>
public sealed record AbsenceFact : ExceptionFact
{
    /// <summary>Creates an absence fact.</summary>
    /// <param name="from">The first day away.</param>
    /// <param name="to">The last day away (inclusive).</param>
    /// <param name="invokedFor">Rule ids for which the council invokes the exception, or <c>*</c>; null or empty when not invoked.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public AbsenceFact(LocalDate from, LocalDate to, IReadOnlyList<string>? invokedFor = null)
        : base(invokedFor)
    {
        if (to < from)
        {
            throw new ArgumentException($"The absence ends ({to:uuuu-MM-dd}) before it starts ({from:uuuu-MM-dd}).", nameof(to));
        }

        From = from;
        To = to;
    }

    /// <summary>The first day away.</summary>
    public LocalDate From { get; }

    /// <summary>The last day away (inclusive).</summary>
    public LocalDate To { get; }

    internal override LocalDate KnownFrom => From;

    internal override ExceptionAssessment? Assess(StatutoryRule rule, LocalDate start, LocalDate due, string? body, LocalDate asAt)
    {
        StatutoryExceptionKind kind;
        int needed;
        if (rule.AllowsException(StatutoryExceptionKind.Absence))
        {
            (kind, needed) = (StatutoryExceptionKind.Absence, 28);
        }
        else if (rule.AllowsException(StatutoryExceptionKind.AdviceAbsence))
        {
            (kind, needed) = (StatutoryExceptionKind.AdviceAbsence, 28);
        }
        else if (rule.AllowsException(StatutoryExceptionKind.Order))
        {
            (kind, needed) = (StatutoryExceptionKind.Order, 14);
        }
        else
        {
            return NotApplicable(rule, StatutoryExceptionKind.Absence, "An absence from the area");
        }

        var known = KnownTo(To, asAt);
        var overlap = OverlapDays(From, known, start, due);
        var pattern = LocalDatePattern.Iso;
        var facts = $"absent {pattern.Format(From)} to {pattern.Format(To)}" + (known < To ? $" (known to {pattern.Format(known)}, the as-at date)" : string.Empty);
        return ExceptionAssessment.FromConditions(kind, IsInvokedFor(rule.Id), facts, overlap, WithinPeriod("the absence", overlap, needed, start, due));
    }
}
