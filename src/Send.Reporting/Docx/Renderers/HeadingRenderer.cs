using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Renderers;
using Markdig.Syntax;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// <c># Heading</c>: Heading1 (numbered "1" by the house style), <c>##</c> Heading2 ("2.1"), <c>###</c> and deeper
/// Heading3. <c>{.unnumbered}</c> switches the number off (numId 0). In a title block, a heading is the report title.
/// A numbered level-1 or level-2 heading starts a numbered section, whose paragraphs are numbered.
/// </summary>
internal sealed class HeadingRenderer : MarkdownObjectRenderer<DocxRenderer, HeadingBlock>
{
    protected override void Write(DocxRenderer renderer, HeadingBlock heading)
    {
        if (renderer.InTitleBlock)
        {
            var title = renderer.AppendParagraph(heading.Level == 1 ? StyleIds.Title : StyleIds.Subtitle);
            InlineWriter.Write(renderer, title, heading.Inline);
            return;
        }

        var numbered = BlockRoles.IsNumberedHeading(heading);
        var style = BlockRoles.HeadingStyle(heading.Level);
        NumberingProperties? numbering = null;
        if (renderer.HouseStyle.TryGetStyleNumbering(style, out var styleNumbering))
        {
            // The style's own numbering, repeated on the paragraph (or switched off with numId 0 for {.unnumbered}).
            numbering = numbered
                ? new NumberingProperties(new NumberingLevelReference { Val = styleNumbering.Level }, new NumberingId { Val = styleNumbering.NumId })
                : new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 0 });
        }

        var paragraph = renderer.AppendParagraph(style, numbering);
        InlineWriter.Write(renderer, paragraph, heading.Inline);
        renderer.InNumberedSection = numbered;
    }
}
