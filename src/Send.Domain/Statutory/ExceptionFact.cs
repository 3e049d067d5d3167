using System;
using System.Collections.Generic;
using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>
/// A circumstance recorded on a case that may make an exception to a time limit available: a closure, an absence
/// from the area, exceptional personal circumstances, a missed appointment, or the 2020 coronavirus window.
/// </summary>
/// <remarks>
/// <para>
/// A fact is not an extension. <see cref="DeadlineEngine"/> decides, per deadline, whether the fact makes an exception
/// eligible (reference section 3). Invocation is a separate recorded decision of the council:
/// <see cref="InvokedFor"/> lists the rule ids (or <c>*</c> for every deadline it is eligible for) where the council
/// relies on it. Only an eligible, invoked exception disapplies a deadline, and even then the statutory date is
/// unchanged.
/// </para>
/// <para>Instances are immutable; equality is structural except that <see cref="InvokedFor"/> compares by reference.</para>
/// </remarks>
public abstract record ExceptionFact
{
    private protected ExceptionFact(IReadOnlyList<string>? invokedFor)
    {
        InvokedFor = invokedFor ?? Array.Empty<string>();
    }

    /// <summary>The rule ids for which the council invoked this exception; <c>*</c> means every deadline it is eligible for. Empty when not invoked.</summary>
    public IReadOnlyList<string> InvokedFor { get; }

    /// <summary>Whether the council invoked this fact for <paramref name="ruleId"/>.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>True when invoked for that rule or for all.</returns>
    public bool IsInvokedFor(string ruleId)
    {
        foreach (var id in InvokedFor)
        {
            if (id == "*" || string.Equals(id, ruleId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first day on which the fact could be known: the advice request for a closure, the first day of an absence
    /// or of personal circumstances, the missed appointment. A case evaluated as at an earlier date ignores the fact.
    /// </summary>
    internal abstract LocalDate KnownFrom { get; }

    /// <summary>
    /// Assesses the fact against a deadline whose period runs from <paramref name="start"/> to <paramref name="due"/>
    /// (inclusive), as known on <paramref name="asAt"/>; null when the fact cannot bear on this rule at all and was
    /// not invoked for it. The caller has checked that <see cref="KnownFrom"/> is not after <paramref name="asAt"/>.
    /// </summary>
    internal abstract ExceptionAssessment? Assess(StatutoryRule rule, LocalDate start, LocalDate due, string? body, LocalDate asAt);

    /// <summary>The condition "the circumstance falls within the deadline's period" with the overlap in days (Relevance to a deadline).</summary>
    private protected static ExceptionCondition WithinPeriod(string what, int overlap, int needed, LocalDate start, LocalDate due)
    {
        var pattern = NodaTime.Text.LocalDatePattern.Iso;
        var range = $"the deadline's period {pattern.Format(start)} to {pattern.Format(due)}";
        return needed <= 1
            ? new ExceptionCondition($"{what} fall within {range} ({overlap} days inside)", overlap >= 1)
            : new ExceptionCondition($"at least {needed} days of {what} fall within {range} ({overlap} inside)", overlap >= needed);
    }

    /// <summary>The last day of [from, to] known on <paramref name="asAt"/>: circumstances after the as-at date were not known then.</summary>
    private protected static LocalDate KnownTo(LocalDate to, LocalDate asAt) => to < asAt ? to : asAt;

    /// <summary>Days of [from, to] inside [start, due], inclusive; 0 when they do not overlap.</summary>
    internal static int OverlapDays(LocalDate from, LocalDate to, LocalDate start, LocalDate due)
    {
        var first = from > start ? from : start;
        var last = to < due ? to : due;
        return last < first ? 0 : Period.DaysBetween(first, last) + 1;
    }

    private protected ExceptionAssessment? NotApplicable(StatutoryRule rule, StatutoryExceptionKind kind, string what)
    {
        return IsInvokedFor(rule.Id) && !InvokedFor.Contains("*")
            ? new ExceptionAssessment(kind, false, true, $"{what} cannot disapply {rule.Id}: its exceptions are {Describe(rule)}.", 0)
            : null;
    }

    private static string Describe(StatutoryRule rule)
    {
        if (rule.Exceptions.Count == 0)
        {
            return "none";
        }

        var ids = new string[rule.Exceptions.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = StatutoryExceptions.IdOf(rule.Exceptions[i]);
        }

        return string.Join(", ", ids);
    }
}

internal static class ReadOnlyListExtensions
{
    public static bool Contains(this IReadOnlyList<string> list, string value)
    {
        foreach (var item in list)
        {
            if (item == value)
            {
                return true;
            }
        }

        return false;
    }
}
