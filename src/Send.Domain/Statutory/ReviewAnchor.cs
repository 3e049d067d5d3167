namespace Send.Domain.Statutory;

/// <summary>Which date of a review starts the next 12-month review period (EHC-AR-NEXT; reference section 10, [U]).</summary>
public enum ReviewAnchor
{
    /// <summary>The review meeting date: the earlier and therefore safer date. This is the default value.</summary>
    MeetingDate = 0,

    /// <summary>The date of the council's decision after the review (reg 20/21 notice).</summary>
    DecisionDate = 1,
}
