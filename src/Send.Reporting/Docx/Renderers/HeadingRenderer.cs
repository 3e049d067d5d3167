using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Renderers;
using Markdig.Syntax;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// <c># Heading</c>: Heading1 (numbered "1" by the house style), <c>##</c> Heading2 ("2.1"), <c>###</c> Heading3,
/// <c>####</c> to <c>######</c> Heading4 to Heading6 when the house style defines them (a problem naming the
/// missing style when it does not, never a silent Heading3). <c>{.unnumbered}</c> switches the number off (numId 0).
/// In a title block, a <c>#</c> heading is the report title and the document's title property. A numbered level-1
/// or level-2 heading starts a numbered section, whose paragraphs are numbered. Every heading carries a bookmark
/// named from its identifier, the target of <c>#anchor</c> links and cross-references. An empty heading is a problem.
/// </summary>
internal sealed class HeadingRenderer : MarkdownObjectRenderer<DocxRenderer, HeadingBlock>
{
    protected override void Write(DocxRenderer renderer, HeadingBlock heading)
    {
        var text = BlockRoles.PlainText(heading.Inline).Trim();
        if (text.Length == 0)
        {
            renderer.Problem(heading, "a heading is empty; expected text after the #s (screen-reader users navigate by headings)");
        }

        if (renderer.InTitleBlock)
        {
            var title = renderer.AppendParagraph(heading.Level == 1 ? StyleIds.Title : StyleIds.Subtitle);
            InlineWriter.Write(renderer, title, heading.Inline);
            if (heading.Level == 1)
            {
                renderer.Properties.Title ??= text;
            }

            Bookmark(renderer, heading, title);
            return;
        }

        var numbered = BlockRoles.IsNumberedHeading(heading);
        var style = BlockRoles.HeadingStyle(heading.Level);
        if (!renderer.HouseStyle.StyleIdsDefined.Contains(style))
        {
            renderer.Problem(heading, $"a level-{heading.Level} heading needs the style '{style}', which the house style does not define; use a heading of level 1 to 3, or add '{style}' to the house style");
        }

        NumberingProperties? numbering = null;
        if (renderer.HouseStyle.TryGetStyleNumbering(style, out var styleNumbering))
        {
            // The style's own numbering, repeated on the paragraph (or switched off with numId 0 for {.unnumbered}).
            numbering = numbered
                ? new NumberingProperties(new NumberingLevelReference { Val = styleNumbering.Level }, new NumberingId { Val = renderer.SectionNumberingId ?? styleNumbering.NumId })
                : new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 0 });
        }

        var paragraph = renderer.AppendParagraph(style, numbering);
        InlineWriter.Write(renderer, paragraph, heading.Inline);
        Bookmark(renderer, heading, paragraph);
        renderer.InNumberedSection = numbered;
    }

    /// <summary>Wraps the paragraph's content in the block's bookmark, if it is a link target.</summary>
    public static void Bookmark(DocxRenderer renderer, Markdig.Syntax.MarkdownObject block, Paragraph paragraph)
    {
        if (renderer.Anchors.Of(block) is not { } anchor)
        {
            return;
        }

        var id = anchor.BookmarkId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var start = new BookmarkStart { Id = id, Name = anchor.Bookmark };
        if (paragraph.ParagraphProperties is { } properties)
        {
            properties.InsertAfterSelf(start);
        }
        else
        {
            paragraph.PrependChild(start);
        }

        paragraph.Append(new BookmarkEnd { Id = id });
    }
}
