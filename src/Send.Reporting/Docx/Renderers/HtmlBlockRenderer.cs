using Markdig.Renderers;
using Markdig.Syntax;

namespace Send.Reporting.Docx.Renderers;

/// <summary>Raw HTML is not part of the report vocabulary: it is a problem, named with its line.</summary>
internal sealed class HtmlBlockRenderer : MarkdownObjectRenderer<DocxRenderer, HtmlBlock>
{
    protected override void Write(DocxRenderer renderer, HtmlBlock block) =>
        renderer.Problem(block, "HTML is not supported in reports; use Markdown (headings, lists, tables, ::: note)");
}
