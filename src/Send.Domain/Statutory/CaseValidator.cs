using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime.Text;
using Send.Domain.Validation;

namespace Send.Domain.Statutory;

/// <summary>
/// Finds impossible histories in an <see cref="EhcCase"/>: a final plan before the request, a review before the
/// plan, a draft after the final plan, advice received but never requested, and similar.
/// </summary>
/// <remarks>
/// Each problem names the case id, the events (kind, date and position <c>events[i]</c> in the file) and what is
/// wrong. The validator does not judge lateness; that is <see cref="DeadlineEngine"/>'s job.
/// </remarks>
public static class CaseValidator
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    /// <summary>Checks a case and returns every problem found; empty when the history is possible.</summary>
    /// <param name="ehcCase">The case.</param>
    /// <param name="source">The file the case came from, for the problems.</param>
    /// <returns>The problems.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<DataProblem> Validate(EhcCase ehcCase, string source)
    {
        ArgumentNullException.ThrowIfNull(ehcCase);
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<DataProblem>();
        var events = ehcCase.Events;
        var request = ehcCase.First(CaseEventKind.RequestReceived);
        var final = ehcCase.First(CaseEventKind.FinalIssued);
        var transferIn = ehcCase.First(CaseEventKind.TransferIn);

        if (request is not null)
        {
            foreach (var e in events.Where(e => e.Date < request.Date && e.Kind is CaseEventKind.DecisionToAssess or CaseEventKind.DecisionNotToAssess
                         or CaseEventKind.DraftIssued or CaseEventKind.FinalIssued or CaseEventKind.NoPlanDecision or CaseEventKind.AdviceRequested))
            {
                if (e.Kind == CaseEventKind.FinalIssued && transferIn is not null)
                {
                    continue;
                }

                problems.Add(Problem(source, ehcCase, e, $"{Name(e)} on {Iso.Format(e.Date)} is before the request received on {Iso.Format(request.Date)} ({Where(request)})"));
            }
        }

        var firstPlan = final?.Date ?? transferIn?.Date;
        foreach (var e in events.Where(e => e.Kind is CaseEventKind.ReviewMeeting or CaseEventKind.AmendmentsProposed or CaseEventKind.AmendedPlanIssued or CaseEventKind.CessationNotice))
        {
            if (firstPlan is null && request is not null)
            {
                problems.Add(Problem(source, ehcCase, e, $"{Name(e)} on {Iso.Format(e.Date)} but the case has a request and no final plan"));
            }
            else if (firstPlan is not null && e.Date < firstPlan.Value)
            {
                problems.Add(Problem(source, ehcCase, e, $"{Name(e)} on {Iso.Format(e.Date)} is before the plan existed ({Iso.Format(firstPlan.Value)})"));
            }
        }

        if (final is not null)
        {
            // The first restart (new request, reassessment or order) on or after the final plan, found once: linear.
            var restart = events.FirstOrDefault(e => e.Date >= final.Date && e.Kind is CaseEventKind.RequestReceived
                or CaseEventKind.ReassessmentDecision or CaseEventKind.TribunalOrder or CaseEventKind.UnopposedNotice);
            foreach (var draft in events.Where(e => e.Kind == CaseEventKind.DraftIssued && e.Date > final.Date))
            {
                if (restart is null || restart.Date > draft.Date)
                {
                    problems.Add(Problem(source, ehcCase, draft, $"draft plan issued on {Iso.Format(draft.Date)} after the final plan of {Iso.Format(final.Date)} ({Where(final)}) with no new request, reassessment or order in between"));
                }
            }
        }

        // The earliest advice request per body (and for an unnamed body), found once: linear.
        NodaTime.LocalDate? anyBody = null, unnamed = null;
        var byBody = new Dictionary<string, NodaTime.LocalDate>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in events.Where(e => e.Kind == CaseEventKind.AdviceRequested))
        {
            anyBody ??= e.Date;
            if (e.Body is null)
            {
                unnamed ??= e.Date;
            }
            else
            {
                byBody.TryAdd(e.Body.Trim(), e.Date);
            }
        }

        foreach (var received in events.Where(e => e.Kind == CaseEventKind.AdviceReceived))
        {
            var asked = received.Body is null
                ? anyBody is { } first && first <= received.Date
                : (unnamed is { } u && u <= received.Date) || (byBody.TryGetValue(received.Body.Trim(), out var b) && b <= received.Date);
            if (!asked)
            {
                problems.Add(Problem(source, ehcCase, received, $"advice received on {Iso.Format(received.Date)}{(received.Body is null ? string.Empty : " from " + received.Body)} was never requested"));
            }
        }

        foreach (var e in events.Where(e => e.Kind == CaseEventKind.TribunalOrder && e.Order is null))
        {
            problems.Add(Problem(source, ehcCase, e, "a Tribunal order needs its kind (order)"));
        }

        foreach (var e in events.Where(e => e.Kind == CaseEventKind.UnopposedNotice && e.Unopposed is null))
        {
            problems.Add(Problem(source, ehcCase, e, "an unopposed-appeal notice needs its kind (unopposed)"));
        }

        if (ehcCase.DateOfBirth is { } born)
        {
            foreach (var e in events.Where(e => e.Date < born))
            {
                problems.Add(Problem(source, ehcCase, e, $"{Name(e)} on {Iso.Format(e.Date)} is before the date of birth {Iso.Format(born)}"));
            }
        }

        return problems;
    }

    private static DataProblem Problem(string source, EhcCase ehcCase, CaseEvent e, string message) =>
        new(source, $"case {ehcCase.Id}: {message}")
        {
            Field = e.SourceIndex >= 0 ? $"events[{e.SourceIndex.ToString(CultureInfo.InvariantCulture)}]" : null,
            Value = Snake(e.Kind) + " " + Iso.Format(e.Date),
            Code = "SEND-CASE",
        };

    private static string Where(CaseEvent e) => e.SourceIndex >= 0 ? $"events[{e.SourceIndex.ToString(CultureInfo.InvariantCulture)}]" : Snake(e.Kind);

    private static string Name(CaseEvent e) => Snake(e.Kind).Replace('_', ' ');

    /// <summary>The kind's snake_case name as a case file spells it (<c>DraftIssued</c> is <c>draft_issued</c>).</summary>
    /// <remarks>Every <see cref="CaseEventKind"/> name is plain PascalCase words (no digits or acronyms), so an underscore before each capital is the whole rule.</remarks>
    internal static string Snake(CaseEventKind kind)
    {
        var name = kind.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
