using Markdig.Syntax.Inlines;
using Send.Domain.Finance;

namespace Send.Reporting.Markdown;

/// <summary>
/// A RAG rating written by the template's <c>rag</c> function (<c>[[rag:green]]</c> in the Markdown): the cell shows
/// the status word and is shaded from the house style's palette.
/// </summary>
/// <remarks>
/// Only the inline parser makes these, from unescaped Markdown. Data text is escaped before it reaches the parser
/// (<c>\[\[rag:green\]\]</c>), so a data value that happens to read <c>[[rag:green]]</c> stays literal text and can
/// never shade a cell.
/// </remarks>
internal sealed class RagInline : LeafInline
{
    /// <summary>Creates a marker for <paramref name="status"/> (Red, Amber or Green).</summary>
    /// <param name="status">The rating.</param>
    public RagInline(RagStatus status)
    {
        Status = status;
    }

    /// <summary>The rating: Red, Amber or Green.</summary>
    public RagStatus Status { get; }
}
