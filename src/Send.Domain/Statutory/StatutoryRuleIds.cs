namespace Send.Domain.Statutory;

/// <summary>
/// The id of every rule in <see cref="StatutoryRules"/>, as constants: <c>StatutoryRuleIds.EhcFinalPlan</c> is
/// <c>"EHC-FINAL-PLAN"</c>. Use them instead of string literals so that a typing mistake does not compile.
/// </summary>
/// <remarks>
/// Each name is the id in Pascal case (<c>EHC-AR-12WK-CAP</c> is <see cref="EhcAr12wkCap"/>). A test checks that
/// every rule has a constant and every constant a rule. For the rule itself use the typed accessors of
/// <see cref="StatutoryRules"/> (for example <see cref="StatutoryRules.EhcFinalPlan"/>).
/// </remarks>
public static class StatutoryRuleIds
{
    /// <summary><c>EHC-ASSESS-DECISION</c>.</summary>
    public const string EhcAssessDecision = "EHC-ASSESS-DECISION";

    /// <summary><c>EHC-ASSESS-REFUSAL-NOTICE</c>.</summary>
    public const string EhcAssessRefusalNotice = "EHC-ASSESS-REFUSAL-NOTICE";

    /// <summary><c>EHC-ADVICE-RESPONSE</c>.</summary>
    public const string EhcAdviceResponse = "EHC-ADVICE-RESPONSE";

    /// <summary><c>EHC-NO-PLAN-DECISION</c>.</summary>
    public const string EhcNoPlanDecision = "EHC-NO-PLAN-DECISION";

    /// <summary><c>EHC-DRAFT-COMMENT</c>.</summary>
    public const string EhcDraftComment = "EHC-DRAFT-COMMENT";

    /// <summary><c>EHC-DRAFT-LATEST</c>.</summary>
    public const string EhcDraftLatest = "EHC-DRAFT-LATEST";

    /// <summary><c>EHC-SCHOOL-CONSULT</c>.</summary>
    public const string EhcSchoolConsult = "EHC-SCHOOL-CONSULT";

    /// <summary><c>EHC-FINAL-PLAN</c>.</summary>
    public const string EhcFinalPlan = "EHC-FINAL-PLAN";

    /// <summary><c>EHC-AR-FIRST</c>.</summary>
    public const string EhcArFirst = "EHC-AR-FIRST";

    /// <summary><c>EHC-AR-NEXT</c>.</summary>
    public const string EhcArNext = "EHC-AR-NEXT";

    /// <summary><c>EHC-AR-NOTICE</c>.</summary>
    public const string EhcArNotice = "EHC-AR-NOTICE";

    /// <summary><c>EHC-AR-ADVICE-CIRC</c>.</summary>
    public const string EhcArAdviceCirc = "EHC-AR-ADVICE-CIRC";

    /// <summary><c>EHC-AR-REPORT</c>.</summary>
    public const string EhcArReport = "EHC-AR-REPORT";

    /// <summary><c>EHC-AR-DECISION</c>.</summary>
    public const string EhcArDecision = "EHC-AR-DECISION";

    /// <summary><c>EHC-AR-AMEND-COMMENT</c>.</summary>
    public const string EhcArAmendComment = "EHC-AR-AMEND-COMMENT";

    /// <summary><c>EHC-AR-AMEND-FINAL</c>.</summary>
    public const string EhcArAmendFinal = "EHC-AR-AMEND-FINAL";

    /// <summary><c>EHC-AR-NOT-AMEND</c>.</summary>
    public const string EhcArNotAmend = "EHC-AR-NOT-AMEND";

    /// <summary><c>EHC-AR-12WK-CAP</c>.</summary>
    public const string EhcAr12wkCap = "EHC-AR-12WK-CAP";

    /// <summary><c>EHC-AR-UNDER5</c>.</summary>
    public const string EhcArUnder5 = "EHC-AR-UNDER5";

    /// <summary><c>EHC-PHASE-SCHOOL</c>.</summary>
    public const string EhcPhaseSchool = "EHC-PHASE-SCHOOL";

    /// <summary><c>EHC-PHASE-POST16</c>.</summary>
    public const string EhcPhasePost16 = "EHC-PHASE-POST16";

    /// <summary><c>EHC-PHASE-P16-P16</c>.</summary>
    public const string EhcPhaseP16P16 = "EHC-PHASE-P16-P16";

    /// <summary><c>EHC-XFER-SEND</c>.</summary>
    public const string EhcXferSend = "EHC-XFER-SEND";

    /// <summary><c>EHC-XFER-NOTIFY</c>.</summary>
    public const string EhcXferNotify = "EHC-XFER-NOTIFY";

    /// <summary><c>EHC-XFER-REVIEW</c>.</summary>
    public const string EhcXferReview = "EHC-XFER-REVIEW";

    /// <summary><c>EHC-REASSESS-REFUSAL-WINDOW</c>.</summary>
    public const string EhcReassessRefusalWindow = "EHC-REASSESS-REFUSAL-WINDOW";

    /// <summary><c>EHC-REASSESS-DECISION</c>.</summary>
    public const string EhcReassessDecision = "EHC-REASSESS-DECISION";

