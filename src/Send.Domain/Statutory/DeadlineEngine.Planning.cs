using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Send.Domain.Statutory;

/// <summary>Planning backwards: the dates the law implies, each a <see cref="DerivedDate"/> naming the rules it chains.</summary>
public sealed partial class DeadlineEngine
{
    private const int CommentDays = 15;

    /// <summary>
    /// PLAN-DRAFT-LATEST: the latest day to serve the draft plan so that the 15-day comment period (EHC-DRAFT-COMMENT)
    /// runs out in time for the final plan by the 20-week deadline (EHC-FINAL-PLAN): the final deadline − 15 days.
    /// The same date as the EHC-DRAFT-LATEST planning deadline.
    /// </summary>
    /// <param name="requestReceived">The date the council received the request.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The derived date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="SupportedDates"/>.</exception>
    public DerivedDate LatestDraft(LocalDate requestReceived, TimescaleOptions? options = null)
    {
        var final = Compute(StatutoryRules.EhcFinalPlan, requestReceived, options);
        var date = final.Due.PlusDays(-CommentDays);
        var arithmetic = $"EHC-FINAL-PLAN: {final.Arithmetic}; EHC-DRAFT-COMMENT: a draft served on day D leaves comments open until D + 14 and allows the final plan from D + 15, so D = {Iso.Format(final.Due)} - 15 days = {Iso.Format(date)}";
        return Derived("PLAN-DRAFT-LATEST", "Latest day to serve the draft plan so the final plan can still be issued within 20 weeks.", DerivedDateKind.Latest, date, arithmetic, null, StatutoryRules.EhcFinalPlan, StatutoryRules.EhcDraftComment);
    }

    /// <summary>
    /// PLAN-FINAL-EARLIEST: the earliest day a final plan may be issued after a draft served on
    /// <paramref name="draftServed"/>: the day after the 15 days beginning with service (EHC-DRAFT-COMMENT), day 16.
    /// </summary>
    /// <param name="draftServed">The day the draft was served (day 1).</param>
    /// <returns>The derived date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="SupportedDates"/>.</exception>
    public DerivedDate EarliestFinalAfterDraft(LocalDate draftServed)
    {
        var comment = Compute(StatutoryRules.EhcDraftComment, draftServed);
        var date = comment.Due.PlusDays(1);
        var arithmetic = $"EHC-DRAFT-COMMENT: {comment.Arithmetic}; the final plan may follow from the next day (day 16), {Iso.Format(date)}";
        return Derived("PLAN-FINAL-EARLIEST", "Earliest day the final plan may be issued after the draft.", DerivedDateKind.Earliest, date, arithmetic, null, StatutoryRules.EhcDraftComment);
    }

    /// <summary>
    /// PLAN-PHASE-AMEND-LATEST: the latest day to serve the proposed amendments ahead of a phase transfer so that the
    /// 15-day comment period (EHC-AR-AMEND-COMMENT) runs out and the amended plan can be final by the phase deadline
    /// (EHC-PHASE-SCHOOL: 14 Feb; EHC-PHASE-POST16: 30 Mar): the last compliant day − 15 days.
    /// </summary>
    /// <param name="kind">School or post-16 transfer.</param>
    /// <param name="year">The calendar year of transfer.</param>
    /// <returns>The derived date.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is <see cref="PhaseTransferKind.BetweenPostSixteen"/>; use the overload with the transfer date.</exception>
    public DerivedDate LatestAmendmentNotice(PhaseTransferKind kind, int year) => LatestAmendmentNotice(PhaseTransfer(kind, year));

    /// <summary>PLAN-PHASE-AMEND-LATEST for a move between post-16 institutions (EHC-PHASE-P16-P16): the review deadline − 15 days.</summary>
    /// <param name="transferDate">The proposed transfer date.</param>
    /// <returns>The derived date.</returns>
    public DerivedDate LatestAmendmentNotice(LocalDate transferDate) => LatestAmendmentNotice(PostSixteenTransfer(transferDate));

    /// <summary>
    /// PLAN-REVIEW-MEETING-LATEST: the latest day for the review meeting so that the council's decision, due 4 weeks
    /// after it (EHC-AR-DECISION), falls within the 12-month review period (EHC-AR-FIRST or EHC-AR-NEXT), as the Code
    /// of Practice asks: the end of the period − 28 days.
    /// </summary>
    /// <param name="planOrLastReview">The plan date (first review) or the date of the last review.</param>
    /// <param name="firstReview">True for the first review after the plan (EHC-AR-FIRST), false for a later one (EHC-AR-NEXT).</param>
    /// <returns>The derived date.</returns>
    public DerivedDate LatestReviewMeeting(LocalDate planOrLastReview, bool firstReview = true)
    {
        var review = Compute(firstReview ? StatutoryRules.EhcArFirst : StatutoryRules.EhcArNext, planOrLastReview);
        var date = review.Due.PlusDays(-28);
        var arithmetic = $"{review.RuleId}: {review.Arithmetic}; EHC-AR-DECISION: the decision is due 4 weeks (28 days) after the meeting, so the meeting = {Iso.Format(review.Due)} - 28 days = {Iso.Format(date)}";
        return Derived("PLAN-REVIEW-MEETING-LATEST", "Latest day for the review meeting so the decision can be made within the review period.", DerivedDateKind.Latest, date, arithmetic,
            $"The review itself must be held by {Iso.Format(review.Due)}; a later meeting is in time for the review but leaves the decision outside the period.", review.Rule, StatutoryRules.EhcArDecision);
    }

