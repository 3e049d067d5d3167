using Xunit;

namespace Send.Domain.Tests.Statutory;

/// <summary>
/// One hand-computed expectation per rule id: trigger date -> due date. Dates were worked out by hand from the
/// reference (trigger Monday 2025-01-13 unless stated; 2025 bank holidays from the reference table).
/// The catalogue test treats an id in this table as tested.
/// </summary>
public static class RuleTable
{
    public static TheoryData<string, string, string> Expectations { get; } = new()
    {
        { "EHC-ASSESS-DECISION", "2025-01-13", "2025-02-24" },
        { "EHC-ASSESS-REFUSAL-NOTICE", "2025-01-13", "2025-02-24" },
        { "EHC-ADVICE-RESPONSE", "2025-01-13", "2025-02-24" },
        { "EHC-NO-PLAN-DECISION", "2025-01-13", "2025-05-05" },
        { "EHC-DRAFT-COMMENT", "2025-01-13", "2025-01-27" },
        { "EHC-SCHOOL-CONSULT", "2025-01-13", "2025-01-28" },
        { "EHC-FINAL-PLAN", "2025-01-13", "2025-06-02" },
        { "EHC-DRAFT-LATEST", "2025-06-02", "2025-05-18" },
        { "EHC-AR-FIRST", "2025-01-13", "2026-01-12" },
        { "EHC-AR-NEXT", "2025-01-13", "2026-01-12" },
        { "EHC-AR-NOTICE", "2025-01-13", "2024-12-30" },
        { "EHC-AR-ADVICE-CIRC", "2025-01-13", "2024-12-30" },
        { "EHC-AR-REPORT", "2025-01-13", "2025-01-27" },
        { "EHC-AR-DECISION", "2025-01-13", "2025-02-10" },
        { "EHC-AR-AMEND-COMMENT", "2025-01-13", "2025-01-27" },
        { "EHC-AR-AMEND-FINAL", "2025-01-13", "2025-03-10" },
        { "EHC-AR-NOT-AMEND", "2025-01-13", "2025-03-10" },
        { "EHC-AR-12WK-CAP", "2025-01-13", "2025-04-07" },
        { "EHC-AR-UNDER5", "2025-01-13", "2025-07-13" },
        { "EHC-PHASE-SCHOOL", "2025-02-15", "2025-02-14" },
        { "EHC-PHASE-POST16", "2025-03-31", "2025-03-30" },
        { "EHC-PHASE-P16-P16", "2025-01-13", "2024-08-13" },
        { "EHC-XFER-SEND", "2025-01-13", "2025-01-31" },
        { "EHC-XFER-NOTIFY", "2025-01-13", "2025-02-24" },
        { "EHC-REASSESS-REFUSAL-WINDOW", "2025-01-13", "2024-07-13" },
        { "EHC-REASSESS-DECISION", "2025-01-13", "2025-01-28" },
        { "EHC-REASSESS-FINAL", "2025-01-13", "2025-04-21" },
        { "MED-CONTACT", "2025-01-13", "2025-03-13" },
        { "MED-CERT-DECLINED", "2025-01-13", "2025-01-16" },
        { "MED-HEALTH-NOTIFY", "2025-01-13", "2025-01-16" },
        { "MED-HOLD", "2025-01-13", "2025-02-12" },
        { "MED-CERT-NOT-HELD", "2025-01-13", "2025-01-16" },
        { "MED-CERT-CONCLUDED", "2025-01-13", "2025-01-16" },
        { "MED-AGREE-OTHER", "2025-01-13", "2025-01-27" },
        { "MED-AGREE-NOTIFY-LA", "2025-01-13", "2025-01-20" },
        { "TRIB-ORDER-ASSESS-NOTIFY", "2025-01-13", "2025-01-27" },
        { "TRIB-ORDER-ASSESS-NOPLAN", "2025-01-13", "2025-03-24" },
        { "TRIB-ORDER-ASSESS-FINAL", "2025-01-13", "2025-04-21" },
        { "TRIB-ORDER-PLAN-DRAFT", "2025-01-13", "2025-02-17" },
        { "TRIB-ORDER-PLAN-FINAL", "2025-01-13", "2025-03-31" },
        { "TRIB-ORDER-AMEND", "2025-01-13", "2025-02-17" },
        { "TRIB-ORDER-SCHOOL", "2025-01-13", "2025-01-27" },
        { "TRIB-ORDER-CONTINUE", "2025-01-13", "2025-01-13" },
        { "TRIB-ORDER-CONTINUE-AMEND", "2025-01-13", "2025-02-17" },
        { "TRIB-ORDER-CEASE", "2025-01-13", "2025-01-13" },
        { "TRIB-ORDER-RECONSIDER", "2025-01-13", "2025-01-27" },
        { "TRIB-UNOPP-ASSESS", "2025-01-13", "2025-01-27" },
        { "TRIB-UNOPP-ASSESS-NOPLAN", "2025-01-13", "2025-03-24" },
        { "TRIB-UNOPP-ASSESS-FINAL", "2025-01-13", "2025-04-21" },
        { "TRIB-UNOPP-CONTENT", "2025-01-13", "2025-02-17" },
        { "TRIB-UNOPP-SCHOOL", "2025-01-13", "2025-01-27" },
        { "TRIB-UNOPP-REFUSAL", "2025-01-13", "2025-02-17" },
        { "TRIB-UNOPP-REFUSAL-FINAL", "2025-01-13", "2025-03-31" },
        { "TRIB-APPEAL", "2025-01-13", "2025-03-13" },
        { "EHC-CEASE", "2025-01-13", "2025-03-13" },
    };
}
