using System;
using System.Collections.Generic;

namespace Send.Domain.Statutory;

/// <summary>
/// One time limit from the statutory reference, as a documented object: id (for example <c>EHC-FINAL-PLAN</c>),
/// plain-English title, legal citation, what starts the clock, the period and how it is counted, whether the date
/// may roll off a non-working day, and which exceptions may disapply it.
/// </summary>
/// <remarks>
/// <para>
/// A rule is not a deadline: it has no dates. <see cref="DeadlineEngine"/> applies a rule to a trigger date to give a
/// <see cref="StatutoryDeadline"/>. Every rule lives in <see cref="StatutoryRules"/>; there is no public constructor,
/// so a rule id always means the same thing.
/// </para>
/// <para>Instances are immutable and compared by reference (there is one instance per id).</para>
/// </remarks>
public sealed class StatutoryRule
{
    internal StatutoryRule(
        string id,
        string title,
        LegalCitation citation,
        string clockStart,
        StatutoryPeriod period,
        CountingConvention convention,
        IReadOnlyList<StatutoryExceptionKind> exceptions,
        DeadlineFlags inherentFlags = DeadlineFlags.None,
        bool mayRollOffNonWorkingDay = false,
        bool affectedByDay1Reading = false,
        string notes = "")
    {
        Id = id;
        Title = title;
        Citation = citation;
        ClockStart = clockStart;
        Period = period;
        Convention = convention;
        Exceptions = exceptions;
        InherentFlags = inherentFlags | ((citation.Markers & SourceMarkers.Unconfirmed) != 0 ? DeadlineFlags.Unconfirmed : DeadlineFlags.None);
        MayRollOffNonWorkingDay = mayRollOffNonWorkingDay;
        AffectedByDay1Reading = affectedByDay1Reading;
        Notes = notes;
    }

    /// <summary>The rule id of the reference, for example <c>EHC-FINAL-PLAN</c>; never null.</summary>
    public string Id { get; }

    /// <summary>What must happen, in plain English; never null.</summary>
    public string Title { get; }

    /// <summary>Where the limit comes from, with the reference's source markers.</summary>
    public LegalCitation Citation { get; }

    /// <summary>What starts the clock, for example <c>request received</c>; never null.</summary>
    public string ClockStart { get; }

    /// <summary>The statutory period; the default value when the law sets no fixed limit.</summary>
    public StatutoryPeriod Period { get; }

    /// <summary>The main counting convention used to lay <see cref="Period"/> on the trigger date.</summary>
    public CountingConvention Convention { get; }

    /// <summary>The exceptions that may disapply this limit; empty when none can (for example the 15-day comment period).</summary>
    public IReadOnlyList<StatutoryExceptionKind> Exceptions { get; }

    /// <summary>Flags every deadline of this rule carries (for example <see cref="DeadlineFlags.Recommended"/>).</summary>
    public DeadlineFlags InherentFlags { get; }

    /// <summary>Whether the date may roll forward off a non-working day. Only TRIB-APPEAL (HESC Rules) does (CNT-NOROLL).</summary>
    public bool MayRollOffNonWorkingDay { get; }

    /// <summary>Whether the CNT-DAY1-VARIANT reading ("request received" is day 1) moves this rule's date one day earlier.</summary>
    public bool AffectedByDay1Reading { get; }

    /// <summary>Further notes, including the [U] points behind an option; empty when none.</summary>
    public string Notes { get; }

    /// <summary>Whether a deadline of this rule can ever be overdue (false for recommended, planning, guidance and no-limit rules).</summary>
    public bool IsBinding => (InherentFlags & (DeadlineFlags.Recommended | DeadlineFlags.Planning | DeadlineFlags.Guidance | DeadlineFlags.NoFixedLimit)) == 0;

    /// <summary>Returns the id and title, for example <c>EHC-FINAL-PLAN: Send the final plan...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Id + ": " + Title;

    /// <summary>Whether <paramref name="kind"/> may disapply this rule.</summary>
    /// <param name="kind">The exception.</param>
    /// <returns>True when the exception is listed for this rule.</returns>
    public bool AllowsException(StatutoryExceptionKind kind)
    {
        foreach (var allowed in Exceptions)
        {
            if (allowed == kind)
            {
                return true;
            }
        }

        return false;
    }

    internal static IReadOnlyList<StatutoryExceptionKind> NoExceptions { get; } = Array.Empty<StatutoryExceptionKind>();
}
