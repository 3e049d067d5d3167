using System;
using Send.Reporting.Markdown;

namespace Send.Reporting.Extensions;

/// <summary>
/// RAG cells: the <c>[[rag:red]]</c>, <c>[[rag:amber]]</c> and <c>[[rag:green]]</c> markers (which the <c>rag</c>
/// template function and the domain table functions write) become Markdown nodes; the Word writer prints the
/// status word and fills the table cell from the house style's palette.
/// </summary>
/// <remarks>
/// <para>
/// Markers are parsed only from the template's own Markdown: data text is escaped before parsing, so a value that
/// reads <c>[[rag:green]]</c> stays literal text and never shades a cell.
/// </para>
/// <para>
/// Added by <see cref="ReportEngineBuilder.UseRagCells"/> and <see cref="ReportEngineBuilder.UseDefaults"/>. Without
/// it a marker stays literal text. Stateless.
/// </para>
/// </remarks>
public sealed class RagCellsExtension : IReportExtension
{
    /// <inheritdoc />
    public void Setup(ReportEngineSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        setup.AddMarkdownExtension(ReportMarkdown.RagMarkers);
    }
}