    /// <summary><c>EHC-REASSESS-FINAL</c>.</summary>
    public const string EhcReassessFinal = "EHC-REASSESS-FINAL";

    /// <summary><c>EHC-CEASE</c>.</summary>
    public const string EhcCease = "EHC-CEASE";

    /// <summary><c>MED-CONTACT</c>.</summary>
    public const string MedContact = "MED-CONTACT";

    /// <summary><c>MED-CERT-DECLINED</c>.</summary>
    public const string MedCertDeclined = "MED-CERT-DECLINED";

    /// <summary><c>MED-HEALTH-NOTIFY</c>.</summary>
    public const string MedHealthNotify = "MED-HEALTH-NOTIFY";

    /// <summary><c>MED-HOLD</c>.</summary>
    public const string MedHold = "MED-HOLD";

    /// <summary><c>MED-CERT-NOT-HELD</c>.</summary>
    public const string MedCertNotHeld = "MED-CERT-NOT-HELD";

    /// <summary><c>MED-CERT-CONCLUDED</c>.</summary>
    public const string MedCertConcluded = "MED-CERT-CONCLUDED";

    /// <summary><c>MED-AGREE-APPEALABLE</c>.</summary>
    public const string MedAgreeAppealable = "MED-AGREE-APPEALABLE";

    /// <summary><c>MED-AGREE-OTHER</c>.</summary>
    public const string MedAgreeOther = "MED-AGREE-OTHER";

    /// <summary><c>MED-AGREE-NOTIFY-LA</c>.</summary>
    public const string MedAgreeNotifyLa = "MED-AGREE-NOTIFY-LA";

    /// <summary><c>TRIB-APPEAL</c>.</summary>
    public const string TribAppeal = "TRIB-APPEAL";

    /// <summary><c>TRIB-ORDER-ASSESS-NOTIFY</c>.</summary>
    public const string TribOrderAssessNotify = "TRIB-ORDER-ASSESS-NOTIFY";

    /// <summary><c>TRIB-ORDER-ASSESS-NOPLAN</c>.</summary>
    public const string TribOrderAssessNoplan = "TRIB-ORDER-ASSESS-NOPLAN";

    /// <summary><c>TRIB-ORDER-ASSESS-FINAL</c>.</summary>
    public const string TribOrderAssessFinal = "TRIB-ORDER-ASSESS-FINAL";

    /// <summary><c>TRIB-ORDER-PLAN-DRAFT</c>.</summary>
    public const string TribOrderPlanDraft = "TRIB-ORDER-PLAN-DRAFT";

    /// <summary><c>TRIB-ORDER-PLAN-FINAL</c>.</summary>
    public const string TribOrderPlanFinal = "TRIB-ORDER-PLAN-FINAL";

    /// <summary><c>TRIB-ORDER-AMEND</c>.</summary>
    public const string TribOrderAmend = "TRIB-ORDER-AMEND";

    /// <summary><c>TRIB-ORDER-SCHOOL</c>.</summary>
    public const string TribOrderSchool = "TRIB-ORDER-SCHOOL";

    /// <summary><c>TRIB-ORDER-CONTINUE</c>.</summary>
    public const string TribOrderContinue = "TRIB-ORDER-CONTINUE";

    /// <summary><c>TRIB-ORDER-CONTINUE-AMEND</c>.</summary>
    public const string TribOrderContinueAmend = "TRIB-ORDER-CONTINUE-AMEND";

    /// <summary><c>TRIB-ORDER-CEASE</c>.</summary>
    public const string TribOrderCease = "TRIB-ORDER-CEASE";

    /// <summary><c>TRIB-ORDER-RECONSIDER</c>.</summary>
    public const string TribOrderReconsider = "TRIB-ORDER-RECONSIDER";

    /// <summary><c>TRIB-UNOPP-ASSESS</c>.</summary>
    public const string TribUnoppAssess = "TRIB-UNOPP-ASSESS";

    /// <summary><c>TRIB-UNOPP-ASSESS-NOPLAN</c>.</summary>
    public const string TribUnoppAssessNoplan = "TRIB-UNOPP-ASSESS-NOPLAN";

    /// <summary><c>TRIB-UNOPP-ASSESS-FINAL</c>.</summary>
    public const string TribUnoppAssessFinal = "TRIB-UNOPP-ASSESS-FINAL";

    /// <summary><c>TRIB-UNOPP-CONTENT</c>.</summary>
    public const string TribUnoppContent = "TRIB-UNOPP-CONTENT";

    /// <summary><c>TRIB-UNOPP-SCHOOL</c>.</summary>
    public const string TribUnoppSchool = "TRIB-UNOPP-SCHOOL";

    /// <summary><c>TRIB-UNOPP-REFUSAL</c>.</summary>
    public const string TribUnoppRefusal = "TRIB-UNOPP-REFUSAL";

    /// <summary><c>TRIB-UNOPP-REFUSAL-FINAL</c>.</summary>
    public const string TribUnoppRefusalFinal = "TRIB-UNOPP-REFUSAL-FINAL";
}
