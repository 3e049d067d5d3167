namespace Send.Domain.Statutory;

/// <summary>
/// The exceptions of reference section 3 (ids <c>EXC-*</c>): circumstances in which the council "need not comply"
/// with a time limit, which then falls back to "as soon as practicable".
/// </summary>
/// <remarks>
/// An exception never adds days to a deadline. See <see cref="StatutoryExceptions"/> for ids and citations, and
/// <see cref="ExceptionAssessment"/> for the per-deadline eligibility decision.
/// </remarks>
public enum StatutoryExceptionKind
{
    /// <summary>EXC-CLOSURE-SCHOOL: advice asked of a head teacher or principal around a closure of at least 4 weeks. This is the default value.</summary>
    ClosureSchool = 0,

    /// <summary>EXC-CLOSURE-EY: the same test for the SEN lead of an early years provider.</summary>
    ClosureEarlyYears = 1,

    /// <summary>EXC-PERSONAL: exceptional personal circumstances of the child, parent or young person in the period.</summary>
    Personal = 2,

    /// <summary>EXC-ABSENCE: absence from the council's area for at least 4 continuous weeks within the period.</summary>
    Absence = 3,

    /// <summary>EXC-ADVICE-PERSONAL: exceptional circumstances during an advice-giver's own 6 weeks (reg 8(2)).</summary>
    AdvicePersonal = 4,

    /// <summary>EXC-ADVICE-ABSENCE: absence of at least 4 weeks during an advice-giver's 6 weeks (reg 8(2)).</summary>
    AdviceAbsence = 5,

    /// <summary>EXC-ADVICE-APPOINTMENT: a missed appointment for an examination or test the body made in its 6 weeks (reg 8(2)).</summary>
    AdviceAppointment = 6,

    /// <summary>EXC-ORDER: the exceptions to Tribunal-order timescales (regs 44 and 45; absence of at least 2 weeks).</summary>
    Order = 7,

    /// <summary>EXC-COVID-2020: the spent coronavirus modification (SI 2020/471), deadlines falling 1 May to 25 Sep 2020.</summary>
    Covid2020 = 8,
}
