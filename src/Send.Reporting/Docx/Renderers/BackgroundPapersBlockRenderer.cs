using Markdig.Extensions.CustomContainers;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// <c>::: background-papers</c>: the list the Local Government Act 1972 (s100D) asks a report to give, under a bold
/// "Background papers" label, each paragraph or list item in the ReportFact style. A council with none writes
/// <c>None</c>; an empty block is a problem (the list is required, even when it is "None").
/// </summary>
internal static class BackgroundPapersBlockRenderer
{
    public const string Name = "background-papers";

    public static void Write(DocxRenderer renderer, CustomContainer container)
    {
        if (BlockRoles.PlainText(container).Trim().Length == 0)
        {
            renderer.Problem(container, "'::: background-papers' is empty; expected the papers relied on, one a line or as a list, or None");
            return;
        }

        var label = FurnitureText.Labelled(renderer, StyleIds.ReportFact, "Background papers", null);
        label.ParagraphProperties!.KeepNext = new DocumentFormat.OpenXml.Wordprocessing.KeepNext();
        renderer.InNumberedSection = false;
        ContainerRenderer.WriteWithStyle(renderer, container, StyleIds.ReportFact);
    }
}
