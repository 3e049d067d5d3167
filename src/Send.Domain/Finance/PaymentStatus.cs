namespace Send.Domain.Finance;

/// <summary>The state of one Safety Valve instalment (DSG reference, section 8).</summary>
/// <remarks>The default value is <see cref="Scheduled"/>.</remarks>
public enum PaymentStatus
{
    /// <summary>Due under the agreement but not yet paid. This is the default value.</summary>
    Scheduled = 0,

    /// <summary>Received by the council.</summary>
    Paid = 1,

    /// <summary>Held back by the DfE (for example until a monitoring report is accepted); it stays in the schedule.</summary>
    Withheld = 2,

    /// <summary>Suspended by the DfE; it stays in the schedule.</summary>
    Suspended = 3,
}
