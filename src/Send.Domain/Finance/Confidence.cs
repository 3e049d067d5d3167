namespace Send.Domain.Finance;

/// <summary>How sure the domain reference is of a fact or rate, using its markers.</summary>
/// <remarks>The default value is <see cref="Unconfirmed"/>, so nothing is taken as confirmed by accident.</remarks>
public enum Confidence
{
    /// <summary>[U] not confirmed. This is the default value.</summary>
    Unconfirmed = 0,

    /// <summary>[R] recalled or seen second-hand; check before relying on it.</summary>
    Recalled = 1,

    /// <summary>[S] from a secondary source.</summary>
    Secondary = 2,

    /// <summary>[D] derived by arithmetic from other figures.</summary>
    Derived = 3,

    /// <summary>[C] confirmed in a public source.</summary>
    Confirmed = 4,
}
