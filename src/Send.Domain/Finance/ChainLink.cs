using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// The check that a year's printed brought-forward balance equals the previous year's printed carried-forward
/// balance (DSG reference, sections 6 and 12.1).
/// </summary>
/// <remarks>Amounts are in the table's printed convention. Immutable; equality is structural.</remarks>
/// <param name="Year">The later year, whose brought-forward balance is checked.</param>
/// <param name="BroughtForward">The later year's printed brought-forward balance.</param>
/// <param name="PreviousCarriedForward">The earlier year's printed carried-forward balance.</param>
/// <param name="Verdict">Exact, or an error (or rounding when the options allow one unit's gap).</param>
public sealed record ChainLink(FinancialYear Year, Money BroughtForward, Money PreviousCarriedForward, ReconciliationVerdict Verdict)
{
    /// <summary>Brought forward minus previous carried forward.</summary>
    public Money Difference => BroughtForward - PreviousCarriedForward;

    /// <summary>
    /// Whether the brought-forward balance is noted as restated (<see cref="FigureNoteKind.Restated"/>): the
    /// <see cref="Difference"/> is then the restatement, reported as a warning, and <see cref="Verdict"/> is Exact
    /// because nothing is left unexplained. False by default.
    /// </summary>
    public bool IsRestatement { get; init; }
}
