namespace Send.Domain.Statutory;

/// <summary>
/// The choices the statutory reference leaves open ([U] points), each with its documented default, plus the
/// non-statutory "pause the clock" display mode.
/// </summary>
/// <remarks>
/// Immutable; use <c>with</c> to change one option. <see cref="Default"/> is what the reference recommends and what
/// the <c>send</c> tool uses unless told otherwise. No option ever moves a statutory date off a weekend (CNT-NOROLL).
/// </remarks>
public sealed record TimescaleOptions
{
    /// <summary>The documented defaults.</summary>
    public static TimescaleOptions Default { get; } = new();

    /// <summary>
    /// CNT-DAY1-VARIANT: read the receipt date of a request as "day 1", making the assessment deadlines one day
    /// earlier (receipt + 139 days for 20 weeks). Default false ([U] which reading DfE uses).
    /// </summary>
    public bool Day1Reading { get; init; }

    /// <summary>EHC-AR-NEXT: which review date anchors the next 12-month period. Default <see cref="ReviewAnchor.MeetingDate"/>.</summary>
    public ReviewAnchor ReviewAnchor { get; init; }

    /// <summary>TRIB-ORDER-*: whether an order's clock runs from the order date or the date it was sent. Default <see cref="TribunalOrderClock.OrderMade"/>.</summary>
    public TribunalOrderClock TribunalOrderClock { get; init; }

    /// <summary>MED-HOLD for a health-only mediation: 30 calendar or 30 working days. Default <see cref="MediationDayCount.CalendarDays"/>.</summary>
    public MediationDayCount HealthOnlyMediation { get; init; }

    /// <summary>
    /// EHC-REASSESS-REFUSAL-WINDOW: whether an assessment made exactly on the look-back date (request − 6 months)
    /// counts as "within the 6 months". Default true ([U] boundary day).
    /// </summary>
    public bool ReassessmentLookBackIncludesBoundary { get; init; } = true;

    /// <summary>
    /// NON-STATUTORY local practice: when an eligible exception is invoked, also report a local target date
    /// extended by the days of the exception that fall inside the period. The statutory due date never changes.
    /// Default false.
    /// </summary>
    public bool PauseClockForExceptions { get; init; }
}
