namespace Send.Domain.Finance;

/// <summary>How a house style writes a negative amount. Councils differ (DSG reference, section 11).</summary>
/// <remarks>The default value is <see cref="MinusSign"/>.</remarks>
public enum NegativeStyle
{
    /// <summary>A leading hyphen-minus: <c>-£0.194m</c>, <c>-6.700</c>. This is the default value.</summary>
    MinusSign = 0,

    /// <summary>Accountants' brackets: <c>(£0.194m)</c>, <c>(6.700)</c>.</summary>
    Brackets = 1,
}
