using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// A paragraph: NumberedPara ("2.1") in a numbered section, BodyText elsewhere; <c>{.plain}</c> and
/// <c>{.numbered}</c> choose explicitly. Inside a list item, note, contact or title block or table cell, the
/// surrounding block's style wins. A paragraph that is only <c>\newpage</c> is a page break. A paragraph with
/// <c>{#id}</c> carries a bookmark, the target of links and cross-references ("see paragraph [](#id)").
/// </summary>
internal sealed class ParagraphRenderer : MarkdownObjectRenderer<DocxRenderer, ParagraphBlock>
{
    protected override void Write(DocxRenderer renderer, ParagraphBlock block)
    {
        if (BlockRoles.IsPageBreak(block))
        {
            PageBreakRenderer.Write(renderer);
            return;
        }

        Paragraph paragraph;
        if (renderer.CurrentList is { } list)
        {
            paragraph = renderer.AppendParagraph(
                list.Style,
                list.NumberPending
                    ? new NumberingProperties(new NumberingLevelReference { Val = list.Level }, new NumberingId { Val = list.NumId })
                    : new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 0 }));
            list.NumberPending = false;
        }
        else
        {
            var style = renderer.ParagraphStyleOverride ?? BlockRoles.ParagraphStyle(block, renderer.InNumberedSection);
            NumberingProperties? numbering = null;
            if (style == Send.Reporting.Styling.StyleIds.NumberedParagraph && renderer.SectionNumberingId is int appendix
                && renderer.HouseStyle.TryGetStyleNumbering(style, out var styleNumbering))
            {
                // Inside an appendix: the appendix's own count.
                numbering = new NumberingProperties(new NumberingLevelReference { Val = styleNumbering.Level }, new NumberingId { Val = appendix });
            }

            paragraph = renderer.AppendParagraph(style, numbering);
        }

        InlineWriter.Write(renderer, paragraph, block.Inline);
        HeadingRenderer.Bookmark(renderer, block, paragraph);
    }
}
