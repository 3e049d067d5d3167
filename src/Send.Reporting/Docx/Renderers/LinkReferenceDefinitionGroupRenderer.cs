using Markdig.Renderers;
using Markdig.Syntax;

namespace Send.Reporting.Docx.Renderers;

/// <summary>Link reference definitions (<c>[label]: https://...</c>) write nothing: the links that use them carry the address.</summary>
internal sealed class LinkReferenceDefinitionGroupRenderer : MarkdownObjectRenderer<DocxRenderer, LinkReferenceDefinitionGroup>
{
    protected override void Write(DocxRenderer renderer, LinkReferenceDefinitionGroup group)
    {
    }
}
