using System;
using System.Collections.Generic;
using NodaTime;
using NodaTime.Text;

namespace Send.Domain.Statutory;

/// <summary>
/// Exceptional personal circumstances affecting the child, parent or young person from <see cref="From"/> to
/// <see cref="To"/> inclusive (EXC-PERSONAL, EXC-ADVICE-PERSONAL, and the personal limb of EXC-ORDER).
/// </summary>
/// <remarks>Eligible when the circumstances overlap the deadline's period by at least one day. Whether they made compliance impractical is for the council to judge and record by invoking.</remarks>
public sealed record PersonalCircumstancesFact : ExceptionFact
{
    /// <summary>Creates a personal-circumstances fact.</summary>
    /// <param name="from">When the circumstances began.</param>
    /// <param name="to">When they ended (inclusive).</param>
    /// <param name="description">A short description for the explanation (no personal data needed).</param>
    /// <param name="invokedFor">Rule ids for which the council invokes the exception, or <c>*</c>; null or empty when not invoked.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public PersonalCircumstancesFact(LocalDate from, LocalDate to, string? description = null, IReadOnlyList<string>? invokedFor = null)
        : base(invokedFor)
    {
        if (to < from)
        {
            throw new ArgumentException($"The circumstances end ({to:uuuu-MM-dd}) before they start ({from:uuuu-MM-dd}).", nameof(to));
        }

        From = from;
        To = to;
        Description = description ?? string.Empty;
    }

    /// <summary>When the circumstances began.</summary>
    public LocalDate From { get; }

    /// <summary>When they ended (inclusive).</summary>
    public LocalDate To { get; }

    /// <summary>A short description; empty when none was given.</summary>
    public string Description { get; }

    internal override LocalDate KnownFrom => From;

    internal override ExceptionAssessment? Assess(StatutoryRule rule, LocalDate start, LocalDate due, string? body, LocalDate asAt)
    {
        StatutoryExceptionKind kind;
        if (rule.AllowsException(StatutoryExceptionKind.Personal))
        {
            kind = StatutoryExceptionKind.Personal;
        }
        else if (rule.AllowsException(StatutoryExceptionKind.AdvicePersonal))
        {
            kind = StatutoryExceptionKind.AdvicePersonal;
        }
        else if (rule.AllowsException(StatutoryExceptionKind.Order))
        {
            kind = StatutoryExceptionKind.Order;
        }
        else
        {
            return NotApplicable(rule, StatutoryExceptionKind.Personal, "Exceptional personal circumstances");
        }

        var known = KnownTo(To, asAt);
        var overlap = OverlapDays(From, known, start, due);
        var pattern = LocalDatePattern.Iso;
        var facts = $"personal circumstances {pattern.Format(From)} to {pattern.Format(To)}" + (Description.Length > 0 ? " (" + Description + ")" : string.Empty)
            + (known < To ? $" (known to {pattern.Format(known)}, the as-at date)" : string.Empty);
        return ExceptionAssessment.FromConditions(kind, IsInvokedFor(rule.Id), facts, overlap, WithinPeriod("the circumstances", overlap, 1, start, due));
    }
}
