namespace Send.Domain.Statutory;

/// <summary>Which date starts the clock for a Tribunal order (TRIB-ORDER-*; reference section 7, [U]).</summary>
public enum TribunalOrderClock
{
    /// <summary>The date the order is made. This is the default value.</summary>
    OrderMade = 0,

    /// <summary>The date the Tribunal sends out the order (HMCTS guidance "from the day we send out the order").</summary>
    OrderSent = 1,
}
