using Markdig.Extensions.CustomContainers;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// <c>::: title</c>: the title block. A <c>#</c> heading inside is the report title (Title); other headings and
/// paragraphs (council, committee, date, "Report of ...") use Subtitle.
/// </summary>
internal static class TitleBlockRenderer
{
    public static void Write(DocxRenderer renderer, CustomContainer container)
    {
        renderer.InTitleBlock = true;
        renderer.InNumberedSection = false;
        ContainerRenderer.WriteWithStyle(renderer, container, StyleIds.Subtitle);
        renderer.InTitleBlock = false;
    }
}
