namespace Send.Domain.Finance;

/// <summary>What a note on a published figure says about it.</summary>
/// <remarks>The default value is <see cref="Source"/>.</remarks>
public enum FigureNoteKind
{
    /// <summary>Where the figure comes from (a paper, a page, a paragraph). This is the default value.</summary>
    Source = 0,

    /// <summary>
    /// The figure restates one published earlier (an opening balance revised after the accounts closed). A restated
    /// brought-forward balance is reported as a restatement showing the difference, not as a broken link.
    /// </summary>
    Restated = 1,

    /// <summary>The figure was not printed; it was worked out from other figures (say how in the text).</summary>
    Derived = 2,

    /// <summary>The figure is provisional (unaudited outturn, a monitoring forecast).</summary>
    Provisional = 3,
}
