using Markdig.Renderers;
using Markdig.Syntax;

namespace Send.Reporting.Docx.Renderers;

/// <summary>A thematic break (<c>---</c>) writes nothing: a committee paper separates sections by headings, not rules.</summary>
internal sealed class ThematicBreakRenderer : MarkdownObjectRenderer<DocxRenderer, ThematicBreakBlock>
{
    protected override void Write(DocxRenderer renderer, ThematicBreakBlock block)
    {
    }
}
