namespace Send.Domain.Finance;

/// <summary>The unit a table or column prints bare numbers in: a heading "£m", "£000" or "£".</summary>
/// <remarks>The default value is <see cref="Millions"/>, the unit of most DSG tables.</remarks>
public enum FigureUnit
{
    /// <summary>£m: 35.214 is £35,214,000. This is the default value.</summary>
    Millions = 0,

    /// <summary>£000: 35,214 is £35,214,000.</summary>
    Thousands = 1,

    /// <summary>£: 35,214,000 is £35,214,000.</summary>
    Pounds = 2,
}
