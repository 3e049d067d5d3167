namespace Send.Domain.Finance;

/// <summary>
/// The lines that make up an in-year DSG (or block) result, as a paper prints them: the allocation, the expenditure,
/// block transfers, interest or financing cost, and other adjustments. Every line is optional.
/// </summary>
/// <remarks>
/// <para>
/// The identity (DSG reference, section 6 and section 10, item 2), deficit positive:
/// <c>in-year = expenditure + financing cost + adjustments − allocation − transfers</c>, that is
/// <c>allocation − expenditure ± transfers ± adjustments</c> is the in-year surplus. The lines are amounts whatever
/// the table's sign convention: <see cref="Allocation"/>, <see cref="Expenditure"/> and <see cref="FinancingCost"/> are
/// printed as positive amounts; <see cref="Transfers"/> is positive for money moved in (a transfer from the Schools
/// Block to the High Needs Block is positive on the High Needs line); <see cref="Adjustments"/> is positive when it
/// adds to the deficit.
/// </para>
/// <para>
/// The identity is checked only when both the allocation and the expenditure are printed; an absent transfer,
/// financing or adjustment line counts as nothing. Immutable; equality is structural.
/// </para>
/// </remarks>
/// <param name="Allocation">The DSG (or block) allocation for the year, or null.</param>
/// <param name="Expenditure">The expenditure charged to it, or null.</param>
/// <param name="Transfers">Net block transfers in (positive) or out (negative), or null.</param>
/// <param name="FinancingCost">Interest or financing cost charged to the deficit, or null.</param>
/// <param name="Adjustments">Other adjustments, positive when they add to the deficit, or null.</param>
public sealed record InYearLines(
    PrintedFigure? Allocation = null,
    PrintedFigure? Expenditure = null,
    PrintedFigure? Transfers = null,
    PrintedFigure? FinancingCost = null,
    PrintedFigure? Adjustments = null)
{
    /// <summary>Whether the identity can be checked: both the allocation and the expenditure are printed.</summary>
    public bool IsComplete => Allocation is not null && Expenditure is not null;

    /// <summary>
    /// The in-year deficit the lines imply (deficit positive), or null when <see cref="IsComplete"/> is false:
    /// <c>expenditure + financing cost + adjustments − allocation − transfers</c>.
    /// </summary>
    public Money? ImpliedInYearDeficit => IsComplete
        ? Expenditure!.Value.Amount + Amount(FinancingCost) + Amount(Adjustments) - Allocation!.Value.Amount - Amount(Transfers)
        : null;

    private static Money Amount(PrintedFigure? figure) => figure?.Amount ?? Money.Zero;
}
