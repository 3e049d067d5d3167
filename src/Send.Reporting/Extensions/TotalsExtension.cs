using System;
using Send.Reporting.Markdown;

namespace Send.Reporting.Extensions;

/// <summary>
/// Totals rows: the <c>[[totals]]</c> marker that the table functions write in a totals row's first cell becomes a
/// Markdown node, and the Word writer gives that row the house style's totals styles. It prints nothing itself.
/// </summary>
/// <remarks>
/// A row whose first cell starts with "Total" is a totals row with or without this extension; the marker is for
/// rows labelled otherwise ("Carried forward"). Added by <see cref="ReportEngineBuilder.UseTotals"/> and
/// <see cref="ReportEngineBuilder.UseDefaults"/>. Without it the marker stays literal text. Stateless.
/// </remarks>
public sealed class TotalsExtension : IReportExtension
{
    /// <inheritdoc />
    public void Setup(ReportEngineSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        setup.AddMarkdownExtension(ReportMarkdown.TotalsMarkers);
    }
}
