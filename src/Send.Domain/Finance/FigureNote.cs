namespace Send.Domain.Finance;

/// <summary>A note on one printed figure of a deficit table row: its source, or that it is restated, derived or provisional.</summary>
/// <remarks>
/// A note does not change the figure; the reconciler reads <see cref="FigureNoteKind.Restated"/> notes on a
/// brought-forward balance to report a restatement instead of a broken link. Immutable; equality is structural.
/// </remarks>
/// <param name="Figure">The figure the note is on.</param>
/// <param name="Kind">What the note says.</param>
/// <param name="Text">The note's words (a citation, how a figure was derived), or null.</param>
public sealed record FigureNote(DeficitFigure Figure, FigureNoteKind Kind, string? Text = null);
