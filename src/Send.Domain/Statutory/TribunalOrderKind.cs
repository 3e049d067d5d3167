namespace Send.Domain.Statutory;

/// <summary>What a SEND Tribunal order (or a mediation agreement treated as one, reg 42(2)) requires (reference section 7).</summary>
public enum TribunalOrderKind
{
    /// <summary>Assess or reassess: TRIB-ORDER-ASSESS-NOTIFY, -NOPLAN, -FINAL. This is the default value.</summary>
    Assess = 0,

    /// <summary>Make and maintain a plan: TRIB-ORDER-PLAN-DRAFT, -FINAL.</summary>
    MakePlan = 1,

    /// <summary>Amend the plan's content: TRIB-ORDER-AMEND.</summary>
    Amend = 2,

    /// <summary>Change the school or institution named: TRIB-ORDER-SCHOOL.</summary>
    School = 3,

    /// <summary>Continue to maintain the plan: TRIB-ORDER-CONTINUE.</summary>
    Continue = 4,

    /// <summary>Continue and amend: TRIB-ORDER-CONTINUE and TRIB-ORDER-CONTINUE-AMEND.</summary>
    ContinueAndAmend = 5,

    /// <summary>Appeal against ceasing dismissed: TRIB-ORDER-CEASE.</summary>
    Cease = 6,

    /// <summary>Case sent back to the council to reconsider: TRIB-ORDER-RECONSIDER.</summary>
    Reconsider = 7,
}
