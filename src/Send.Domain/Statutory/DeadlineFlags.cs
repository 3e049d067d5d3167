using System;

namespace Send.Domain.Statutory;

/// <summary>Facts about how a <see cref="StatutoryDeadline"/> was computed and how binding it is.</summary>
/// <remarks>The default value, <see cref="None"/>, is an ordinary binding deadline that needed no adjustment.</remarks>
[Flags]
public enum DeadlineFlags
{
    /// <summary>Nothing to note. This is the default value.</summary>
    None = 0,

    /// <summary>The due date is a Saturday, Sunday or bank holiday. Under the Regulations it does not move (CNT-NOROLL).</summary>
    FallsOnNonWorkingDay = 1,

    /// <summary>A month period had no corresponding date and ended on the last day of the month (CNT-MONTHS, CNT-LEAP).</summary>
    ClampedToMonthEnd = 2,

    /// <summary>The date was moved forward under the HESC Rules (TRIB-APPEAL only); <see cref="StatutoryDeadline.RollReason"/> says why.</summary>
    Rolled = 4,

    /// <summary>Guidance recommends the step (EHC-AR-UNDER5); it is never overdue.</summary>
    Recommended = 8,

    /// <summary>A derived planning date, not a legal deadline (EHC-DRAFT-LATEST); it is never overdue.</summary>
    Planning = 16,

    /// <summary>The law sets no fixed limit (EHC-CEASE); the date shown is derived information.</summary>
    NoFixedLimit = 32,

    /// <summary>The period comes from guidance, not the Regulations (EHC-SCHOOL-CONSULT); it is never overdue.</summary>
    Guidance = 64,

    /// <summary>
    /// A minimum period that must run out before the next step (EHC-DRAFT-COMMENT, EHC-AR-AMEND-COMMENT): the next
    /// step is in time only <em>after</em> the due date.
    /// </summary>
    MinimumPeriod = 128,

    /// <summary>The non-default "Day 1" reading (CNT-DAY1-VARIANT) moved this date one day earlier.</summary>
    Day1Reading = 256,

    /// <summary>The rule rests on an unconfirmed [U] point; the option used is named in the explanation.</summary>
    Unconfirmed = 512,

    /// <summary>
    /// The period reaches a year outside the known bank-holiday list (2010 to 2040 for England and Wales), whose bank
    /// holidays were projected from the Banking and Financial Dealings Act 1971's rules: one-off holidays proclaimed
    /// for that year may be missing (see <see cref="SupportedDates"/>).
    /// </summary>
    ProjectedBankHolidays = 1024,

    /// <summary>
    /// EHC-AR-DECISION only: the council's post-review decision came after the end of the 12-month review period the
    /// meeting belonged to (EHC-AR-FIRST or EHC-AR-NEXT), which the Code of Practice asks it to avoid. A planning flag,
    /// not a breach of the 4-week limit in itself.
    /// </summary>
    DecisionAfterReviewPeriod = 2048,
}