    /// <summary>
    /// PLAN-UNDER5-WINDOW: the first day of the recommended 3-to-6-month window for an interim review of a child under 5
    /// (EHC-AR-UNDER5, CoP 9.178): the plan or last review + 3 months. The window closes at the EHC-AR-UNDER5 date.
    /// </summary>
    /// <param name="planOrLastReview">The plan date or the last review.</param>
    /// <returns>The derived date.</returns>
    public DerivedDate UnderFiveWindowStart(LocalDate planOrLastReview)
    {
        var close = Compute(StatutoryRules.EhcArUnder5, planOrLastReview);
        var date = planOrLastReview.PlusMonths(3);
        var arithmetic = $"EHC-AR-UNDER5: every 3 to 6 months; plan or last review {Iso.Format(planOrLastReview)} + 3 months = {Iso.Format(date)} (the window closes {Iso.Format(close.Due)})";
        return Derived("PLAN-UNDER5-WINDOW", "Start of the recommended window for an interim review of a child under 5.", DerivedDateKind.WindowStart, date, arithmetic, "Guidance only: never overdue.", StatutoryRules.EhcArUnder5);
    }

    /// <summary>
    /// The derived dates that bear on a case as at <paramref name="asAt"/>: the latest draft while a request has no
    /// draft or final plan; the earliest final plan after a draft not yet followed by one; the latest review meeting of
    /// the current review period; the latest amendment notice before a planned phase transfer not yet done; the
    /// under-5s window while the child is under 5. Events after <paramref name="asAt"/> are ignored.
    /// </summary>
    /// <param name="ehcCase">The case.</param>
    /// <param name="asAt">The as-at date.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The derived dates, by date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ehcCase"/> is null.</exception>
    public IReadOnlyList<DerivedDate> Plan(EhcCase ehcCase, LocalDate asAt, TimescaleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ehcCase);
        var events = ehcCase.Events.Where(e => e.Date <= asAt).ToList();
        CaseEvent? Last(params CaseEventKind[] kinds) => events.LastOrDefault(e => Array.IndexOf(kinds, e.Kind) >= 0);
        var result = new List<DerivedDate>();
        var request = Last(CaseEventKind.RequestReceived);
        var draft = Last(CaseEventKind.DraftIssued);
        var final = Last(CaseEventKind.FinalIssued);
        var closed = Last(CaseEventKind.DecisionNotToAssess, CaseEventKind.NoPlanDecision);
        if (request is not null && (final is null || final.Date < request.Date) && (closed is null || closed.Date < request.Date))
        {
            if (draft is null || draft.Date < request.Date)
            {
                result.Add(LatestDraft(request.Date, options));
            }
        }

        if (draft is not null && (final is null || final.Date < draft.Date))
        {
            result.Add(EarliestFinalAfterDraft(draft.Date));
        }

        var ceased = Last(CaseEventKind.PlanCeased);
        var meeting = Last(CaseEventKind.ReviewMeeting);
        var anchor = meeting is not null && (final is null || meeting.Date > final.Date) ? meeting.Date : final?.Date;
        if (anchor is LocalDate from && ceased is null)
        {
            result.Add(LatestReviewMeeting(from, firstReview: anchor == final?.Date));
            if (ehcCase.DateOfBirth is LocalDate born && from < born.PlusYears(5))
            {
                result.Add(UnderFiveWindowStart(from));
            }
        }

        if (ehcCase.PhaseTransfer is PhaseTransfer transfer && ceased is null)
        {
            var latest = transfer.Kind == PhaseTransferKind.BetweenPostSixteen && transfer.TransferDate is LocalDate moving
                ? LatestAmendmentNotice(moving)
                : LatestAmendmentNotice(transfer.Kind == PhaseTransferKind.BetweenPostSixteen ? PhaseTransferKind.PostSixteen : transfer.Kind, transfer.Year);
            var done = events.Any(e => e.Kind is CaseEventKind.AmendedPlanIssued or CaseEventKind.DecisionNotToAmend && e.Date > latest.Date.PlusMonths(-12));
            if (!done)
            {
                result.Add(latest);
            }
        }

        result.Sort((x, y) => x.Date.CompareTo(y.Date));
        return result;
    }

    private DerivedDate LatestAmendmentNotice(StatutoryDeadline phase)
    {
        var date = phase.Due.PlusDays(-CommentDays);
        var arithmetic = $"{phase.RuleId}: {phase.Arithmetic}; EHC-AR-AMEND-COMMENT: amendments served on day D leave 15 days for representations and allow the amended plan from D + 15, so D = {Iso.Format(phase.Due)} - 15 days = {Iso.Format(date)}";
        return Derived("PLAN-PHASE-AMEND-LATEST", "Latest day to serve the proposed amendments so the amended plan can be final by the phase-transfer deadline.", DerivedDateKind.Latest, date, arithmetic,
            "The review meeting and decision (EHC-AR-DECISION, 4 weeks) must come before this; the chain is complete only when the amended plan is issued.", phase.Rule, StatutoryRules.EhcArAmendComment);
    }

    private DerivedDate Derived(string id, string title, DerivedDateKind kind, LocalDate date, string arithmetic, string? note, params StatutoryRule[] chain) =>
        new(id, title, kind, date, chain, arithmetic, note, !workingDays.IsWorkingDay(date));
}
