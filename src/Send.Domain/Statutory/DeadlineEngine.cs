using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Send.Domain.Calendars;

namespace Send.Domain.Statutory;

/// <summary>
/// Computes statutory deadlines from trigger dates, and evaluates a whole <see cref="EhcCase"/> as at a date.
/// </summary>
/// <remarks>
/// <para>
/// The engine computes the nominal statutory date of each rule (reference section 1) and never moves it for an
/// exception; only TRIB-APPEAL rolls off non-working days (HESC Rules). Every date that lands on a weekend or bank
/// holiday carries <see cref="DeadlineFlags.FallsOnNonWorkingDay"/>.
/// </para>
/// <para>Instances are immutable and thread-safe. <see cref="EnglandAndWales"/> uses the England and Wales working-day calendar.</para>
/// <para>
/// Trigger dates must be inside <see cref="SupportedDates"/> (1971-01-01 to 2099-12-31); one outside throws
/// <see cref="ArgumentOutOfRangeException"/> naming that date. Bank holidays are known for the years the bank holiday
/// calendar covers (2010 to 2040 for England and Wales); beyond them they are projected from the Banking and
/// Financial Dealings Act 1971's rules and the deadline is flagged <see cref="DeadlineFlags.ProjectedBankHolidays"/>.
/// </para>
/// </remarks>
public sealed partial class DeadlineEngine
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
    private readonly IWorkingDays workingDays;

    /// <summary>Creates an engine over a working-day calendar (for example one with local extra holidays).</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public DeadlineEngine(WorkingDayCalendar calendar)
        : this(new StatutoryCalendar(calendar ?? throw new ArgumentNullException(nameof(calendar))))
    {
    }

    internal DeadlineEngine(IWorkingDays workingDays)
    {
        this.workingDays = workingDays;
    }

    /// <summary>The engine on the England and Wales working-day calendar.</summary>
    public static DeadlineEngine EnglandAndWales { get; } = new(StatutoryCalendar.EnglandAndWales);

    /// <summary>Whether <paramref name="date"/> is a working day on this engine's calendar (CNT-WORKDAY).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True for a working day.</returns>
    public bool IsWorkingDay(LocalDate date) => workingDays.IsWorkingDay(date);

    /// <summary>The <paramref name="count"/>th working day after <paramref name="date"/> (day 0, CNT-WORKDAY); the date itself for zero.</summary>
    /// <param name="date">The start (day 0).</param>
    /// <param name="count">Zero or more.</param>
    /// <returns>The working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int count) => workingDays.AddWorkingDays(date, count);

    /// <summary>
    /// Working days from <paramref name="from"/> to <paramref name="to"/>: the working days after <paramref name="from"/>
    /// up to and including <paramref name="to"/>, negative when <paramref name="to"/> is earlier (then counting the
    /// working days after <paramref name="to"/> up to and including <paramref name="from"/>). Zero when equal.
    /// </summary>
    /// <param name="from">The start (day 0).</param>
    /// <param name="to">The end.</param>
    /// <returns>The signed count.</returns>
    public int WorkingDaysBetween(LocalDate from, LocalDate to) =>
        to >= from ? workingDays.CountWorkingDays(from, to) : -workingDays.CountWorkingDays(to, from);

    /// <summary>Applies the rule with id <paramref name="ruleId"/> to <paramref name="trigger"/>.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="trigger">The trigger date (CNT-INPUT).</param>
    /// <param name="options">Options; null for <see cref="TimescaleOptions.Default"/>.</param>
    /// <returns>The deadline, not yet evaluated against a case.</returns>
    /// <exception cref="KeyNotFoundException">The id is unknown.</exception>
    /// <exception cref="ArgumentException">The rule needs more than one date (EHC-XFER-REVIEW, MED-AGREE-APPEALABLE); use the dedicated method.</exception>
    public StatutoryDeadline Compute(string ruleId, LocalDate trigger, TimescaleOptions? options = null) =>
        Compute(StatutoryRules.Get(ruleId), trigger, options);

    /// <summary>Applies <paramref name="rule"/> to <paramref name="trigger"/>.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="trigger">The trigger date (CNT-INPUT).</param>
    /// <param name="options">Options; null for <see cref="TimescaleOptions.Default"/>.</param>
    /// <param name="label">What the deadline is about when the rule applies more than once (for example a body); may be null.</param>
    /// <returns>The deadline, not yet evaluated against a case.</returns>
    /// <exception cref="ArgumentException">The rule needs more than one date (EHC-XFER-REVIEW, MED-AGREE-APPEALABLE); use the dedicated method.</exception>
    public StatutoryDeadline Compute(StatutoryRule rule, LocalDate trigger, TimescaleOptions? options = null, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        options ??= TimescaleOptions.Default;
        switch (rule.Id)
        {
            case StatutoryRuleIds.TribAppeal:
                return Appeal(trigger, null);
            case StatutoryRuleIds.EhcCease:
                return Cessation(trigger);
            case StatutoryRuleIds.EhcXferReview:
                throw new ArgumentException("EHC-XFER-REVIEW needs the plan date or last review as well; use TransferReview.", nameof(rule));
            case StatutoryRuleIds.MedAgreeAppealable:
                throw new ArgumentException("MED-AGREE-APPEALABLE needs the kind of order; use MediationAgreement.", nameof(rule));
            case StatutoryRuleIds.MedHold:
                return MediationHold(trigger, false, options);
        }

        return Simple(rule, trigger, rule.Period, options, label, null);
    }

    /// <summary>
    /// The deadlines of a new assessment from the date the request was received: EHC-ASSESS-DECISION,
    /// EHC-ASSESS-REFUSAL-NOTICE (6 weeks), EHC-NO-PLAN-DECISION (16 weeks), EHC-DRAFT-LATEST (planning) and
    /// EHC-FINAL-PLAN (20 weeks).
    /// </summary>
    /// <param name="requestReceived">The date the council received the request (day 0 by default).</param>
    /// <param name="options">Options; null for <see cref="TimescaleOptions.Default"/>.</param>
    /// <returns>The deadlines in date order.</returns>
    public IReadOnlyList<StatutoryDeadline> Assessment(LocalDate requestReceived, TimescaleOptions? options = null)
    {
        options ??= TimescaleOptions.Default;
        var final = Compute(StatutoryRules.EhcFinalPlan, requestReceived, options);
        return new[]
        {
            Compute(StatutoryRules.EhcAssessDecision, requestReceived, options),
            Compute(StatutoryRules.EhcAssessRefusalNotice, requestReceived, options),
            Compute(StatutoryRules.EhcNoPlanDecision, requestReceived, options),
            DraftLatest(final),
            final,
        };
    }

    /// <summary>
    /// The review deadlines of a plan: EHC-AR-FIRST from the plan date, and when a meeting date is given the steps
    /// around it (EHC-AR-NOTICE, EHC-AR-ADVICE-CIRC, EHC-AR-REPORT, EHC-AR-DECISION, EHC-AR-12WK-CAP) and EHC-AR-NEXT.
    /// </summary>
    /// <param name="planIssued">The date the final plan was made (issued).</param>
    /// <param name="meeting">The review meeting date, if known.</param>
    /// <param name="decision">The date of the council's post-review decision, used for EHC-AR-NEXT when <see cref="TimescaleOptions.ReviewAnchor"/> says so.</param>
    /// <param name="options">Options; null for <see cref="TimescaleOptions.Default"/>.</param>
    /// <returns>The deadlines in date order.</returns>
    public IReadOnlyList<StatutoryDeadline> Review(LocalDate planIssued, LocalDate? meeting = null, LocalDate? decision = null, TimescaleOptions? options = null)
    {
        options ??= TimescaleOptions.Default;
        var result = new List<StatutoryDeadline> { Compute(StatutoryRules.EhcArFirst, planIssued, options) };
        if (meeting is LocalDate held)
        {
            foreach (var id in new[] { StatutoryRuleIds.EhcArNotice, StatutoryRuleIds.EhcArAdviceCirc, StatutoryRuleIds.EhcArReport, StatutoryRuleIds.EhcArDecision, StatutoryRuleIds.EhcAr12wkCap })
            {
                result.Add(Compute(StatutoryRules.Get(id), held, options));
            }

            var anchor = options.ReviewAnchor == ReviewAnchor.DecisionDate && decision is LocalDate decided ? decided : held;
            result.Add(Compute(StatutoryRules.EhcArNext, anchor, options));
        }

        result.Sort(CompareByDue);
        return result;
    }

    /// <summary>The phase-transfer deadline for a school or post-16 transfer in calendar year <paramref name="year"/> (EHC-PHASE-SCHOOL: 14 Feb; EHC-PHASE-POST16: 30 Mar). The date never moves at a weekend.</summary>
    /// <param name="kind"><see cref="PhaseTransferKind.School"/> or <see cref="PhaseTransferKind.PostSixteen"/>.</param>
    /// <param name="year">The calendar year of transfer.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is <see cref="PhaseTransferKind.BetweenPostSixteen"/>; use <see cref="PostSixteenTransfer"/>.</exception>
    public StatutoryDeadline PhaseTransfer(PhaseTransferKind kind, int year) => kind switch
    {
        PhaseTransferKind.School => Simple(StatutoryRules.EhcPhaseSchool, new LocalDate(year, 2, 15), StatutoryRules.EhcPhaseSchool.Period, TimescaleOptions.Default, null, null),
#pragma warning disable SEND1005 // 31 March is the post-16 transfer date of reg 18(1)(a), not a financial year's end.
        PhaseTransferKind.PostSixteen => Simple(StatutoryRules.EhcPhasePost16, new LocalDate(year, 3, 31), StatutoryRules.EhcPhasePost16.Period, TimescaleOptions.Default, null, null),
#pragma warning restore SEND1005
        _ => throw new ArgumentException("A move between post-16 institutions needs its transfer date; use PostSixteenTransfer.", nameof(kind)),
    };

    /// <summary>EHC-PHASE-P16-P16: the latest review date for a move between post-16 institutions (transfer date − 5 months, clamped).</summary>
    /// <param name="transferDate">The proposed transfer date.</param>
    /// <returns>The deadline.</returns>
    public StatutoryDeadline PostSixteenTransfer(LocalDate transferDate) => Compute(StatutoryRules.EhcPhaseP16P16, transferDate);

    /// <summary>
    /// TRIB-APPEAL: the later of the decision notice + 2 months and the mediation certificate + 1 month, rolled off
    /// 25 Dec–1 Jan and August and then off any other non-working day (HESC Rules r.20(1)(c)).
    /// </summary>
    /// <param name="decisionNoticeSent">The date the decision notice was sent.</param>
    /// <param name="certificateIssued">The date a mediation certificate was issued, if any.</param>
    /// <returns>The deadline; <see cref="StatutoryDeadline.RollReason"/> says whether and why it rolled.</returns>
    public StatutoryDeadline Appeal(LocalDate decisionNoticeSent, LocalDate? certificateIssued = null)
    {
        var rule = StatutoryRules.TribAppeal;
        var fromNotice = decisionNoticeSent.PlusMonths(2);
        var flags = fromNotice.Day != decisionNoticeSent.Day ? DeadlineFlags.ClampedToMonthEnd : DeadlineFlags.None;
        var arithmetic = $"decision notice sent {Iso.Format(decisionNoticeSent)} + 2 months = {Iso.Format(fromNotice)}";
        var latest = fromNotice;
        var trigger = decisionNoticeSent;
        if (certificateIssued is LocalDate certificate)
        {
            var fromCertificate = certificate.PlusMonths(1);
            arithmetic += $"; mediation certificate issued {Iso.Format(certificate)} + 1 month = {Iso.Format(fromCertificate)}";
            if (fromCertificate > latest)
            {
                latest = fromCertificate;
                trigger = certificate;
                flags = fromCertificate.Day != certificate.Day ? DeadlineFlags.ClampedToMonthEnd : DeadlineFlags.None;
            }

            arithmetic += $"; the later is {Iso.Format(latest)}";
        }

        var due = latest;
        string? reason = null;
        if ((due.Month == 12 && due.Day >= 25) || (due.Month == 1 && due.Day == 1))
        {
            var newYear = due.Month == 12 ? new LocalDate(due.Year + 1, 1, 1) : due;
            due = workingDays.NextWorkingDayAfter(newYear);
            reason = $"{Iso.Format(latest)} falls between 25 Dec and 1 Jan, so the time limit moves to the first working day after 1 Jan";
        }
        else if (due.Month == 8)
        {
            due = workingDays.NextWorkingDayAfter(AcademicYear.ForDate(due).End);
            reason = $"{Iso.Format(latest)} falls in August, so the time limit moves to the first working day after 31 Aug";
        }
        else if (!workingDays.IsWorkingDay(due))
        {
            due = workingDays.NextWorkingDayAfter(due);
            reason = $"{Iso.Format(latest)} is a weekend or bank holiday, so the time limit moves to the next working day";
        }

        if (reason is not null)
        {
            flags |= DeadlineFlags.Rolled;
            arithmetic += $"; rolled to {Iso.Format(due)}";
        }

        return Finish(rule, trigger, arithmetic, due, flags, reason, null);
    }

    /// <summary>EHC-CEASE: no fixed limit; the date given is the TRIB-APPEAL date until which the plan stays in force (absent an appeal).</summary>
    /// <param name="notice">The date notice of the decision to cease was sent.</param>
    /// <returns>The information deadline.</returns>
    public StatutoryDeadline Cessation(LocalDate notice)
    {
        var appeal = Appeal(notice, null);
        var arithmetic = "notice of the decision to cease sent " + Iso.Format(notice) + "; no fixed limit; the plan stays in force until the appeal period ends (TRIB-APPEAL " + Iso.Format(appeal.Due) + ") or any appeal is decided";
        return Finish(StatutoryRules.EhcCease, notice, arithmetic, appeal.Due, DeadlineFlags.None, null, null);
    }

    /// <summary>MED-HOLD: mediation within 30 days of the notification; 30 working days for a health-only mediation when <see cref="TimescaleOptions.HealthOnlyMediation"/> says so.</summary>
    /// <param name="notified">The date the council (or commissioning body) was notified that mediation is wanted.</param>
    /// <param name="healthOnly">Whether the mediation is about health care only.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The deadline.</returns>
    public StatutoryDeadline MediationHold(LocalDate notified, bool healthOnly, TimescaleOptions? options = null)
    {
        options ??= TimescaleOptions.Default;
        var rule = StatutoryRules.MedHold;
        var period = healthOnly && options.HealthOnlyMediation == MediationDayCount.WorkingDays
            ? new StatutoryPeriod(30, PeriodUnit.WorkingDays, PeriodDirection.After)
            : rule.Period;
        return Simple(rule, notified, period, options, healthOnly ? "health only" : null, null);
    }

    /// <summary>EHC-XFER-SEND: the old council transfers the plan on the move day, or, when it learned of the move less than 15 working days before, by the end of 15 working days beginning with the day it learned.</summary>
    /// <param name="moveDate">The day of the move.</param>
    /// <param name="learnedOn">The day the old council learned of the move.</param>
    /// <returns>The deadline.</returns>
    public StatutoryDeadline TransferSend(LocalDate moveDate, LocalDate learnedOn)
    {
        var rule = StatutoryRules.EhcXferSend;
        var fifteenth = workingDays.LastDayOfWorkingDaysBeginningWith(learnedOn, 15);
        if (fifteenth < moveDate)
        {
            return Finish(rule, moveDate, $"learned of the move {Iso.Format(learnedOn)}, at least 15 working days before the move; due on the move day {Iso.Format(moveDate)}", moveDate, DeadlineFlags.None, null, null);
        }

        return Finish(rule, learnedOn, $"15 working days beginning with the day the old council learned of the move, {Iso.Format(learnedOn)} (counted as day 1 when it is a working day), end on {Iso.Format(fifteenth)} (the move is {Iso.Format(moveDate)})", fifteenth, DeadlineFlags.None, null, null);
    }

    /// <summary>EHC-XFER-REVIEW: the later of the end of the 12-month review period and the end of the 3-month period beginning with the transfer.</summary>
    /// <param name="planOrLastReview">The plan date or last review.</param>
    /// <param name="transferDate">The date of transfer.</param>
    /// <returns>The deadline.</returns>
    public StatutoryDeadline TransferReview(LocalDate planOrLastReview, LocalDate transferDate)
    {
        var rule = StatutoryRules.EhcXferReview;
        var twelve = new StatutoryPeriod(12, PeriodUnit.Months, PeriodDirection.BeginningWith).Apply(planOrLastReview, workingDays, out var clampedTwelve);
        var three = rule.Period.Apply(transferDate, workingDays, out var clampedThree);
        var due = twelve > three ? twelve : three;
        var flags = (twelve > three ? clampedTwelve : clampedThree) ? DeadlineFlags.ClampedToMonthEnd : DeadlineFlags.None;
        var arithmetic = $"12 months beginning with {Iso.Format(planOrLastReview)} end {Iso.Format(twelve)}; 3 months beginning with the transfer {Iso.Format(transferDate)} end {Iso.Format(three)}; the later is {Iso.Format(due)}";
        return Finish(rule, transferDate, arithmetic, due, flags, null, null);
    }

    /// <summary>The deadlines of a Tribunal order (TRIB-ORDER-*), from the order date or, by option, the date it was sent.</summary>
    /// <param name="kind">What the order requires.</param>
    /// <param name="made">The date the order was made.</param>
    /// <param name="sent">The date the order was sent, if known.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The deadlines.</returns>
    public IReadOnlyList<StatutoryDeadline> TribunalOrder(TribunalOrderKind kind, LocalDate made, LocalDate? sent = null, TimescaleOptions? options = null)
    {
        options ??= TimescaleOptions.Default;
        var fromSent = options.TribunalOrderClock == TribunalOrderClock.OrderSent && sent is LocalDate;
        var trigger = fromSent ? sent!.Value : made;
        var clock = fromSent
            ? $"Tribunal order sent (the order was made {Iso.Format(made)}; option: clock from the date sent)"
            : options.TribunalOrderClock == TribunalOrderClock.OrderSent
                ? "Tribunal order made (the date it was sent is not recorded, so the clock runs from the order date)"
                : "Tribunal order made (the default; HMCTS counts from the date it sends the order" + (sent is LocalDate s ? ", " + Iso.Format(s) : string.Empty) + ")";
        var result = new List<StatutoryDeadline>();
        foreach (var id in OrderRuleIds(kind))
        {
            var rule = StatutoryRules.Get(id);
            result.Add(Simple(rule, trigger, rule.Period, options, null, clock));
        }

        return result;
    }

    /// <summary>The deadlines after the council tells the Tribunal it will not oppose an appeal (TRIB-UNOPP-*; reg 45).</summary>
    /// <param name="kind">The kind of appeal.</param>
    /// <param name="notice">The date of the council's notice to the Tribunal.</param>
    /// <returns>The deadlines.</returns>
    public IReadOnlyList<StatutoryDeadline> Unopposed(UnopposedAppealKind kind, LocalDate notice)
    {
        var result = new List<StatutoryDeadline>();
        foreach (var id in UnopposedRuleIds(kind))
        {
            result.Add(Compute(StatutoryRules.Get(id), notice));
        }

        return result;
    }

    /// <summary>
    /// The deadlines of a mediation agreement: for an appealable matter (MED-AGREE-APPEALABLE) the reg 44 limits of the
    /// matching order; otherwise MED-AGREE-OTHER (2 weeks) and MED-AGREE-NOTIFY-LA (1 week).
    /// </summary>
    /// <param name="agreed">The date of the written agreement.</param>
    /// <param name="appealableAs">The order the agreement is treated as, for an appealable matter; null otherwise.</param>
    /// <returns>The deadlines.</returns>
    public IReadOnlyList<StatutoryDeadline> MediationAgreement(LocalDate agreed, TribunalOrderKind? appealableAs = null)
    {
        var result = new List<StatutoryDeadline>();
        if (appealableAs is TribunalOrderKind kind)
        {
            var rule = StatutoryRules.MedAgreeAppealable;
            foreach (var id in OrderRuleIds(kind))
            {
                var asOrder = StatutoryRules.Get(id);
                result.Add(Simple(rule, agreed, asOrder.Period, TimescaleOptions.Default, "as " + id, null));
            }
        }
        else
        {
            result.Add(Compute(StatutoryRules.MedAgreeOther, agreed));
            result.Add(Compute(StatutoryRules.MedAgreeNotifyLa, agreed));
        }

        return result;
    }

    /// <summary>EHC-REASSESS-REFUSAL-WINDOW: the look-back date (request − 6 months) on or after which an earlier assessment allows the council to refuse.</summary>
    /// <param name="request">The date the reassessment request was received.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>An information deadline whose <see cref="StatutoryDeadline.Due"/> is the first day inside the look-back.</returns>
    public StatutoryDeadline ReassessmentLookBack(LocalDate request, TimescaleOptions? options = null)
    {
        options ??= TimescaleOptions.Default;
        var rule = StatutoryRules.EhcReassessRefusalWindow;
        var boundary = request.PlusMonths(-6);
        var first = options.ReassessmentLookBackIncludesBoundary ? boundary : boundary.PlusDays(1);
        var flags = boundary.Day != request.Day ? DeadlineFlags.ClampedToMonthEnd : DeadlineFlags.None;
        var arithmetic = $"request {Iso.Format(request)} - 6 months = {Iso.Format(boundary)}; an assessment on or after {Iso.Format(first)} allows a refusal ([U] boundary: {(options.ReassessmentLookBackIncludesBoundary ? "inclusive" : "exclusive")})";
        return Finish(rule, request, arithmetic, first, flags, null, null);
    }

    /// <summary>Evaluates every deadline of <paramref name="ehcCase"/> as at <paramref name="asAt"/>. Events after <paramref name="asAt"/> are ignored.</summary>
    /// <param name="ehcCase">The case; validate it first with <see cref="CaseValidator"/>.</param>
    /// <param name="asAt">The date to evaluate at.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The timeline.</returns>
    public CaseTimeline Evaluate(EhcCase ehcCase, LocalDate asAt, TimescaleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ehcCase);
        options ??= TimescaleOptions.Default;
        var deadlines = new CaseEvaluator(this, ehcCase, asAt, options).Run();
        return new CaseTimeline(ehcCase.Id, asAt, deadlines, options);
    }

    /// <summary>Evaluates every deadline of <paramref name="ehcCase"/> as at today in Europe/London according to <paramref name="clock"/>.</summary>
    /// <param name="ehcCase">The case.</param>
    /// <param name="clock">The clock (use <c>SystemClock.Instance</c> only at the composition root).</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The timeline.</returns>
    public CaseTimeline Evaluate(EhcCase ehcCase, IClock clock, TimescaleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Evaluate(ehcCase, LondonToday(clock), options);
    }

    /// <summary>Today's date in Europe/London according to <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The date.</returns>
    public static LocalDate LondonToday(IClock clock) => LondonTime.Today(clock);

    internal static IEnumerable<string> OrderRuleIds(TribunalOrderKind kind) => kind switch
    {
        TribunalOrderKind.Assess => new[] { StatutoryRuleIds.TribOrderAssessNotify, StatutoryRuleIds.TribOrderAssessNoplan, StatutoryRuleIds.TribOrderAssessFinal },
        TribunalOrderKind.MakePlan => new[] { StatutoryRuleIds.TribOrderPlanDraft, StatutoryRuleIds.TribOrderPlanFinal },
        TribunalOrderKind.Amend => new[] { StatutoryRuleIds.TribOrderAmend },
        TribunalOrderKind.School => new[] { StatutoryRuleIds.TribOrderSchool },
        TribunalOrderKind.Continue => new[] { StatutoryRuleIds.TribOrderContinue },
        TribunalOrderKind.ContinueAndAmend => new[] { StatutoryRuleIds.TribOrderContinue, StatutoryRuleIds.TribOrderContinueAmend },
        TribunalOrderKind.Cease => new[] { StatutoryRuleIds.TribOrderCease },
        TribunalOrderKind.Reconsider => new[] { StatutoryRuleIds.TribOrderReconsider },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a Tribunal order kind."),
    };

    internal static IEnumerable<string> UnopposedRuleIds(UnopposedAppealKind kind) => kind switch
    {
        UnopposedAppealKind.Assess => new[] { StatutoryRuleIds.TribUnoppAssess, StatutoryRuleIds.TribUnoppAssessNoplan, StatutoryRuleIds.TribUnoppAssessFinal },
        UnopposedAppealKind.Content => new[] { StatutoryRuleIds.TribUnoppContent },
        UnopposedAppealKind.School => new[] { StatutoryRuleIds.TribUnoppSchool },
        UnopposedAppealKind.Refusal => new[] { StatutoryRuleIds.TribUnoppRefusal, StatutoryRuleIds.TribUnoppRefusalFinal },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an unopposed appeal kind."),
    };

    internal static int CompareByDue(StatutoryDeadline x, StatutoryDeadline y)
    {
        var byDue = x.Due.CompareTo(y.Due);
        return byDue != 0 ? byDue : string.CompareOrdinal(x.RuleId, y.RuleId);
    }

    internal StatutoryDeadline DraftLatest(StatutoryDeadline final)
    {
        var rule = StatutoryRules.EhcDraftLatest;
        var due = final.Due.PlusDays(-15);
        var arithmetic = $"EHC-FINAL-PLAN due {Iso.Format(final.Due)} - 15 days = {Iso.Format(due)} (draft served that day: comments end {Iso.Format(due.PlusDays(14))}, final possible {Iso.Format(final.Due)})";
        return Finish(rule, final.Trigger, arithmetic, due, final.Flags & DeadlineFlags.Day1Reading, null, null);
    }

    internal StatutoryDeadline Simple(StatutoryRule rule, LocalDate trigger, StatutoryPeriod period, TimescaleOptions options, string? label, string? clockText)
    {
        var nominal = period.Apply(trigger, workingDays, out var clamped);
        var due = nominal;
        var flags = clamped ? DeadlineFlags.ClampedToMonthEnd : DeadlineFlags.None;
        var day1 = options.Day1Reading && rule.AffectedByDay1Reading && rule.Convention == CountingConvention.Day0
            && period.Unit is PeriodUnit.Days or PeriodUnit.Weeks;
        if (day1)
        {
            due = due.PlusDays(-1);
            flags |= DeadlineFlags.Day1Reading;
        }

        // The arithmetic text is written when first read: a caseload evaluates many deadlines and explains few.
        var clock = clockText ?? rule.ClockStart;
        string Arithmetic()
        {
            var text = Describe(clock, trigger, period, nominal);
            return day1 ? text + $"; read with the receipt date as day 1 (CNT-DAY1-VARIANT): {Iso.Format(due)}" : text;
        }

        return Finish(rule, trigger, null, Arithmetic, due, flags, null, label);
    }

    private StatutoryDeadline Finish(StatutoryRule rule, LocalDate trigger, string arithmetic, LocalDate due, DeadlineFlags flags, string? rollReason, string? label) =>
        Finish(rule, trigger, arithmetic, null, due, flags, rollReason, label);

    private StatutoryDeadline Finish(StatutoryRule rule, LocalDate trigger, string? arithmetic, Func<string>? describe, LocalDate due, DeadlineFlags flags, string? rollReason, string? label)
    {
        SupportedDates.Check(trigger, nameof(trigger));
        if (workingDays.IsProjected(trigger) || workingDays.IsProjected(due))
        {
            flags |= DeadlineFlags.ProjectedBankHolidays;
        }

        if (!workingDays.IsWorkingDay(due))
        {
            flags |= DeadlineFlags.FallsOnNonWorkingDay;
        }

        return new StatutoryDeadline(rule, trigger, arithmetic, describe, due, flags, rollReason, label);
    }

    private static string Describe(string clock, LocalDate trigger, StatutoryPeriod period, LocalDate due)
    {
        if (period.IsNone)
        {
            return $"{clock} {Iso.Format(trigger)}; no fixed period";
        }

        if (period.Amount == 0)
        {
            return $"{clock} {Iso.Format(trigger)}; immediately = {Iso.Format(due)}";
        }

        var quantity = period.Quantity();
        if (period.Unit == PeriodUnit.Weeks)
        {
            quantity += " (" + (7 * period.Amount).ToString(CultureInfo.InvariantCulture) + " days)";
        }

        return period.Direction switch
        {
            PeriodDirection.BeginningWith => $"{clock} {Iso.Format(trigger)} is day 1 of {quantity}; the period ends {Iso.Format(due)}",
            PeriodDirection.Before => $"{clock} {Iso.Format(trigger)} - {quantity} = {Iso.Format(due)} (last compliant day)",
            _ => $"{clock} {Iso.Format(trigger)} + {quantity} = {Iso.Format(due)}",
        };
    }
}
