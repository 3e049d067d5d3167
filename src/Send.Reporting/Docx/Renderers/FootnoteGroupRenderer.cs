using System.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// Footnotes (<c>[^1]</c> in the text, <c>[^1]: The note.</c> anywhere): each becomes a real Word footnote, at the
/// foot of the page where it is referenced, numbered by Word, in the FootnoteText style (Normal when the house style
/// has none). A footnote that nothing refers to is a problem.
/// </summary>
internal sealed class FootnoteGroupRenderer : MarkdownObjectRenderer<DocxRenderer, FootnoteGroup>
{
    protected override void Write(DocxRenderer renderer, FootnoteGroup group)
    {
        var outerStyle = renderer.ParagraphStyleOverride;
        var outerList = renderer.CurrentList;
        renderer.CurrentList = null;
        foreach (var footnote in group.OfType<Markdig.Extensions.Footnotes.Footnote>())
        {
            if (footnote.Order <= 0 || footnote.Links.Count == 0)
            {
                renderer.Problem(footnote, $"footnote [^{footnote.Label}] is never referenced; expected [^{footnote.Label}] in the text, or remove the note");
                continue;
            }

            renderer.CurrentPartName = renderer.FootnotesPartName;
            var note = renderer.NewFootnote(footnote.Order);
            renderer.PushContainer(note);
            renderer.ParagraphStyleOverride = renderer.FootnoteTextStyle;
            renderer.WriteChildren(footnote);
            renderer.PopContainer();
            if (note.GetFirstChild<Paragraph>() is { } first)
            {
                var mark = new Run(renderer.FootnoteMarkProperties(), new FootnoteReferenceMark());
                var space = new Run(new Text(" ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
                if (first.ParagraphProperties is { } properties)
                {
                    properties.InsertAfterSelf(mark);
                }
                else
                {
                    first.PrependChild(mark);
                }

                mark.InsertAfterSelf(space);
            }
        }

        renderer.ParagraphStyleOverride = outerStyle;
        renderer.CurrentList = outerList;
        renderer.CurrentPartName = renderer.MainPartName;
    }
}
