using System;
using System.Collections.Generic;
using static Send.Domain.Statutory.SourceMarkers;

namespace Send.Domain.Statutory;

/// <summary>
/// The rule catalogue: every time limit of the statutory reference (<c>docs/statutory-timescales.md</c>, sections
/// 2 to 7), one <see cref="StatutoryRule"/> per id.
/// </summary>
/// <remarks>
/// Where the reference gives one id several limbs, the extra limbs get their own ids with a suffix
/// (<c>TRIB-UNOPP-ASSESS-NOPLAN</c>, <c>TRIB-UNOPP-ASSESS-FINAL</c>, <c>TRIB-UNOPP-REFUSAL-FINAL</c>,
/// <c>TRIB-ORDER-CONTINUE-AMEND</c>) so that each deadline names exactly one period.
/// </remarks>
public static class StatutoryRules
{
    private const string Regs = "SEND Regulations 2014, ";

    private static readonly StatutoryExceptionKind[] Reg10Exceptions =
    {
        StatutoryExceptionKind.ClosureSchool, StatutoryExceptionKind.ClosureEarlyYears, StatutoryExceptionKind.Personal,
        StatutoryExceptionKind.Absence, StatutoryExceptionKind.Covid2020,
    };

    private static readonly StatutoryExceptionKind[] AdviceExceptions =
    {
        StatutoryExceptionKind.AdvicePersonal, StatutoryExceptionKind.AdviceAbsence,
        StatutoryExceptionKind.AdviceAppointment, StatutoryExceptionKind.Covid2020,
    };

    private static readonly StatutoryExceptionKind[] OrderExceptions = { StatutoryExceptionKind.Order, StatutoryExceptionKind.Covid2020 };

    private static readonly StatutoryExceptionKind[] CovidOnly = { StatutoryExceptionKind.Covid2020 };

    private static readonly StatutoryRule[] Rules = Build();

    private static readonly Dictionary<string, StatutoryRule> ById = Index(Rules);

    /// <summary>Every rule, in reference order.</summary>
    public static IReadOnlyList<StatutoryRule> All => Rules;

