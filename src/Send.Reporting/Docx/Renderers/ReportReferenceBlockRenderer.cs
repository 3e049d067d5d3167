using Markdig.Extensions.CustomContainers;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// <c>::: agenda-item</c> (one line, "7" prints "Agenda item 7") and <c>::: report-number</c> (one line, printed as
/// it is, "CS/25/01"): the references at the head of a committee paper, in the ReportReference style (right-aligned,
/// bold, in the default house style). An empty block or one of more than a line is a problem.
/// </summary>
internal static class ReportReferenceBlockRenderer
{
    public const string AgendaItem = "agenda-item";
    public const string ReportNumber = "report-number";

    public static void Write(DocxRenderer renderer, CustomContainer container, string name)
    {
        if (FurnitureText.SingleParagraph(renderer, container, name == AgendaItem ? "the item's number, e.g. 7" : "the report's number, e.g. CS/25/01") is not { } line)
        {
            return;
        }

        FurnitureText.Labelled(renderer, StyleIds.ReportReference, name == AgendaItem ? "Agenda item " : null, line.Inline);
    }
}
