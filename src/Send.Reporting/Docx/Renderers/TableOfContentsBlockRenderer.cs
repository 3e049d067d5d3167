using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// <c>::: toc</c> + <c>:::</c>: a table of contents where it stands: "Contents" (or the block's text, for another
/// heading) in the TOCHeading style, then a Word <c>TOC</c> field over heading levels 1 to 3 and the appendix
/// headings. Word fills in the page numbers when fields are updated (F9, or on printing); until then the field shows
/// the headings in the TOC1 to TOC3 styles, as written here, without numbers. More than one table of contents is a problem.
/// </summary>
internal static class TableOfContentsBlockRenderer
{
    public const string Name = "toc";

    public static void Write(DocxRenderer renderer, CustomContainer container)
    {
        if (container.Parent is not MarkdownDocument)
        {
            renderer.Problem(container, "'::: toc' is inside another block; expected it at the top level of the paper");
            return;
        }

        var title = BlockRoles.PlainText(container).Trim();
        var heading = renderer.AppendParagraph(StyleIds.TocHeading);
        heading.Append(new Run(new Text(title.Length == 0 ? "Contents" : title) { Space = SpaceProcessingModeValues.Preserve }));

        var entries = Entries(renderer).ToList();
        var first = true;
        foreach (var (level, text) in entries.DefaultIfEmpty((1, string.Empty)))
        {
            var paragraph = renderer.AppendParagraph(level switch { 1 => StyleIds.Toc1, 2 => StyleIds.Toc2, _ => StyleIds.Toc3 });
            if (first)
            {
                paragraph.Append(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
                    new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
                first = false;
            }

            paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        renderer.AppendParagraph(StyleIds.Toc1).Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
    }

    /// <summary>The headings the field will list: top-level headings of levels 1 to 3 (not the title block's) and each appendix.</summary>
    private static System.Collections.Generic.IEnumerable<(int Level, string Text)> Entries(DocxRenderer renderer)
    {
        var appendix = 0;
        foreach (var block in renderer.Document)
        {
            switch (block)
            {
                case HeadingBlock { Level: <= 3 } heading:
                    yield return (heading.Level, BlockRoles.PlainText(heading.Inline).Trim());
                    break;
                case CustomContainer container when AppendixBlockRenderer.IsAppendix(container):
                    yield return (1, AppendixBlockRenderer.Caption(container, appendix++));
                    foreach (var inner in container.OfType<HeadingBlock>().Where(h => h.Level <= 3))
                    {
                        yield return (inner.Level, BlockRoles.PlainText(inner.Inline).Trim());
                    }

                    break;
            }
        }
    }
}