    /// <summary>Gets a rule by id (case-sensitive, for example <c>EHC-FINAL-PLAN</c>).</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No rule has that id; the message lists where to find the ids.</exception>
    public static StatutoryRule Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ById.TryGetValue(id, out var rule)
            ? rule
            : throw new KeyNotFoundException($"'{id}' is not a statutory rule id; see StatutoryRules.All or docs/statutory-timescales.md.");
    }

    /// <summary>Finds a rule by id.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="rule">The rule, when found.</param>
    /// <returns>Whether the id is known.</returns>
    public static bool TryGet(string? id, out StatutoryRule rule)
    {
        if (id is not null && ById.TryGetValue(id, out var found))
        {
            rule = found;
            return true;
        }

        rule = null!;
        return false;
    }

    private static Dictionary<string, StatutoryRule> Index(StatutoryRule[] rules)
    {
        var index = new Dictionary<string, StatutoryRule>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            index.Add(rule.Id, rule);
        }

        return index;
    }

    private static LegalCitation Cite(string text, SourceMarkers markers) => new(text, markers);

    private static StatutoryRule[] Build()
    {
        var weeks = (Func<int, StatutoryPeriod>)StatutoryPeriod.WeeksAfter;
        var workingDays3 = new StatutoryPeriod(3, PeriodUnit.WorkingDays, PeriodDirection.After);
        var immediately = StatutoryPeriod.DaysAfter(0);
        const string request = "request received";
        const string order = "Tribunal order made (or sent, by option)";
        const string unopposed = "council's notice to the Tribunal that it will not oppose the appeal";

        return new[]
        {
            // Section 2: new assessment and first plan.
            new StatutoryRule("EHC-ASSESS-DECISION", "Tell the parent or young person (and those notified under reg 4(2)) whether an EHC needs assessment will be carried out.", Cite(Regs + "reg 5(1)-(2)", Confirmed), request, weeks(6), CountingConvention.Day0, Reg10Exceptions, affectedByDay1Reading: true, notes: "Exceptions under reg 5(4)."),
            new StatutoryRule("EHC-ASSESS-REFUSAL-NOTICE", "A refusal notice also states the appeal right and time limit, the reg 32 mediation information and where to find disagreement resolution and advice.", Cite(Regs + "reg 5(3)", Confirmed), request, weeks(6), CountingConvention.Day0, Reg10Exceptions, affectedByDay1Reading: true, notes: "Same deadline as EHC-ASSESS-DECISION."),
            new StatutoryRule("EHC-ADVICE-RESPONSE", "The body asked to co-operate (health, social care, education) provides the requested advice and information.", Cite(Regs + "reg 8(1)", Secondary), "the body receives the council's request for advice (CFA 2014 s.31)", weeks(6), CountingConvention.Day0, AdviceExceptions, notes: "School or setting closure is not an exception here (CoP 9.42)."),
            new StatutoryRule("EHC-NO-PLAN-DECISION", "If no plan is needed after the assessment, notify the parent or young person with reasons, appeal and mediation information, and tell the commissioning body.", Cite(Regs + "reg 10(1)-(3)", Confirmed), request, weeks(16), CountingConvention.Day0, Reg10Exceptions, affectedByDay1Reading: true, notes: "Exceptions under reg 10(4)(a)-(d)."),
            new StatutoryRule("EHC-DRAFT-COMMENT", "The parent or young person has at least 15 days to comment on the draft plan, ask for a school or institution and ask for a meeting; the final plan cannot be issued before day 16.", Cite(Regs + "reg 13(1)", Confirmed | Derived), "draft plan served (that day is day 1)", new StatutoryPeriod(15, PeriodUnit.Days, PeriodDirection.BeginningWith), CountingConvention.Beginning, StatutoryRule.NoExceptions, DeadlineFlags.MinimumPeriod, notes: "Exceptions never change the 15-day comment period."),
            new StatutoryRule("EHC-DRAFT-LATEST", "Latest service date of the draft plan that still lets the 15 days run out before the 20-week deadline (planning only; the law sets no deadline for the draft).", Cite("Derived from " + Regs + "regs 13(1) and 13(2)", Secondary | Derived), "the EHC-FINAL-PLAN deadline", new StatutoryPeriod(15, PeriodUnit.Days, PeriodDirection.Before), CountingConvention.Before, StatutoryRule.NoExceptions, DeadlineFlags.Planning, affectedByDay1Reading: true, notes: "The draft by week 16 is a common planning target, not law."),
            new StatutoryRule("EHC-SCHOOL-CONSULT", "A requested school or college should reply to the council's consultation.", Cite("SEND Code of Practice 2015, chapter 9 (paragraph [U])", Secondary | Unconfirmed), "council consults the school or college", StatutoryPeriod.DaysAfter(15), CountingConvention.Day0, StatutoryRule.NoExceptions, DeadlineFlags.Guidance, notes: "The law requires the consultation but gives no fixed period."),
            new StatutoryRule("EHC-FINAL-PLAN", "Send the final EHC plan to the parent or young person, the named institution and the commissioning body.", Cite(Regs + "reg 13(2)", Confirmed), request, weeks(20), CountingConvention.Day0, Reg10Exceptions, affectedByDay1Reading: true, notes: "Reg 13(3) brings in the reg 10(4)(a)-(d) exceptions."),

            // Section 4: reviews and amendments.
            new StatutoryRule("EHC-AR-FIRST", "Review the plan within the 12-month period starting with the date it was made (the last day is the day before the anniversary).", Cite("Children and Families Act 2014, s.44(1)(a); SEND Code of Practice 2015, 9.166-9.169", Secondary), "final plan issued", new StatutoryPeriod(12, PeriodUnit.Months, PeriodDirection.BeginningWith), CountingConvention.Leap, CovidOnly, notes: "Many read the anniversary itself as the limit; that is shown only as information."),
            new StatutoryRule("EHC-AR-NEXT", "Review the plan again within the 12-month period starting with the date it was last reviewed.", Cite("Children and Families Act 2014, s.44(1)(b)", Secondary | Unconfirmed), "plan last reviewed (review meeting by default; the council's decision by option)", new StatutoryPeriod(12, PeriodUnit.Months, PeriodDirection.BeginningWith), CountingConvention.Leap, CovidOnly, notes: "[U] anchor: the meeting date (the earlier, safer date) by default; TimescaleOptions.ReviewAnchor."),
            new StatutoryRule("EHC-AR-NOTICE", "Give everyone who must be invited at least 2 weeks' notice of the review meeting.", Cite(Regs + "regs 20(3), 21(3)", Confirmed), "review meeting date", new StatutoryPeriod(2, PeriodUnit.Weeks, PeriodDirection.Before), CountingConvention.Before, CovidOnly),
            new StatutoryRule("EHC-AR-ADVICE-CIRC", "Circulate the advice and information gathered from the invitees at least 2 weeks before the review meeting.", Cite(Regs + "regs 20(4), 21(4); SEND Code of Practice 2015, 9.176", Confirmed | Secondary), "review meeting date", new StatutoryPeriod(2, PeriodUnit.Weeks, PeriodDirection.Before), CountingConvention.Before, CovidOnly),
            new StatutoryRule("EHC-AR-REPORT", "Send the review report with recommended amendments to the invitees (the school, or the council when the child is not in an institution).", Cite(Regs + "reg 20 [S], reg 21(7) [C]", Confirmed | Secondary), "review meeting date", weeks(2), CountingConvention.Day0, CovidOnly),
            new StatutoryRule("EHC-AR-DECISION", "Decide to keep, amend or cease the plan and notify the family and the institution; proposed amendments go out with this notice.", Cite(Regs + "reg 20 (paragraph [U]) / reg 21; R (L, M, P) v Devon CC [2022] EWHC 493 (Admin)", Secondary | Unconfirmed), "review meeting date", weeks(4), CountingConvention.Day0, CovidOnly, notes: "The Code also wants this inside the 12-month review period."),
            new StatutoryRule("EHC-AR-AMEND-COMMENT", "The parent or young person has at least 15 days to make representations on proposed amendments, ask for a school and ask for a meeting.", Cite(Regs + "reg 22(2)(c)", Confirmed), "proposed amendments served (that day is day 1)", new StatutoryPeriod(15, PeriodUnit.Days, PeriodDirection.BeginningWith), CountingConvention.Beginning, StatutoryRule.NoExceptions, DeadlineFlags.MinimumPeriod),
            new StatutoryRule("EHC-AR-AMEND-FINAL", "Issue the final amended plan.", Cite(Regs + "reg 22(3)", Confirmed), "council sent the plan and amendment notice", weeks(8), CountingConvention.Day0, CovidOnly),
            new StatutoryRule("EHC-AR-NOT-AMEND", "If the council drops the amendments after representations, notify the family with reasons.", Cite(Regs + "reg 22(4)", Confirmed | Secondary), "council sent the plan and amendment notice", weeks(8), CountingConvention.Day0, CovidOnly, notes: "The text we read was cut off."),
            new StatutoryRule("EHC-AR-12WK-CAP", "Breach check: the amended plan is final within 12 weeks of the review meeting (4 weeks to decide, with amendments, plus 8 weeks).", Cite("R (L, M, P) v Devon CC [2022] EWHC 493 (Admin); " + Regs + "regs 20-22", Secondary), "review meeting date", weeks(12), CountingConvention.Day0, CovidOnly),
            new StatutoryRule("EHC-AR-UNDER5", "Consider an interim review of the plan of a child under 5 every 3 to 6 months (guidance; no statutory invitation or advice rules).", Cite("SEND Code of Practice 2015, 9.178", Secondary), "plan issued or last review", StatutoryPeriod.MonthsAfter(6), CountingConvention.Months, StatutoryRule.NoExceptions, DeadlineFlags.Recommended, notes: "Shown as recommended, never overdue; 3 months is the earliest suggested interval."),
            new StatutoryRule("EHC-PHASE-SCHOOL", "Review and, where necessary, amend the plan (naming the school or type) before a school phase transfer; the last compliant day is 14 February.", Cite(Regs + "reg 18(1)(b) and reg 2", Confirmed), "15 February of the calendar year of transfer", new StatutoryPeriod(1, PeriodUnit.Days, PeriodDirection.Before), CountingConvention.Before, CovidOnly, notes: "The date does not move when 15 February is at a weekend. Phases: early years to school, infant to junior, primary to middle, primary to secondary, middle to secondary."),
            new StatutoryRule("EHC-PHASE-POST16", "Review and, where necessary, amend the plan before a move from secondary school to a post-16 institution; the last compliant day is 30 March.", Cite(Regs + "reg 18(1)(a)", Confirmed), "31 March of the calendar year of transfer", new StatutoryPeriod(1, PeriodUnit.Days, PeriodDirection.Before), CountingConvention.Before, CovidOnly),
            new StatutoryRule("EHC-PHASE-P16-P16", "Review and amend the plan at least 5 months before a move between post-16 institutions at another time.", Cite(Regs + "reg 18(2)", Confirmed), "proposed transfer date", new StatutoryPeriod(5, PeriodUnit.Months, PeriodDirection.Before), CountingConvention.Months, CovidOnly, notes: "Latest date = transfer date - 5 months, clamped to the month end."),

            // Section 5: transfer between councils, reassessment, ceasing.
            new StatutoryRule("EHC-XFER-SEND", "The old council transfers the plan on the move day, or within 15 working days beginning with the day it learns of the move when it did not know at least 15 working days before.", Cite(Regs + "reg 15(2)", Confirmed), "the move, or the day the old council learns of it", new StatutoryPeriod(15, PeriodUnit.WorkingDays, PeriodDirection.BeginningWith), CountingConvention.WorkDay, CovidOnly),
            new StatutoryRule("EHC-XFER-NOTIFY", "The new council tells the family the plan has transferred, whether it will assess, and when it will review.", Cite(Regs + "reg 15(4)", Confirmed), "date of transfer", weeks(6), CountingConvention.Day0, CovidOnly),
            new StatutoryRule("EHC-XFER-REVIEW", "The new council reviews the plan by the later of the end of the 12-month review period and the end of the 3-month period starting with the transfer.", Cite(Regs + "reg 15(3),(5)", Confirmed | Secondary), "date of transfer (and the plan date or last review)", new StatutoryPeriod(3, PeriodUnit.Months, PeriodDirection.BeginningWith), CountingConvention.Beginning, CovidOnly, notes: "Limb (a) [C]; the 3-month limb [S]."),
            new StatutoryRule("EHC-REASSESS-REFUSAL-WINDOW", "The council may refuse a reassessment request if it assessed or reassessed within the 6 months before the request (or if reassessment is not necessary).", Cite("Children and Families Act 2014, s.44(2); " + Regs + "reg 24", Secondary | Unconfirmed), "request for reassessment received", new StatutoryPeriod(6, PeriodUnit.Months, PeriodDirection.Before), CountingConvention.Months, StatutoryRule.NoExceptions, notes: "[U] boundary day: by default an assessment on the look-back date itself counts as within the 6 months (TimescaleOptions.ReassessmentLookBackIncludesBoundary)."),
            new StatutoryRule("EHC-REASSESS-DECISION", "Tell the family whether the council will reassess, with appeal information if it refuses.", Cite(Regs + "reg 25", Secondary), "reassessment request received", StatutoryPeriod.DaysAfter(15), CountingConvention.Day0, CovidOnly),
            new StatutoryRule("EHC-REASSESS-FINAL", "Finalise and send the amended or replacement plan after a reassessment.", Cite(Regs + "reg 27(2)", Confirmed), "the reg 25 notice, or the council's own decision to reassess", weeks(14), CountingConvention.Day0, Reg10Exceptions, notes: "Reg 27(3) repeats the four reg 10(4) exceptions."),
            new StatutoryRule("EHC-CEASE", "Tell and consult the family and the institution before deciding to cease; the plan stays in force until the appeal period ends or any appeal is decided.", Cite(Regs + "reg 31 [C]; Children and Families Act 2014, s.45 (subsection [U]) [S]", Confirmed | Secondary | Unconfirmed), "notice of a decision to cease", default, CountingConvention.Input, StatutoryRule.NoExceptions, DeadlineFlags.NoFixedLimit, notes: "No fixed limit. The date shown is the TRIB-APPEAL date until which the plan stays in force."),

            // Section 6: mediation and appeal.
            new StatutoryRule("MED-CONTACT", "The parent or young person contacts the mediation adviser and says whether they want mediation (not needed for an appeal only about the institution named).", Cite(Regs + "reg 33; Children and Families Act 2014, s.55", Confirmed | Secondary), "written notice of the appealable decision sent", StatutoryPeriod.MonthsAfter(2), CountingConvention.Months, StatutoryRule.NoExceptions),
            new StatutoryRule("MED-CERT-DECLINED", "The mediation adviser issues the certificate when told mediation is not wanted.", Cite(Regs + "reg 34", Secondary), "adviser told mediation is not wanted", workingDays3, CountingConvention.WorkDay, StatutoryRule.NoExceptions),
            new StatutoryRule("MED-HEALTH-NOTIFY", "The council tells each commissioning body the mediation issues when they include health care.", Cite(Regs + "regs 35-36 (numbers [U])", Secondary | Unconfirmed), "council told the issues include health care", workingDays3, CountingConvention.WorkDay, StatutoryRule.NoExceptions),
            new StatutoryRule("MED-HOLD", "Mediation takes place.", Cite(Regs + "regs 36-37", Secondary | Unconfirmed), "council (or commissioning body, if health only) notified that mediation is wanted", StatutoryPeriod.DaysAfter(30), CountingConvention.Day0, StatutoryRule.NoExceptions, notes: "[U] one source says 30 working days for health-only cases; calendar days by default (TimescaleOptions.HealthOnlyMediation)."),
            new StatutoryRule("MED-CERT-NOT-HELD", "The mediation adviser issues a certificate when the council says mediation cannot happen within 30 days.", Cite("SEND Regulations 2014 (mediation, regs 32-42)", Secondary), "council tells the adviser mediation cannot be held within 30 days", workingDays3, CountingConvention.WorkDay, StatutoryRule.NoExceptions),
            new StatutoryRule("MED-CERT-CONCLUDED", "The mediator issues the certificate when mediation ends.", Cite("SEND Regulations 2014 (mediation, regs 32-42)", Secondary), "mediation ends", workingDays3, CountingConvention.WorkDay, StatutoryRule.NoExceptions),
            new StatutoryRule("MED-AGREE-APPEALABLE", "A mediation agreement about an appealable matter is carried out within the reg 44 limits, as if it were a Tribunal order.", Cite(Regs + "reg 42(2)", Confirmed), "date of the written mediation agreement", default, CountingConvention.Day0, OrderExceptions, notes: "The period is that of the matching TRIB-ORDER-* rule; parties may agree different timescales (reg 42(5))."),
            new StatutoryRule("MED-AGREE-OTHER", "The council or commissioning body does the agreed non-appealable action.", Cite(Regs + "reg 42(3)", Confirmed), "date of the mediation agreement", weeks(2), CountingConvention.Day0, CovidOnly),
            new StatutoryRule("MED-AGREE-NOTIFY-LA", "A commissioning body tells the council of a mediation agreement when the council was not a party.", Cite(Regs + "reg 42(4)", Confirmed), "date of the mediation agreement", weeks(1), CountingConvention.Day0, CovidOnly),
            new StatutoryRule("TRIB-APPEAL", "The appeal must reach the SEND Tribunal by the later of 2 months after the decision notice was sent and 1 month after the mediation certificate was issued.", Cite("Tribunal Procedure (First-tier Tribunal) (HESC Chamber) Rules 2008, r.20(1)(c) [C]; Christmas and August rule (IPSEA) [S]; non-working-day roll (Upper Tribunal r.12(2); HESC r.12 assumed to match) [U]", Confirmed | Secondary | Unconfirmed), "decision notice sent; mediation certificate issued", StatutoryPeriod.MonthsAfter(2), CountingConvention.Months, StatutoryRule.NoExceptions, mayRollOffNonWorkingDay: true, notes: "25 Dec-1 Jan moves to the first working day after 1 Jan; August moves to the first working day after 31 Aug; any other non-working day moves to the next working day."),

            // Section 7: Tribunal orders and unopposed appeals.
            new StatutoryRule("TRIB-ORDER-ASSESS-NOTIFY", "After an order to assess or reassess, tell the family the assessment will go ahead.", Cite(Regs + "reg 44(2)(b) [S]; HMCTS SEND18 [C]", Confirmed | Secondary), order, weeks(2), CountingConvention.Day0, OrderExceptions),
            new StatutoryRule("TRIB-ORDER-ASSESS-NOPLAN", "After an order to assess or reassess, notify a decision that no plan is needed.", Cite(Regs + "reg 44(2)(b)(i)", Secondary), order, weeks(10), CountingConvention.Day0, OrderExceptions),
            new StatutoryRule("TRIB-ORDER-ASSESS-FINAL", "After an order to assess or reassess, issue the final plan.", Cite(Regs + "reg 44(2)(b)(ii)", Secondary), order, weeks(14), CountingConvention.Day0, OrderExceptions),
            new StatutoryRule("TRIB-ORDER-PLAN-DRAFT", "After an order to make and maintain a plan, issue the draft plan.", Cite(Regs + "reg 44(2)(c)(i) [S]; HMCTS SEND18 [C]", Confirmed | Secondary), order, weeks(5), CountingConvention.Day0, OrderExceptions),
            new StatutoryRule("TRIB-ORDER-PLAN-FINAL", "After an order to make and maintain a plan, issue the final plan.", Cite(Regs + "reg 44(2)(c)(ii)", Secondary), order, weeks(11), CountingConvention.Day0, OrderExceptions),
            new StatutoryRule("TRIB-ORDER-AMEND", "After an order to amend the plan's content, issue the amended plan.", Cite("HMCTS SEND18", Confirmed), order, weeks(5), CountingConvention.Day0, OrderExceptions),
            new StatutoryRule("TRIB-ORDER-SCHOOL", "After an order to change the school or institution named, issue the amended plan.", Cite("HMCTS SEND18", Confirmed), order, weeks(2), CountingConvention.Day0, OrderExceptions),
            new StatutoryRule("TRIB-ORDER-CONTINUE", "After an order to continue to maintain the plan, continue immediately.", Cite("HMCTS SEND18", Confirmed), order, immediately, CountingConvention.Day0, OrderExceptions),
            new StatutoryRule("TRIB-ORDER-CONTINUE-AMEND", "After an order to continue and amend the plan, issue the amended plan.", Cite("HMCTS SEND18 (the 5 weeks [U])", Confirmed | Unconfirmed), order, weeks(5), CountingConvention.Day0, OrderExceptions),
            new StatutoryRule("TRIB-ORDER-CEASE", "When an appeal against ceasing is dismissed, cease the plan immediately.", Cite(Regs + "reg 44(2)(a)", Secondary), order, immediately, CountingConvention.Day0, OrderExceptions),
            new StatutoryRule("TRIB-ORDER-RECONSIDER", "When the Tribunal sends the case back to the council to reconsider, reconsider.", Cite(Regs + "reg 44 (period [U])", Unconfirmed), order, weeks(2), CountingConvention.Day0, OrderExceptions, notes: "[U] the 2 weeks are unconfirmed."),
            new StatutoryRule("TRIB-UNOPP-ASSESS", "After telling the Tribunal it will not oppose an appeal against a refusal to assess or reassess, tell the family the assessment will go ahead.", Cite(Regs + "reg 45(3)-(3A) as substituted by SI 2015/359", Confirmed), unopposed, weeks(2), CountingConvention.Day0, OrderExceptions),
            new StatutoryRule("TRIB-UNOPP-ASSESS-NOPLAN", "Unopposed assessment appeal: notify a decision that no plan is needed.", Cite(Regs + "reg 45(3)-(3A) as substituted by SI 2015/359", Confirmed), unopposed, weeks(10), CountingConvention.Day0, OrderExceptions, notes: "Second limb of TRIB-UNOPP-ASSESS."),
            new StatutoryRule("TRIB-UNOPP-ASSESS-FINAL", "Unopposed assessment appeal: issue the final plan.", Cite(Regs + "reg 45(3)-(3A) as substituted by SI 2015/359", Confirmed), unopposed, weeks(14), CountingConvention.Day0, OrderExceptions, notes: "Third limb of TRIB-UNOPP-ASSESS."),
            new StatutoryRule("TRIB-UNOPP-CONTENT", "Unopposed content or ceasing appeal: issue the amended plan.", Cite(Regs + "reg 45(4)", Confirmed), unopposed, weeks(5), CountingConvention.Day0, OrderExceptions),
            new StatutoryRule("TRIB-UNOPP-SCHOOL", "Unopposed school-only appeal: issue the amended plan naming the school or institution.", Cite(Regs + "reg 45", Secondary), unopposed, weeks(2), CountingConvention.Day0, OrderExceptions),
            new StatutoryRule("TRIB-UNOPP-REFUSAL", "Unopposed appeal against a refusal to make a plan: issue the draft plan.", Cite(Regs + "reg 45", Secondary), unopposed, weeks(5), CountingConvention.Day0, OrderExceptions),
            new StatutoryRule("TRIB-UNOPP-REFUSAL-FINAL", "Unopposed appeal against a refusal to make a plan: issue the final plan.", Cite(Regs + "reg 45", Secondary), unopposed, weeks(11), CountingConvention.Day0, OrderExceptions, notes: "Second limb of TRIB-UNOPP-REFUSAL."),
        };
    }

    // Typed accessors, one per rule id (see StatutoryRuleIds).

    /// <summary>The rule <c>EHC-ASSESS-DECISION</c> (<see cref="StatutoryRuleIds.EhcAssessDecision"/>).</summary>
    public static StatutoryRule EhcAssessDecision => Get(StatutoryRuleIds.EhcAssessDecision);

    /// <summary>The rule <c>EHC-ASSESS-REFUSAL-NOTICE</c> (<see cref="StatutoryRuleIds.EhcAssessRefusalNotice"/>).</summary>
    public static StatutoryRule EhcAssessRefusalNotice => Get(StatutoryRuleIds.EhcAssessRefusalNotice);

    /// <summary>The rule <c>EHC-ADVICE-RESPONSE</c> (<see cref="StatutoryRuleIds.EhcAdviceResponse"/>).</summary>
    public static StatutoryRule EhcAdviceResponse => Get(StatutoryRuleIds.EhcAdviceResponse);

    /// <summary>The rule <c>EHC-NO-PLAN-DECISION</c> (<see cref="StatutoryRuleIds.EhcNoPlanDecision"/>).</summary>
    public static StatutoryRule EhcNoPlanDecision => Get(StatutoryRuleIds.EhcNoPlanDecision);

    /// <summary>The rule <c>EHC-DRAFT-COMMENT</c> (<see cref="StatutoryRuleIds.EhcDraftComment"/>).</summary>
    public static StatutoryRule EhcDraftComment => Get(StatutoryRuleIds.EhcDraftComment);

    /// <summary>The rule <c>EHC-DRAFT-LATEST</c> (<see cref="StatutoryRuleIds.EhcDraftLatest"/>).</summary>
    public static StatutoryRule EhcDraftLatest => Get(StatutoryRuleIds.EhcDraftLatest);

    /// <summary>The rule <c>EHC-SCHOOL-CONSULT</c> (<see cref="StatutoryRuleIds.EhcSchoolConsult"/>).</summary>
    public static StatutoryRule EhcSchoolConsult => Get(StatutoryRuleIds.EhcSchoolConsult);

    /// <summary>The rule <c>EHC-FINAL-PLAN</c> (<see cref="StatutoryRuleIds.EhcFinalPlan"/>).</summary>
    public static StatutoryRule EhcFinalPlan => Get(StatutoryRuleIds.EhcFinalPlan);

    /// <summary>The rule <c>EHC-AR-FIRST</c> (<see cref="StatutoryRuleIds.EhcArFirst"/>).</summary>
    public static StatutoryRule EhcArFirst => Get(StatutoryRuleIds.EhcArFirst);

    /// <summary>The rule <c>EHC-AR-NEXT</c> (<see cref="StatutoryRuleIds.EhcArNext"/>).</summary>
    public static StatutoryRule EhcArNext => Get(StatutoryRuleIds.EhcArNext);

    /// <summary>The rule <c>EHC-AR-NOTICE</c> (<see cref="StatutoryRuleIds.EhcArNotice"/>).</summary>
    public static StatutoryRule EhcArNotice => Get(StatutoryRuleIds.EhcArNotice);

    /// <summary>The rule <c>EHC-AR-ADVICE-CIRC</c> (<see cref="StatutoryRuleIds.EhcArAdviceCirc"/>).</summary>
    public static StatutoryRule EhcArAdviceCirc => Get(StatutoryRuleIds.EhcArAdviceCirc);

    /// <summary>The rule <c>EHC-AR-REPORT</c> (<see cref="StatutoryRuleIds.EhcArReport"/>).</summary>
    public static StatutoryRule EhcArReport => Get(StatutoryRuleIds.EhcArReport);

    /// <summary>The rule <c>EHC-AR-DECISION</c> (<see cref="StatutoryRuleIds.EhcArDecision"/>).</summary>
    public static StatutoryRule EhcArDecision => Get(StatutoryRuleIds.EhcArDecision);

    /// <summary>The rule <c>EHC-AR-AMEND-COMMENT</c> (<see cref="StatutoryRuleIds.EhcArAmendComment"/>).</summary>
    public static StatutoryRule EhcArAmendComment => Get(StatutoryRuleIds.EhcArAmendComment);

    /// <summary>The rule <c>EHC-AR-AMEND-FINAL</c> (<see cref="StatutoryRuleIds.EhcArAmendFinal"/>).</summary>
    public static StatutoryRule EhcArAmendFinal => Get(StatutoryRuleIds.EhcArAmendFinal);

    /// <summary>The rule <c>EHC-AR-NOT-AMEND</c> (<see cref="StatutoryRuleIds.EhcArNotAmend"/>).</summary>
    public static StatutoryRule EhcArNotAmend => Get(StatutoryRuleIds.EhcArNotAmend);

    /// <summary>The rule <c>EHC-AR-12WK-CAP</c> (<see cref="StatutoryRuleIds.EhcAr12wkCap"/>).</summary>
    public static StatutoryRule EhcAr12wkCap => Get(StatutoryRuleIds.EhcAr12wkCap);

    /// <summary>The rule <c>EHC-AR-UNDER5</c> (<see cref="StatutoryRuleIds.EhcArUnder5"/>).</summary>
    public static StatutoryRule EhcArUnder5 => Get(StatutoryRuleIds.EhcArUnder5);

    /// <summary>The rule <c>EHC-PHASE-SCHOOL</c> (<see cref="StatutoryRuleIds.EhcPhaseSchool"/>).</summary>
    public static StatutoryRule EhcPhaseSchool => Get(StatutoryRuleIds.EhcPhaseSchool);

    /// <summary>The rule <c>EHC-PHASE-POST16</c> (<see cref="StatutoryRuleIds.EhcPhasePost16"/>).</summary>
    public static StatutoryRule EhcPhasePost16 => Get(StatutoryRuleIds.EhcPhasePost16);

    /// <summary>The rule <c>EHC-PHASE-P16-P16</c> (<see cref="StatutoryRuleIds.EhcPhaseP16P16"/>).</summary>
    public static StatutoryRule EhcPhaseP16P16 => Get(StatutoryRuleIds.EhcPhaseP16P16);

    /// <summary>The rule <c>EHC-XFER-SEND</c> (<see cref="StatutoryRuleIds.EhcXferSend"/>).</summary>
    public static StatutoryRule EhcXferSend => Get(StatutoryRuleIds.EhcXferSend);

    /// <summary>The rule <c>EHC-XFER-NOTIFY</c> (<see cref="StatutoryRuleIds.EhcXferNotify"/>).</summary>
    public static StatutoryRule EhcXferNotify => Get(StatutoryRuleIds.EhcXferNotify);

    /// <summary>The rule <c>EHC-XFER-REVIEW</c> (<see cref="StatutoryRuleIds.EhcXferReview"/>).</summary>
    public static StatutoryRule EhcXferReview => Get(StatutoryRuleIds.EhcXferReview);

    /// <summary>The rule <c>EHC-REASSESS-REFUSAL-WINDOW</c> (<see cref="StatutoryRuleIds.EhcReassessRefusalWindow"/>).</summary>
    public static StatutoryRule EhcReassessRefusalWindow => Get(StatutoryRuleIds.EhcReassessRefusalWindow);

    /// <summary>The rule <c>EHC-REASSESS-DECISION</c> (<see cref="StatutoryRuleIds.EhcReassessDecision"/>).</summary>
    public static StatutoryRule EhcReassessDecision => Get(StatutoryRuleIds.EhcReassessDecision);

    /// <summary>The rule <c>EHC-REASSESS-FINAL</c> (<see cref="StatutoryRuleIds.EhcReassessFinal"/>).</summary>
    public static StatutoryRule EhcReassessFinal => Get(StatutoryRuleIds.EhcReassessFinal);

    /// <summary>The rule <c>EHC-CEASE</c> (<see cref="StatutoryRuleIds.EhcCease"/>).</summary>
    public static StatutoryRule EhcCease => Get(StatutoryRuleIds.EhcCease);

    /// <summary>The rule <c>MED-CONTACT</c> (<see cref="StatutoryRuleIds.MedContact"/>).</summary>
    public static StatutoryRule MedContact => Get(StatutoryRuleIds.MedContact);

    /// <summary>The rule <c>MED-CERT-DECLINED</c> (<see cref="StatutoryRuleIds.MedCertDeclined"/>).</summary>
    public static StatutoryRule MedCertDeclined => Get(StatutoryRuleIds.MedCertDeclined);

    /// <summary>The rule <c>MED-HEALTH-NOTIFY</c> (<see cref="StatutoryRuleIds.MedHealthNotify"/>).</summary>
    public static StatutoryRule MedHealthNotify => Get(StatutoryRuleIds.MedHealthNotify);

    /// <summary>The rule <c>MED-HOLD</c> (<see cref="StatutoryRuleIds.MedHold"/>).</summary>
    public static StatutoryRule MedHold => Get(StatutoryRuleIds.MedHold);

    /// <summary>The rule <c>MED-CERT-NOT-HELD</c> (<see cref="StatutoryRuleIds.MedCertNotHeld"/>).</summary>
    public static StatutoryRule MedCertNotHeld => Get(StatutoryRuleIds.MedCertNotHeld);

    /// <summary>The rule <c>MED-CERT-CONCLUDED</c> (<see cref="StatutoryRuleIds.MedCertConcluded"/>).</summary>
    public static StatutoryRule MedCertConcluded => Get(StatutoryRuleIds.MedCertConcluded);

    /// <summary>The rule <c>MED-AGREE-APPEALABLE</c> (<see cref="StatutoryRuleIds.MedAgreeAppealable"/>).</summary>
    public static StatutoryRule MedAgreeAppealable => Get(StatutoryRuleIds.MedAgreeAppealable);

    /// <summary>The rule <c>MED-AGREE-OTHER</c> (<see cref="StatutoryRuleIds.MedAgreeOther"/>).</summary>
    public static StatutoryRule MedAgreeOther => Get(StatutoryRuleIds.MedAgreeOther);

    /// <summary>The rule <c>MED-AGREE-NOTIFY-LA</c> (<see cref="StatutoryRuleIds.MedAgreeNotifyLa"/>).</summary>
    public static StatutoryRule MedAgreeNotifyLa => Get(StatutoryRuleIds.MedAgreeNotifyLa);

    /// <summary>The rule <c>TRIB-APPEAL</c> (<see cref="StatutoryRuleIds.TribAppeal"/>).</summary>
    public static StatutoryRule TribAppeal => Get(StatutoryRuleIds.TribAppeal);

    /// <summary>The rule <c>TRIB-ORDER-ASSESS-NOTIFY</c> (<see cref="StatutoryRuleIds.TribOrderAssessNotify"/>).</summary>
    public static StatutoryRule TribOrderAssessNotify => Get(StatutoryRuleIds.TribOrderAssessNotify);

    /// <summary>The rule <c>TRIB-ORDER-ASSESS-NOPLAN</c> (<see cref="StatutoryRuleIds.TribOrderAssessNoplan"/>).</summary>
    public static StatutoryRule TribOrderAssessNoplan => Get(StatutoryRuleIds.TribOrderAssessNoplan);

    /// <summary>The rule <c>TRIB-ORDER-ASSESS-FINAL</c> (<see cref="StatutoryRuleIds.TribOrderAssessFinal"/>).</summary>
    public static StatutoryRule TribOrderAssessFinal => Get(StatutoryRuleIds.TribOrderAssessFinal);

    /// <summary>The rule <c>TRIB-ORDER-PLAN-DRAFT</c> (<see cref="StatutoryRuleIds.TribOrderPlanDraft"/>).</summary>
    public static StatutoryRule TribOrderPlanDraft => Get(StatutoryRuleIds.TribOrderPlanDraft);

    /// <summary>The rule <c>TRIB-ORDER-PLAN-FINAL</c> (<see cref="StatutoryRuleIds.TribOrderPlanFinal"/>).</summary>
    public static StatutoryRule TribOrderPlanFinal => Get(StatutoryRuleIds.TribOrderPlanFinal);

    /// <summary>The rule <c>TRIB-ORDER-AMEND</c> (<see cref="StatutoryRuleIds.TribOrderAmend"/>).</summary>
    public static StatutoryRule TribOrderAmend => Get(StatutoryRuleIds.TribOrderAmend);

    /// <summary>The rule <c>TRIB-ORDER-SCHOOL</c> (<see cref="StatutoryRuleIds.TribOrderSchool"/>).</summary>
    public static StatutoryRule TribOrderSchool => Get(StatutoryRuleIds.TribOrderSchool);

    /// <summary>The rule <c>TRIB-ORDER-CONTINUE</c> (<see cref="StatutoryRuleIds.TribOrderContinue"/>).</summary>
    public static StatutoryRule TribOrderContinue => Get(StatutoryRuleIds.TribOrderContinue);

    /// <summary>The rule <c>TRIB-ORDER-CONTINUE-AMEND</c> (<see cref="StatutoryRuleIds.TribOrderContinueAmend"/>).</summary>
    public static StatutoryRule TribOrderContinueAmend => Get(StatutoryRuleIds.TribOrderContinueAmend);

    /// <summary>The rule <c>TRIB-ORDER-CEASE</c> (<see cref="StatutoryRuleIds.TribOrderCease"/>).</summary>
    public static StatutoryRule TribOrderCease => Get(StatutoryRuleIds.TribOrderCease);

    /// <summary>The rule <c>TRIB-ORDER-RECONSIDER</c> (<see cref="StatutoryRuleIds.TribOrderReconsider"/>).</summary>
    public static StatutoryRule TribOrderReconsider => Get(StatutoryRuleIds.TribOrderReconsider);

    /// <summary>The rule <c>TRIB-UNOPP-ASSESS</c> (<see cref="StatutoryRuleIds.TribUnoppAssess"/>).</summary>
    public static StatutoryRule TribUnoppAssess => Get(StatutoryRuleIds.TribUnoppAssess);

    /// <summary>The rule <c>TRIB-UNOPP-ASSESS-NOPLAN</c> (<see cref="StatutoryRuleIds.TribUnoppAssessNoplan"/>).</summary>
    public static StatutoryRule TribUnoppAssessNoplan => Get(StatutoryRuleIds.TribUnoppAssessNoplan);

    /// <summary>The rule <c>TRIB-UNOPP-ASSESS-FINAL</c> (<see cref="StatutoryRuleIds.TribUnoppAssessFinal"/>).</summary>
    public static StatutoryRule TribUnoppAssessFinal => Get(StatutoryRuleIds.TribUnoppAssessFinal);

    /// <summary>The rule <c>TRIB-UNOPP-CONTENT</c> (<see cref="StatutoryRuleIds.TribUnoppContent"/>).</summary>
    public static StatutoryRule TribUnoppContent => Get(StatutoryRuleIds.TribUnoppContent);

    /// <summary>The rule <c>TRIB-UNOPP-SCHOOL</c> (<see cref="StatutoryRuleIds.TribUnoppSchool"/>).</summary>
    public static StatutoryRule TribUnoppSchool => Get(StatutoryRuleIds.TribUnoppSchool);

    /// <summary>The rule <c>TRIB-UNOPP-REFUSAL</c> (<see cref="StatutoryRuleIds.TribUnoppRefusal"/>).</summary>
    public static StatutoryRule TribUnoppRefusal => Get(StatutoryRuleIds.TribUnoppRefusal);

    /// <summary>The rule <c>TRIB-UNOPP-REFUSAL-FINAL</c> (<see cref="StatutoryRuleIds.TribUnoppRefusalFinal"/>).</summary>
    public static StatutoryRule TribUnoppRefusalFinal => Get(StatutoryRuleIds.TribUnoppRefusalFinal);
}
