using System.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.CustomContainers;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// <c>::: note</c>: every paragraph inside gets the BoxedNote style, which Word draws as one shaded box, kept whole on
/// one page (each paragraph keeps its lines together and all but the last keep with the next).
/// </summary>
internal static class NoteRenderer
{
    public static void Write(DocxRenderer renderer, CustomContainer container)
    {
        var before = renderer.LastAppended;
        ContainerRenderer.WriteWithStyle(renderer, container, StyleIds.BoxedNote);
        KeepTogether(renderer, before);
    }

    /// <summary>Keeps the paragraphs appended after <paramref name="before"/> on one page.</summary>
    public static void KeepTogether(DocxRenderer renderer, DocumentFormat.OpenXml.OpenXmlElement? before)
    {
        var added = new System.Collections.Generic.List<Paragraph>();
        for (var element = before is null ? renderer.FirstAppended : before.NextSibling(); element is not null; element = element.NextSibling())
        {
            if (element is Paragraph paragraph && paragraph.ParagraphProperties is not null)
            {
                added.Add(paragraph);
            }
        }

        foreach (var paragraph in added)
        {
            paragraph.ParagraphProperties!.KeepLines ??= new KeepLines();
        }

        foreach (var paragraph in added.SkipLast(1))
        {
            paragraph.ParagraphProperties!.KeepNext ??= new KeepNext();
        }
    }
}
