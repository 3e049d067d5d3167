namespace Send.Domain.Statutory;

/// <summary>
/// What happened on a dated <see cref="CaseEvent"/>. Each kind is the legal trigger (CNT-INPUT) or the completion of
/// one or more statutory steps. The JSON name is the snake_case form (for example <c>request_received</c>).
/// </summary>
public enum CaseEventKind
{
    /// <summary>A request for an EHC needs assessment was received (or the council became responsible). Starts EHC-ASSESS-*, EHC-NO-PLAN-DECISION, EHC-FINAL-PLAN. This is the default value.</summary>
    RequestReceived = 0,

    /// <summary>The council notified its decision to assess.</summary>
    DecisionToAssess,

    /// <summary>The council notified its decision not to assess (refusal notice).</summary>
    DecisionNotToAssess,

    /// <summary>The council asked a body (<see cref="CaseEvent.Body"/>) for advice; starts EHC-ADVICE-RESPONSE.</summary>
    AdviceRequested,

    /// <summary>A body's advice was received.</summary>
    AdviceReceived,

    /// <summary>The council consulted a requested school or college (<see cref="CaseEvent.Body"/>); starts EHC-SCHOOL-CONSULT.</summary>
    SchoolConsulted,

    /// <summary>The school or college replied to the consultation.</summary>
    SchoolResponded,

    /// <summary>The draft plan was served; starts EHC-DRAFT-COMMENT.</summary>
    DraftIssued,

    /// <summary>The final plan was issued; starts EHC-AR-FIRST.</summary>
    FinalIssued,

    /// <summary>The council notified that no plan is needed after the assessment.</summary>
    NoPlanDecision,

    /// <summary>Invitations to a review meeting were sent (EHC-AR-NOTICE).</summary>
    ReviewInvitationsSent,

    /// <summary>Review advice was circulated to the invitees (EHC-AR-ADVICE-CIRC).</summary>
    ReviewAdviceCirculated,

    /// <summary>An annual review meeting was held; starts EHC-AR-REPORT, EHC-AR-DECISION, EHC-AR-NEXT.</summary>
    ReviewMeeting,

    /// <summary>The review report was sent to the invitees (EHC-AR-REPORT).</summary>
    ReviewReportSent,

    /// <summary>The council notified its decision after a review (keep, amend or cease).</summary>
    ReviewDecision,

    /// <summary>Proposed amendments were served with the amendment notice; starts EHC-AR-AMEND-*.</summary>
    AmendmentsProposed,

    /// <summary>The final amended plan was issued.</summary>
    AmendedPlanIssued,

    /// <summary>The council notified that it will not amend after representations (EHC-AR-NOT-AMEND).</summary>
    DecisionNotToAmend,

    /// <summary>An interim review of an under-5's plan was held (EHC-AR-UNDER5).</summary>
    InterimReview,

    /// <summary>The plan transferred in from another council (date of transfer); <see cref="CaseEvent.RelatedDate"/> is the plan date or last review, if known.</summary>
    TransferIn,

    /// <summary>The new council notified the family of the transfer (EHC-XFER-NOTIFY).</summary>
    TransferNotice,

    /// <summary>The child or young person moved out (move date); <see cref="CaseEvent.RelatedDate"/> is when the old council learned of the move.</summary>
    MoveOut,

    /// <summary>The old council transferred the plan (EHC-XFER-SEND).</summary>
    PlanTransferred,

    /// <summary>A request for reassessment was received; starts EHC-REASSESS-DECISION and the look-back.</summary>
    ReassessmentRequested,

    /// <summary>The council notified that it will reassess (reg 25 notice) or decided to reassess; starts EHC-REASSESS-FINAL.</summary>
    ReassessmentDecision,

    /// <summary>The council notified that it will not reassess.</summary>
    DecisionNotToReassess,

    /// <summary>Notice of a decision to cease the plan (EHC-CEASE).</summary>
    CessationNotice,

    /// <summary>The plan ceased.</summary>
    PlanCeased,

    /// <summary>Written notice of an appealable decision was sent; starts MED-CONTACT and TRIB-APPEAL.</summary>
    DecisionNoticeSent,

    /// <summary>The parent or young person contacted the mediation adviser.</summary>
    MediationContact,

    /// <summary>The adviser was told that mediation is not wanted; starts MED-CERT-DECLINED.</summary>
    MediationDeclined,

    /// <summary>The council was told that mediation is wanted; starts MED-HOLD (<see cref="CaseEvent.HealthOnly"/> for health-only).</summary>
    MediationWanted,

    /// <summary>The council was told the mediation issues include health care; starts MED-HEALTH-NOTIFY.</summary>
    MediationHealthIssues,

    /// <summary>The council told each commissioning body the mediation issues.</summary>
    CommissionersNotified,

    /// <summary>The council told the adviser mediation cannot happen within 30 days; starts MED-CERT-NOT-HELD.</summary>
    MediationNotPossible,

    /// <summary>Mediation took place and ended; completes MED-HOLD and starts MED-CERT-CONCLUDED.</summary>
    MediationHeld,

    /// <summary>A mediation certificate was issued; feeds TRIB-APPEAL.</summary>
    MediationCertificateIssued,

    /// <summary>A written mediation agreement; with <see cref="CaseEvent.Order"/> it is appealable (MED-AGREE-APPEALABLE), otherwise MED-AGREE-OTHER.</summary>
    MediationAgreement,

    /// <summary>The agreed non-appealable action was done (MED-AGREE-OTHER).</summary>
    AgreementActioned,

    /// <summary>A commissioning body told the council of a mediation agreement (MED-AGREE-NOTIFY-LA).</summary>
    CouncilNotifiedOfAgreement,

    /// <summary>An appeal reached the SEND Tribunal.</summary>
    AppealLodged,

    /// <summary>A Tribunal order was made (<see cref="CaseEvent.Order"/>; <see cref="CaseEvent.RelatedDate"/> is the date it was sent, if known).</summary>
    TribunalOrder,

    /// <summary>The council told the Tribunal it will not oppose an appeal (<see cref="CaseEvent.Unopposed"/>).</summary>
    UnopposedNotice,

    /// <summary>The council complied with an order in a way no other event records (for example continuing a plan, or reconsidering).</summary>
    OrderComplied,
}
