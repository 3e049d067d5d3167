namespace Send.Domain.Statutory;

/// <summary>A phase transfer that brings forward the review of a plan (SEND Regulations 2014, reg 18).</summary>
public enum PhaseTransferKind
{
    /// <summary>A school phase transfer (early years to school, infant to junior, primary to middle or secondary, middle to secondary): EHC-PHASE-SCHOOL, before 15 February. This is the default value.</summary>
    School = 0,

    /// <summary>Secondary school to a post-16 institution: EHC-PHASE-POST16, before 31 March.</summary>
    PostSixteen = 1,

    /// <summary>Between post-16 institutions at another time: EHC-PHASE-P16-P16, at least 5 months before the transfer date.</summary>
    BetweenPostSixteen = 2,
}
