namespace Send.Domain.Finance;

/// <summary>One of the printed figures in a row of a DSG deficit table, for notes and per-figure precision.</summary>
/// <remarks>The default value is <see cref="BroughtForward"/>.</remarks>
public enum DeficitFigure
{
    /// <summary>The cumulative balance brought forward. This is the default value.</summary>
    BroughtForward = 0,

    /// <summary>The in-year result before contributions.</summary>
    InYear = 1,

    /// <summary>The Safety Valve contribution.</summary>
    SafetyValve = 2,

    /// <summary>The local (General Fund) contribution.</summary>
    Local = 3,

    /// <summary>Other contributions.</summary>
    Other = 4,

    /// <summary>The cumulative balance carried forward.</summary>
    CarriedForward = 5,
}
