using Markdig.Extensions.CustomContainers;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// <c>::: wards</c> ("Wards affected: ...") and <c>::: divisions</c> ("Electoral divisions affected: ...", as county
/// councils have divisions): one line naming them, or "All", in the ReportFact style. An empty block is a problem.
/// </summary>
internal static class WardsBlockRenderer
{
    public const string Wards = "wards";
    public const string Divisions = "divisions";

    public static void Write(DocxRenderer renderer, CustomContainer container, string name)
    {
        if (FurnitureText.SingleParagraph(renderer, container, "the " + name + " affected, or All") is not { } line)
        {
            return;
        }

        FurnitureText.Labelled(renderer, StyleIds.ReportFact, name == Wards ? "Wards affected: " : "Electoral divisions affected: ", line.Inline);
    }
}
