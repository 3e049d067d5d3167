using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace Send.Domain.Statutory;

/// <summary>
/// Walks the history of one case and produces its evaluated deadlines (the work behind
/// <see cref="DeadlineEngine.Evaluate(EhcCase, LocalDate, TimescaleOptions?)"/>).
/// </summary>
/// <remarks>
/// Steps that a case may simply not track (review invitations, advice circulation, review reports) are evaluated
/// only when the case records at least one event of that kind, so that an unrecorded step is never reported overdue.
/// </remarks>
internal sealed class CaseEvaluator
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    private static readonly Dictionary<string, CaseEventKind[]> OrderCompletions = new(StringComparer.Ordinal)
    {
        [StatutoryRuleIds.TribOrderAssessNotify] = new[] { CaseEventKind.DecisionToAssess, CaseEventKind.ReassessmentDecision, CaseEventKind.OrderComplied },
        [StatutoryRuleIds.TribOrderAssessNoplan] = new[] { CaseEventKind.NoPlanDecision },
        [StatutoryRuleIds.TribOrderAssessFinal] = new[] { CaseEventKind.FinalIssued },
        [StatutoryRuleIds.TribOrderPlanDraft] = new[] { CaseEventKind.DraftIssued },
        [StatutoryRuleIds.TribOrderPlanFinal] = new[] { CaseEventKind.FinalIssued },
        [StatutoryRuleIds.TribOrderAmend] = new[] { CaseEventKind.AmendedPlanIssued, CaseEventKind.OrderComplied },
        [StatutoryRuleIds.TribOrderSchool] = new[] { CaseEventKind.AmendedPlanIssued, CaseEventKind.OrderComplied },
        [StatutoryRuleIds.TribOrderContinue] = new[] { CaseEventKind.OrderComplied },
        [StatutoryRuleIds.TribOrderContinueAmend] = new[] { CaseEventKind.AmendedPlanIssued },
        [StatutoryRuleIds.TribOrderCease] = new[] { CaseEventKind.PlanCeased, CaseEventKind.OrderComplied },
        [StatutoryRuleIds.TribOrderReconsider] = new[] { CaseEventKind.OrderComplied, CaseEventKind.DecisionNoticeSent },
        [StatutoryRuleIds.TribUnoppAssess] = new[] { CaseEventKind.DecisionToAssess, CaseEventKind.ReassessmentDecision, CaseEventKind.OrderComplied },
        [StatutoryRuleIds.TribUnoppAssessNoplan] = new[] { CaseEventKind.NoPlanDecision },
        [StatutoryRuleIds.TribUnoppAssessFinal] = new[] { CaseEventKind.FinalIssued },
        [StatutoryRuleIds.TribUnoppContent] = new[] { CaseEventKind.AmendedPlanIssued, CaseEventKind.OrderComplied },
        [StatutoryRuleIds.TribUnoppSchool] = new[] { CaseEventKind.AmendedPlanIssued, CaseEventKind.OrderComplied },
        [StatutoryRuleIds.TribUnoppRefusal] = new[] { CaseEventKind.DraftIssued },
        [StatutoryRuleIds.TribUnoppRefusalFinal] = new[] { CaseEventKind.FinalIssued },
    };

    private readonly DeadlineEngine engine;
    private readonly EhcCase ehcCase;
    private readonly LocalDate asAt;
    private readonly TimescaleOptions options;
    private readonly List<CaseEvent> events;
    private readonly List<StatutoryDeadline> output = new();
    // Per kind (indexed by the enum's value), the events in date order; allocated only for kinds that occur.
    private readonly List<CaseEvent>?[] byKind = new List<CaseEvent>?[KindCount];
    private readonly bool[] everRecorded = new bool[KindCount];
    private Dictionary<CaseEvent, int>? positions;
    private static readonly int KindCount = Enum.GetValues<CaseEventKind>().Max(k => (int)k) + 1;
    private static readonly List<CaseEvent> NoEvents = new();

    public CaseEvaluator(DeadlineEngine engine, EhcCase ehcCase, LocalDate asAt, TimescaleOptions options)
    {
        this.engine = engine;
        this.ehcCase = ehcCase;
        this.asAt = asAt;
        this.options = options;
        events = ehcCase.Events.Where(e => e.Date <= asAt).ToList();
        foreach (var e in events)
        {
            (byKind[(int)e.Kind] ??= new List<CaseEvent>()).Add(e);
        }

        foreach (var e in ehcCase.Events)
        {
            everRecorded[(int)e.Kind] = true;
        }
    }

    public IReadOnlyList<StatutoryDeadline> Run()
    {
        Assessments();
        AdviceAndConsultation();
        Drafts();
        Reviews();
        Amendments();
        UnderFive();
        Phase();
        Transfers();
        Reassessments();
        Appeals();
        Mediation();
        Orders();
        output.Sort(DeadlineEngine.CompareByDue);
        return output;
    }

    private void Assessments()
    {
        var requests = Of(CaseEventKind.RequestReceived).ToList();
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            var end = i + 1 < requests.Count ? requests[i + 1].Date : (LocalDate?)null;
            var decisionTo = First(request.Date, end, CaseEventKind.DecisionToAssess);
            var decisionNot = First(request.Date, end, CaseEventKind.DecisionNotToAssess);
            var noPlan = First(request.Date, end, CaseEventKind.NoPlanDecision);
            var draft = First(request.Date, end, CaseEventKind.DraftIssued);
            var final = First(request.Date, end, CaseEventKind.FinalIssued);
            var set = engine.Assessment(request.Date, options);
            foreach (var deadline in set)
            {
                switch (deadline.RuleId)
                {
                    case StatutoryRuleIds.EhcAssessDecision:
                        Add(deadline, Earliest(decisionTo, decisionNot));
                        break;
                    case StatutoryRuleIds.EhcAssessRefusalNotice:
                        if (decisionNot is null && decisionTo is not null)
                        {
                            NotApplicable(deadline, "the council decided to assess on " + Iso.Format(decisionTo.Date));
                        }
                        else if (decisionNot is null && asAt > deadline.Due)
                        {
                            NotApplicable(deadline, "arises only if the council refuses; no refusal is recorded (see EHC-ASSESS-DECISION)");
                        }
                        else
                        {
                            Add(deadline, decisionNot?.Date);
                        }

                        break;
                    case StatutoryRuleIds.EhcNoPlanDecision:
                        if (decisionNot is not null)
                        {
                            NotApplicable(deadline, "the council decided not to assess");
                        }
                        else if (noPlan is null && (draft is not null || final is not null))
                        {
                            NotApplicable(deadline, "a plan is being made");
                        }
                        else if (noPlan is null && asAt > deadline.Due)
                        {
                            NotApplicable(deadline, "arises only if the council decides no plan is needed; none is recorded (see EHC-FINAL-PLAN)");
                        }
                        else
                        {
                            Add(deadline, noPlan?.Date);
                        }

                        break;
                    default:
                        // EHC-FINAL-PLAN and EHC-DRAFT-LATEST.
                        if (decisionNot is not null || (noPlan is not null && final is null))
                        {
                            NotApplicable(deadline, decisionNot is not null ? "the council decided not to assess" : "the council decided no plan is needed");
                        }
                        else
                        {
                            Add(deadline, deadline.RuleId == StatutoryRuleIds.EhcDraftLatest ? draft?.Date : final?.Date);
                        }

                        break;
                }
            }
        }
    }

    private void AdviceAndConsultation()
    {
        foreach (var request in Of(CaseEventKind.AdviceRequested))
        {
            var received = FirstMatching(CaseEventKind.AdviceReceived, request.Date, e => SameBody(e.Body, request.Body));
            var deadline = engine.Compute(StatutoryRules.EhcAdviceResponse, request.Date, options, request.Body);
            Add(deadline, received?.Date, body: request.Body);
        }

        foreach (var consult in Of(CaseEventKind.SchoolConsulted))
        {
            var reply = FirstMatching(CaseEventKind.SchoolResponded, consult.Date, e => SameBody(e.Body, consult.Body));
            Add(engine.Compute(StatutoryRules.EhcSchoolConsult, consult.Date, options, consult.Body), reply?.Date);
        }
    }

    private void Drafts()
    {
        foreach (var draft in Of(CaseEventKind.DraftIssued))
        {
            var final = First(draft.Date, null, CaseEventKind.FinalIssued);
            Add(engine.Compute(StatutoryRules.EhcDraftComment, draft.Date, options), final?.Date);
        }
    }

    private void Reviews()
    {
        var plan = First(LocalDate.MinIsoValue, null, CaseEventKind.FinalIssued);
        var transfers = Of(CaseEventKind.TransferIn).ToList();
        var firstTransfer = transfers.FirstOrDefault();
        LocalDate? anchor = plan?.Date ?? firstTransfer?.RelatedDate ?? firstTransfer?.Date;
        var ceased = First(LocalDate.MinIsoValue, null, CaseEventKind.PlanCeased);
        var meetings = Of(CaseEventKind.ReviewMeeting).ToList();
        var trackInvitations = Any(CaseEventKind.ReviewInvitationsSent);
        var trackCirculation = Any(CaseEventKind.ReviewAdviceCirculated);
        var trackReports = Any(CaseEventKind.ReviewReportSent);

        var ruleId = StatutoryRuleIds.EhcArFirst;
        var periodEnds = new Dictionary<LocalDate, LocalDate>();
        var guard = 0;
        while (anchor is LocalDate from && guard++ < 200)
        {
            var next = LowerBound(meetings, from.PlusDays(1));
            var meeting = next < meetings.Count ? meetings[next] : null;

            // Reg 15(3),(5): a plan transferred in before its next review was held is reviewed under EHC-XFER-REVIEW
            // (added by Transfers), which replaces the ordinary EHC-AR-FIRST or EHC-AR-NEXT deadline for that review.
            var firstTransferAfter = LowerBound(transfers, from);
            var transferred = firstTransferAfter < transfers.Count && (meeting is null || transfers[firstTransferAfter].Date < meeting.Date);
            if (!transferred)
            {
                var deadline = engine.Compute(StatutoryRules.Get(ruleId), from, options);
                if (meeting is null && ceased is not null)
                {
                    NotApplicable(deadline, "the plan ceased on " + Iso.Format(ceased.Date)
                        + (ceased.Date > deadline.Due ? $", when this review was {Period.DaysBetween(deadline.Due, ceased.Date)} days overdue" : string.Empty));
                    break;
                }

                Add(deadline, meeting?.Date);
                if (meeting is not null)
                {
                    periodEnds.TryAdd(meeting.Date, deadline.Due);
                }
            }

            if (meeting is null)
            {
                break;
            }

            var decision = First(meeting.Date, null, CaseEventKind.ReviewDecision, CaseEventKind.AmendmentsProposed, CaseEventKind.CessationNotice);
            anchor = options.ReviewAnchor == ReviewAnchor.DecisionDate && decision is not null ? decision.Date : meeting.Date;
            ruleId = StatutoryRuleIds.EhcArNext;
        }

        for (var i = 0; i < meetings.Count; i++)
        {
            var meeting = meetings[i];
            var previous = i > 0 ? meetings[i - 1].Date : LocalDate.MinIsoValue;
            LocalDate? next = i + 1 < meetings.Count ? meetings[i + 1].Date : null;
            if (trackInvitations)
            {
                var sent = First(previous.PlusDays(1), meeting.Date.PlusDays(1), CaseEventKind.ReviewInvitationsSent);
                Add(engine.Compute(StatutoryRules.EhcArNotice, meeting.Date, options), sent?.Date);
            }

            if (trackCirculation)
            {
                var circulated = First(previous.PlusDays(1), meeting.Date.PlusDays(1), CaseEventKind.ReviewAdviceCirculated);
                Add(engine.Compute(StatutoryRules.EhcArAdviceCirc, meeting.Date, options), circulated?.Date);
            }

            if (trackReports)
            {
                Add(engine.Compute(StatutoryRules.EhcArReport, meeting.Date, options), First(meeting.Date, next, CaseEventKind.ReviewReportSent)?.Date);
            }

            var decision = First(meeting.Date, next, CaseEventKind.ReviewDecision, CaseEventKind.AmendmentsProposed, CaseEventKind.CessationNotice);
            var decisionDeadline = engine.Compute(StatutoryRules.EhcArDecision, meeting.Date, options);
            if (decision is not null && periodEnds.TryGetValue(meeting.Date, out var periodEnd) && decision.Date > periodEnd)
            {
                decisionDeadline = decisionDeadline.WithFlags(DeadlineFlags.DecisionAfterReviewPeriod);
            }

            Add(decisionDeadline, decision?.Date);
            var proposed = First(meeting.Date, next, CaseEventKind.AmendmentsProposed);
            if (proposed is not null)
            {
                var done = First(proposed.Date, null, CaseEventKind.AmendedPlanIssued, CaseEventKind.DecisionNotToAmend);
                Add(engine.Compute(StatutoryRules.EhcAr12wkCap, meeting.Date, options), done?.Date);
            }
        }
    }

    private void Amendments()
    {
        var proposals = Of(CaseEventKind.AmendmentsProposed).ToList();
        for (var i = 0; i < proposals.Count; i++)
        {
            var proposal = proposals[i];
            LocalDate? next = i + 1 < proposals.Count ? proposals[i + 1].Date : null;
            var issued = First(proposal.Date, next, CaseEventKind.AmendedPlanIssued);
            var dropped = First(proposal.Date, next, CaseEventKind.DecisionNotToAmend);
            Add(engine.Compute(StatutoryRules.EhcArAmendComment, proposal.Date, options), Earliest(issued, dropped));
            var final = engine.Compute(StatutoryRules.EhcArAmendFinal, proposal.Date, options);
            var notAmend = engine.Compute(StatutoryRules.EhcArNotAmend, proposal.Date, options);
            if (dropped is not null && issued is null)
            {
                NotApplicable(final, "the council decided not to amend");
                Add(notAmend, dropped.Date);
            }
            else
            {
                Add(final, issued?.Date);
                if (issued is not null)
                {
                    NotApplicable(notAmend, "the amended plan was issued");
                }
            }
        }
    }

    private void UnderFive()
    {
        if (ehcCase.DateOfBirth is not LocalDate born)
        {
            return;
        }

        var fifth = born.PlusYears(5);
        var anchors = events.Where(e => e.Kind is CaseEventKind.FinalIssued or CaseEventKind.ReviewMeeting or CaseEventKind.InterimReview).Select(e => e.Date).Distinct().ToList();
        for (var i = 0; i < anchors.Count; i++)
        {
            if (anchors[i] >= fifth)
            {
                break;
            }

            LocalDate? next = i + 1 < anchors.Count ? anchors[i + 1] : null;
            Add(engine.Compute(StatutoryRules.EhcArUnder5, anchors[i], options), next);
        }
    }

    private void Phase()
    {
        if (ehcCase.PhaseTransfer is not PhaseTransfer transfer)
        {
            return;
        }

        var deadline = transfer.Kind == PhaseTransferKind.BetweenPostSixteen && transfer.TransferDate is LocalDate date
            ? engine.PostSixteenTransfer(date)
            : engine.PhaseTransfer(transfer.Kind == PhaseTransferKind.BetweenPostSixteen ? PhaseTransferKind.PostSixteen : transfer.Kind, transfer.Year);
        var done = First(deadline.Due.PlusMonths(-12), null, CaseEventKind.AmendedPlanIssued, CaseEventKind.DecisionNotToAmend);
        Add(deadline, done?.Date);
    }

    private void Transfers()
    {
        foreach (var transfer in Of(CaseEventKind.TransferIn))
        {
            Add(engine.Compute(StatutoryRules.EhcXferNotify, transfer.Date, options), First(transfer.Date, null, CaseEventKind.TransferNotice)?.Date);
            var planDate = transfer.RelatedDate
                ?? LastBefore(transfer.Date.PlusDays(1), CaseEventKind.FinalIssued, CaseEventKind.ReviewMeeting)?.Date;
            var review = planDate is LocalDate p
                ? engine.TransferReview(p, transfer.Date)
                : engine.Simple(StatutoryRules.EhcXferReview, transfer.Date, StatutoryRules.EhcXferReview.Period, options, "plan date unknown: 3-month limb only", null);
            Add(review, First(transfer.Date.PlusDays(1), null, CaseEventKind.ReviewMeeting)?.Date);
        }

        foreach (var move in Of(CaseEventKind.MoveOut))
        {
            var learned = move.RelatedDate ?? move.Date;
            Add(engine.TransferSend(move.Date, learned), First(learned, null, CaseEventKind.PlanTransferred)?.Date);
        }
    }

    private void Reassessments()
    {
        foreach (var request in Of(CaseEventKind.ReassessmentRequested))
        {
            var lookBack = engine.ReassessmentLookBack(request.Date, options);
            var last = LastBefore(request.Date, CaseEventKind.FinalIssued, CaseEventKind.NoPlanDecision, CaseEventKind.ReassessmentDecision);
            var note = last is null
                ? "no earlier assessment recorded"
                : last.Date >= lookBack.Due
                    ? $"the last assessment step ({Iso.Format(last.Date)}) is inside the look-back, so the council may refuse"
                    : $"the last assessment step ({Iso.Format(last.Date)}) is before the look-back";
            output.Add(lookBack.Evaluated(DeadlineStatus.Information, null, asAt, Array.Empty<ExceptionAssessment>(), null, note));
            Add(engine.Compute(StatutoryRules.EhcReassessDecision, request.Date, options), First(request.Date, null, CaseEventKind.ReassessmentDecision, CaseEventKind.DecisionNotToReassess)?.Date);
        }

        foreach (var decision in Of(CaseEventKind.ReassessmentDecision))
        {
            var done = First(decision.Date.PlusDays(1), null, CaseEventKind.FinalIssued, CaseEventKind.AmendedPlanIssued);
            Add(engine.Compute(StatutoryRules.EhcReassessFinal, decision.Date, options), done?.Date);
        }

        foreach (var notice in Of(CaseEventKind.CessationNotice))
        {
            var cease = engine.Cessation(notice.Date);
            output.Add(cease.Evaluated(DeadlineStatus.Information, First(notice.Date, null, CaseEventKind.PlanCeased)?.Date, asAt, Array.Empty<ExceptionAssessment>(), null, null));
        }
    }

    private void Appeals()
    {
        var notices = Of(CaseEventKind.DecisionNoticeSent).ToList();
        for (var i = 0; i < notices.Count; i++)
        {
            var notice = notices[i];
            LocalDate? next = i + 1 < notices.Count ? notices[i + 1].Date : null;
            Add(engine.Compute(StatutoryRules.MedContact, notice.Date, options), First(notice.Date, next, CaseEventKind.MediationContact)?.Date, familyStep: true);
            var certificate = First(notice.Date, next, CaseEventKind.MediationCertificateIssued);
            Add(engine.Appeal(notice.Date, certificate?.Date), First(notice.Date, next, CaseEventKind.AppealLodged)?.Date, familyStep: true);
        }
    }

    private void Mediation()
    {
        foreach (var e in Of(CaseEventKind.MediationDeclined))
        {
            Add(engine.Compute(StatutoryRules.MedCertDeclined, e.Date, options), First(e.Date, null, CaseEventKind.MediationCertificateIssued)?.Date);
        }

        foreach (var e in Of(CaseEventKind.MediationHealthIssues))
        {
            Add(engine.Compute(StatutoryRules.MedHealthNotify, e.Date, options), First(e.Date, null, CaseEventKind.CommissionersNotified)?.Date);
        }

        foreach (var e in Of(CaseEventKind.MediationWanted))
        {
            var held = First(e.Date, null, CaseEventKind.MediationHeld);
            var impossible = First(e.Date, null, CaseEventKind.MediationNotPossible);
            var hold = engine.MediationHold(e.Date, e.HealthOnly, options);
            if (held is null && impossible is not null)
            {
                NotApplicable(hold, "the council said mediation cannot be held within 30 days");
            }
            else
            {
                Add(hold, held?.Date);
            }
        }

        foreach (var e in Of(CaseEventKind.MediationNotPossible))
        {
            Add(engine.Compute(StatutoryRules.MedCertNotHeld, e.Date, options), First(e.Date, null, CaseEventKind.MediationCertificateIssued)?.Date);
        }

        foreach (var e in Of(CaseEventKind.MediationHeld))
        {
            Add(engine.Compute(StatutoryRules.MedCertConcluded, e.Date, options), First(e.Date, null, CaseEventKind.MediationCertificateIssued)?.Date);
        }

        foreach (var e in Of(CaseEventKind.MediationAgreement))
        {
            foreach (var deadline in engine.MediationAgreement(e.Date, e.Order))
            {
                if (deadline.RuleId == StatutoryRuleIds.MedAgreeAppealable)
                {
                    var asRule = deadline.Label!.Substring(3);
                    Add(deadline, First(e.Date, null, OrderCompletions[asRule])?.Date);
                }
                else if (deadline.RuleId == StatutoryRuleIds.MedAgreeOther)
                {
                    Add(deadline, First(e.Date, null, CaseEventKind.AgreementActioned)?.Date);
                }
                else if (e.HealthOnly || Any(CaseEventKind.CouncilNotifiedOfAgreement))
                {
                    // MED-AGREE-NOTIFY-LA arises only when the council was not a party (HealthOnly on the agreement).
                    Add(deadline, First(e.Date, null, CaseEventKind.CouncilNotifiedOfAgreement)?.Date);
                }
            }
        }
    }

    private void Orders()
    {
        foreach (var order in Of(CaseEventKind.TribunalOrder))
        {
            if (order.Order is not TribunalOrderKind kind)
            {
                continue;
            }

            var from = options.TribunalOrderClock == TribunalOrderClock.OrderSent && order.RelatedDate is LocalDate sent ? sent : order.Date;
            foreach (var deadline in engine.TribunalOrder(kind, order.Date, order.RelatedDate, options))
            {
                AddOrderStep(deadline, from);
            }
        }

        foreach (var notice in Of(CaseEventKind.UnopposedNotice))
        {
            if (notice.Unopposed is not UnopposedAppealKind kind)
            {
                continue;
            }

            foreach (var deadline in engine.Unopposed(kind, notice.Date))
            {
                AddOrderStep(deadline, notice.Date);
            }
        }
    }

    private void AddOrderStep(StatutoryDeadline deadline, LocalDate from)
    {
        var id = deadline.RuleId;
        if (id.EndsWith("-NOPLAN", StringComparison.Ordinal) && First(from, null, CaseEventKind.FinalIssued, CaseEventKind.DraftIssued) is { } planStep
            && First(from, null, CaseEventKind.NoPlanDecision) is null)
        {
            NotApplicable(deadline, "a plan is being made (" + Iso.Format(planStep.Date) + ")");
            return;
        }

        if (id.EndsWith("-NOPLAN", StringComparison.Ordinal) && First(from, null, CaseEventKind.NoPlanDecision) is null && asAt > deadline.Due)
        {
            NotApplicable(deadline, "arises only if the council decides no plan is needed; none is recorded");
            return;
        }

        if ((id == StatutoryRuleIds.TribOrderAssessFinal || id == StatutoryRuleIds.TribUnoppAssessFinal) && First(from, null, CaseEventKind.NoPlanDecision) is { } noPlan
            && First(from, null, CaseEventKind.FinalIssued) is null)
        {
            NotApplicable(deadline, "the council decided no plan is needed (" + Iso.Format(noPlan.Date) + ")");
            return;
        }

        Add(deadline, First(from, null, OrderCompletions[id])?.Date);
    }

    // The events of each kind in date order, found by binary search, so that a long history is evaluated in
    // O(n log n) rather than by scanning every event for every step.
    private List<CaseEvent> Of(CaseEventKind kind) => byKind[(int)kind] ?? NoEvents;

    private bool Any(CaseEventKind kind) => everRecorded[(int)kind];

    /// <summary>The event's place in the date-ordered history (ties on a date are rare, so this is looked up only for them).</summary>
    private int Position(CaseEvent e)
    {
        if (positions is null)
        {
            positions = new Dictionary<CaseEvent, int>(events.Count, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < events.Count; i++)
            {
                positions[events[i]] = i;
            }
        }

        return positions[e];
    }

    /// <summary>The first event of any of <paramref name="kinds"/> dated from <paramref name="from"/> and before <paramref name="before"/>; ties go to file order.</summary>
    private CaseEvent? First(LocalDate from, LocalDate? before, params CaseEventKind[] kinds)
    {
        CaseEvent? best = null;
        foreach (var kind in kinds)
        {
            var list = Of(kind);
            var i = LowerBound(list, from);
            if (i < list.Count && (before is not LocalDate b || list[i].Date < b)
                && (best is null || list[i].Date < best.Date || (list[i].Date == best.Date && Position(list[i]) < Position(best))))
            {
                best = list[i];
            }
        }

        return best;
    }

    /// <summary>The first event of <paramref name="kind"/> dated from <paramref name="from"/> that matches.</summary>
    private CaseEvent? FirstMatching(CaseEventKind kind, LocalDate from, Func<CaseEvent, bool> match)
    {
        var list = Of(kind);
        for (var i = LowerBound(list, from); i < list.Count; i++)
        {
            if (match(list[i]))
            {
                return list[i];
            }
        }

        return null;
    }

    /// <summary>The last event of any of <paramref name="kinds"/> dated before <paramref name="before"/>; ties go to the later in file order.</summary>
    private CaseEvent? LastBefore(LocalDate before, params CaseEventKind[] kinds)
    {
        CaseEvent? best = null;
        foreach (var kind in kinds)
        {
            var list = Of(kind);
            var i = LowerBound(list, before) - 1;
            if (i >= 0 && (best is null || list[i].Date > best.Date || (list[i].Date == best.Date && Position(list[i]) > Position(best))))
            {
                best = list[i];
            }
        }

        return best;
    }

    /// <summary>The index of the first event dated on or after <paramref name="date"/> in a date-ordered list.</summary>
    private static int LowerBound(List<CaseEvent> list, LocalDate date)
    {
        int low = 0, high = list.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (list[middle].Date < date)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static LocalDate? Earliest(CaseEvent? a, CaseEvent? b) => (a, b) switch
    {
        (null, null) => null,
        (null, _) => b!.Date,
        (_, null) => a.Date,
        _ => a.Date <= b.Date ? a.Date : b.Date,
    };

    private static bool SameBody(string? a, string? b) => a is null || b is null || string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private void NotApplicable(StatutoryDeadline deadline, string why) =>
        output.Add(deadline.Evaluated(DeadlineStatus.NotApplicable, null, asAt, Array.Empty<ExceptionAssessment>(), null, why));

    private void Add(StatutoryDeadline deadline, LocalDate? completedOn, string? body = null, bool familyStep = false)
    {
        output.Add(Resolve(deadline, completedOn, asAt, ehcCase.Exceptions, options, body ?? deadline.Label, familyStep));
    }

    /// <summary>Decides the status of a deadline from its completion date, the as-at date and the exception facts.</summary>
    internal static StatutoryDeadline Resolve(StatutoryDeadline deadline, LocalDate? completedOn, LocalDate asAt, IReadOnlyList<ExceptionFact> facts, TimescaleOptions options, string? body, bool familyStep = false)
    {
        if (completedOn is LocalDate c && c > asAt)
        {
            completedOn = null;
        }

        var start = deadline.Trigger <= deadline.Due ? deadline.Trigger : deadline.Due;
        var end = deadline.Trigger <= deadline.Due ? deadline.Due : deadline.Trigger;
        var assessments = new List<ExceptionAssessment>();
        foreach (var fact in facts)
        {
            if (fact.KnownFrom > asAt)
            {
                // Not known on the as-at date: a historical evaluation sees only what was known then.
                continue;
            }

            var assessment = fact.Assess(deadline.Rule, start, end, body, asAt);
            if (assessment is not null)
            {
                assessments.Add(assessment);
            }
        }

        var disapplied = assessments.Any(a => a.Disapplies);
        var flags = deadline.Flags;
        DeadlineStatus status;
        if ((flags & DeadlineFlags.NoFixedLimit) != 0)
        {
            status = DeadlineStatus.Information;
        }
        else if ((flags & DeadlineFlags.MinimumPeriod) != 0)
        {
            status = completedOn is LocalDate next
                ? (next > deadline.Due ? DeadlineStatus.MetOnTime : DeadlineStatus.Breached)
                : (asAt > deadline.Due ? DeadlineStatus.Lapsed : DeadlineStatus.Pending);
        }
        else if (completedOn is LocalDate done)
        {
            status = done <= deadline.Due ? DeadlineStatus.MetOnTime
                : disapplied ? DeadlineStatus.Disapplied
                : DeadlineStatus.MetLate;
        }
        else if (disapplied && deadline.Rule.IsBinding)
        {
            status = DeadlineStatus.Disapplied;
        }
        else if (asAt > deadline.Due)
        {
            status = deadline.Rule.IsBinding && !familyStep ? DeadlineStatus.Overdue : DeadlineStatus.Lapsed;
        }
        else
        {
            status = DeadlineStatus.Pending;
        }

        LocalDate? target = null;
        if (options.PauseClockForExceptions && disapplied)
        {
            var days = assessments.Where(a => a.Disapplies).Max(a => a.DaysInPeriod);
            target = deadline.Due.PlusDays(days);
        }

        return deadline.Evaluated(status, completedOn, asAt, assessments, target, familyStep && status == DeadlineStatus.Lapsed ? "the family's time limit has passed" : null);
    }
}
