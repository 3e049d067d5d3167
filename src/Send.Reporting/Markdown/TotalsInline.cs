using Markdig.Syntax.Inlines;

namespace Send.Reporting.Markdown;

/// <summary>
/// The <c>[[totals]]</c> marker a table function writes in a totals row's first cell: the row uses the house style's
/// totals styles. It writes nothing itself.
/// </summary>
/// <remarks>
/// Like <see cref="RagInline"/>, only unescaped Markdown makes one; escaped data text never does.
/// </remarks>
internal sealed class TotalsInline : LeafInline
{
}
