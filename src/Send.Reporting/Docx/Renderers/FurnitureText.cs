using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace Send.Reporting.Docx.Renderers;

/// <summary>What the committee-furniture blocks share: the one line a block holds, and a paragraph with a bold label before it.</summary>
internal static class FurnitureText
{
    /// <summary>The single paragraph of a one-line block, or null (with a problem) when it is empty or has more than text.</summary>
    public static ParagraphBlock? SingleParagraph(DocxRenderer renderer, CustomContainer container, string expected)
    {
        if (container.Count == 1 && container[0] is ParagraphBlock paragraph && BlockRoles.PlainText(paragraph.Inline).Trim().Length > 0)
        {
            return paragraph;
        }

        renderer.Problem(container, $"'::: {container.Info}' holds {(container.Count == 0 ? "nothing" : "more than one line of text")}; expected {expected}");
        return null;
    }

    /// <summary>Appends a paragraph in <paramref name="style"/>: <paramref name="label"/> in bold (when not null), then <paramref name="inlines"/> or <paramref name="text"/>.</summary>
    public static Paragraph Labelled(DocxRenderer renderer, string style, string? label, Markdig.Syntax.Inlines.ContainerInline? inlines, string? text = null)
    {
        var paragraph = renderer.AppendParagraph(style);
        if (label is not null)
        {
            paragraph.Append(new Run(new RunProperties(new Bold(), new BoldComplexScript()), new Text(label) { Space = SpaceProcessingModeValues.Preserve }));
        }

        if (inlines is not null)
        {
            InlineWriter.Write(renderer, paragraph, inlines);
        }
        else if (text is not null)
        {
            paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }
}
