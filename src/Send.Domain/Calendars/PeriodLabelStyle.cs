namespace Send.Domain.Calendars;

/// <summary>
/// The ways councils and the DfE write a two-year period label such as a financial or academic year. Used when
/// formatting a <see cref="FinancialYear"/> or <see cref="AcademicYear"/>; parsing accepts every style.
/// </summary>
/// <remarks>
/// The default value is <see cref="Slash"/>, the form most council papers use.
/// </remarks>
public enum PeriodLabelStyle
{
    /// <summary>Four-digit start year, slash, two-digit end year: <c>2024/25</c>. This is the default value.</summary>
    Slash = 0,

    /// <summary>Four-digit start year, hyphen, two-digit end year: <c>2024-25</c>.</summary>
    Hyphen = 1,

    /// <summary>
    /// Two-digit years with a slash: <c>24/25</c>. Only years 2000/01 to 2098/99 have a short form; any other year
    /// is written in the <see cref="Slash"/> style instead, so that the text always parses back to the same year.
    /// </summary>
    Short = 2,

    /// <summary>
    /// A prefix naming the kind of year, then the <see cref="Hyphen"/> form: <c>FY2024-25</c> for a financial year,
    /// <c>AY2024-25</c> for an academic year.
    /// </summary>
    Prefixed = 3,

    /// <summary>Both years in full with a slash: <c>2024/2025</c>.</summary>
    FullSlash = 4,

    /// <summary>Both years in full with a hyphen: <c>2024-2025</c>.</summary>
    FullHyphen = 5,

    /// <summary>Six digits with no separator, as explore-education-statistics writes <c>time_period</c>: <c>202425</c>.</summary>
    Compact = 6,
}
