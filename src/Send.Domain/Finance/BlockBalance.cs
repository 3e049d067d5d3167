namespace Send.Domain.Finance;

/// <summary>
/// One funding block's own balance printed beside the whole-DSG balance: most often the High Needs Block's cumulative
/// deficit, which is part of the DSG deficit but not all of it (the other blocks may be in surplus).
/// </summary>
/// <remarks>
/// <para>
/// Figures follow the owning table's sign convention and contribution presentation, as the row's own do. Identity:
/// <c>b/f + in-year − contributions = c/f</c> (DSG reference, section 6, for one block), and each year's b/f equals the
/// previous year's c/f. The in-year result may be broken down in <see cref="Funding"/>.
/// </para>
/// <para>
/// No identity ties a block's balance to the whole-DSG balance, so none is checked. Immutable; equality is
/// structural.
/// </para>
/// </remarks>
/// <param name="Block">The block; <see cref="FundingBlock.HighNeeds"/> in every paper seen.</param>
/// <param name="BroughtForward">The block's balance brought forward, as printed.</param>
/// <param name="InYear">The block's in-year result before contributions, as printed.</param>
/// <param name="Contributions">Contributions applied to this block's deficit, as printed, or null when none are printed.</param>
/// <param name="CarriedForward">The block's balance carried forward, as printed.</param>
public sealed record BlockBalance(
    FundingBlock Block,
    PrintedFigure BroughtForward,
    PrintedFigure InYear,
    PrintedFigure? Contributions,
    PrintedFigure CarriedForward)
{
    /// <summary>The lines making up the block's in-year result, or null when not printed.</summary>
    public InYearLines? Funding { get; init; }
}
