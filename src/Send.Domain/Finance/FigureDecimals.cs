namespace Send.Domain.Finance;

/// <summary>
/// How many decimal places each figure of a published deficit row was printed with, where it differs from the
/// table's <see cref="PublishedDeficitTable.Decimals"/> (councils mix 2 and 3 decimals in one table).
/// </summary>
/// <remarks>
/// A null entry means "as the table". The default value has every entry null. Immutable; equality is structural.
/// </remarks>
/// <param name="BroughtForward">Places of the b/f figure, or null.</param>
/// <param name="InYear">Places of the in-year figure, or null.</param>
/// <param name="SafetyValve">Places of the Safety Valve figure, or null.</param>
/// <param name="Local">Places of the local contribution, or null.</param>
/// <param name="Other">Places of the other contributions, or null.</param>
/// <param name="CarriedForward">Places of the c/f figure, or null.</param>
public readonly record struct FigureDecimals(
    int? BroughtForward = null,
    int? InYear = null,
    int? SafetyValve = null,
    int? Local = null,
    int? Other = null,
    int? CarriedForward = null)
{
    /// <summary>The places of <paramref name="figure"/>, or <paramref name="tableDecimals"/> when not given.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="tableDecimals">The table's places.</param>
    /// <returns>The places the figure was printed with.</returns>
    public int For(DeficitFigure figure, int tableDecimals) => (figure switch
    {
        DeficitFigure.BroughtForward => BroughtForward,
        DeficitFigure.InYear => InYear,
        DeficitFigure.SafetyValve => SafetyValve,
        DeficitFigure.Local => Local,
        DeficitFigure.Other => Other,
        _ => CarriedForward,
    }) ?? tableDecimals;
}
