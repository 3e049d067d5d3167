using System;
using System.Collections.Generic;
using System.Linq;
using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// One year of a DSG deficit table exactly as a council printed it: each figure with the sign and rounding it was
/// printed with, never corrected.
/// </summary>
/// <remarks>
/// The signs follow the owning table's <see cref="PublishedDeficitTable.Convention"/> and
/// <see cref="PublishedDeficitTable.Contributions"/>; <see cref="DeficitTableReconciler"/> interprets them.
/// Amounts are held as <see cref="Money"/> (a printed 35.214 in a £m table is £35,214,000). A figure printed with
/// other places than the table's says so in <see cref="Decimals"/>; notes on figures are in <see cref="Notes"/>.
/// Equality is structural, except that <see cref="Notes"/> compares by reference.
/// </remarks>
/// <param name="Year">The financial year printed in the column heading.</param>
/// <param name="Status">Outturn, forecast or budget, as printed.</param>
/// <param name="BroughtForward">The cumulative balance brought forward, as printed.</param>
/// <param name="InYear">The in-year result before contributions, as printed.</param>
/// <param name="SafetyValve">The Safety Valve contribution, as printed.</param>
/// <param name="Local">The local (General Fund) contribution, as printed.</param>
/// <param name="Other">Other contributions as printed, or null when the table has no such row.</param>
/// <param name="CarriedForward">The cumulative balance carried forward, as printed.</param>
public sealed record PublishedDeficitRow(
    FinancialYear Year,
    DsgYearStatus Status,
    Money BroughtForward,
    Money InYear,
    Money SafetyValve,
    Money Local,
    Money? Other,
    Money CarriedForward)
{
    /// <summary>How many figures add up to the carried-forward balance: b/f, in-year, Safety Valve, local, and other if printed.</summary>
    public int PartCount => Other is null ? 4 : 5;

    /// <summary>Decimal places of figures printed with other places than the table's; default: all as the table.</summary>
    public FigureDecimals Decimals { get; init; }

    /// <summary>Notes on figures (source, restated, derived, provisional); empty by default, never null.</summary>
    public IReadOnlyList<FigureNote> Notes { get; init; } = Array.Empty<FigureNote>();

    /// <summary>Further lines printed for the year (in-year lines, High Needs Block balance, positions, override status); <see cref="DeficitRowLines.None"/> by default, never null.</summary>
    public DeficitRowLines Lines { get; init; } = DeficitRowLines.None;

    /// <summary>Whether <paramref name="figure"/> carries a note of kind <paramref name="kind"/>.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="kind">The kind of note.</param>
    /// <returns>Whether there is such a note.</returns>
    public bool HasNote(DeficitFigure figure, FigureNoteKind kind) => Notes.Any(n => n.Figure == figure && n.Kind == kind);
}
