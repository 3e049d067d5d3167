using Markdig.Renderers;
using Markdig.Syntax;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx.Renderers;

/// <summary>A block quote (<c>&gt;</c>) is drawn like a note: BoxedNote, kept whole.</summary>
internal sealed class QuoteRenderer : MarkdownObjectRenderer<DocxRenderer, QuoteBlock>
{
    protected override void Write(DocxRenderer renderer, QuoteBlock quote)
    {
        var before = renderer.LastAppended;
        var outer = renderer.ParagraphStyleOverride;
        renderer.ParagraphStyleOverride = StyleIds.BoxedNote;
        renderer.WriteChildren(quote);
        renderer.ParagraphStyleOverride = outer;
        NoteRenderer.KeepTogether(renderer, before);
    }
}
