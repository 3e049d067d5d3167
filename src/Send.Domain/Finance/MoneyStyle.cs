namespace Send.Domain.Finance;

/// <summary>The unit a <see cref="MoneyFormat"/> writes amounts in.</summary>
/// <remarks>The default value is <see cref="Pounds"/>.</remarks>
public enum MoneyStyle
{
    /// <summary>Pounds with thousands separators: <c>£17,000</c>. This is the default value.</summary>
    Pounds = 0,

    /// <summary>Millions of pounds: <c>£15.4m</c>, <c>£2.233m</c>, or <c>35.214</c> in a table.</summary>
    Millions = 1,

    /// <summary>Billions of pounds: <c>£1bn</c>, <c>£10.5bn</c>.</summary>
    Billions = 2,

    /// <summary>
    /// The unit narrative text would choose: £bn from £1bn, £m from £1m, otherwise whole pounds
    /// (<c>£1bn</c>, <c>£740m</c>, <c>£17,000</c>).
    /// </summary>
    Auto = 3,
}
