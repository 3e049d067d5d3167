using System;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.CustomContainers;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// <c>::: appendix Title</c> ... <c>:::</c>: an appendix, lettered in order (the first is "Appendix A"), whose heading
/// "Appendix A: Title" is in the AppendixHeading style, which starts a new page. Inside, headings and numbered
/// paragraphs have numbering of their own, starting again at 1. <c>::: appendices</c> + <c>:::</c> lists them in the
/// body ("Appendix A: Title", each linked to its page), wherever it stands. An appendix without a title, more than 26
/// appendices, or <c>::: appendices</c> in a paper without any, is a problem.
/// </summary>
internal static class AppendixBlockRenderer
{
    public const string Appendix = "appendix";
    public const string List = "appendices";

    public static bool IsAppendix(CustomContainer container) => string.Equals(container.Info?.Trim(), Appendix, StringComparison.OrdinalIgnoreCase);

    /// <summary>"Appendix A: Title" for the appendix at <paramref name="index"/>.</summary>
    public static string Caption(CustomContainer appendix, int index) =>
        "Appendix " + Letter(index) + ": " + (appendix.Arguments ?? string.Empty).Trim();

    public static string Bookmark(int index) => "_Send_Appendix_" + Letter(index);

    private static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : (index + 1).ToString(CultureInfo.InvariantCulture);

    public static void Write(DocxRenderer renderer, CustomContainer container)
    {
        var index = renderer.Appendices.ToList().IndexOf(container);
        if (string.IsNullOrWhiteSpace(container.Arguments))
        {
            renderer.Problem(container, "'::: appendix' has no title; expected '::: appendix The title', e.g. '::: appendix Safety Valve monitoring report'");
        }

        if (index >= 26)
        {
            renderer.Problem(container, "more than 26 appendices; expected at most A to Z");
        }

        var heading = renderer.AppendParagraph(StyleIds.AppendixHeading);
        var id = renderer.NextBookmarkId().ToString(CultureInfo.InvariantCulture);
        heading.Append(new BookmarkStart { Id = id, Name = Bookmark(index) }, new Run(new Text(Caption(container, index)) { Space = SpaceProcessingModeValues.Preserve }), new BookmarkEnd { Id = id });

        // Numbering of its own: a new instance of the headings' numbering, every level starting again.
        var outerNumbering = renderer.SectionNumberingId;
        if (renderer.HouseStyle.TryGetStyleNumbering(StyleIds.Heading1, out var headings) && renderer.HouseStyle.AbstractNumOf(headings.NumId) is int abstractNum)
        {
            renderer.SectionNumberingId = renderer.NewRestartedInstance(abstractNum, 9);
        }

        renderer.InNumberedSection = false;
        renderer.WriteChildren(container);
        renderer.InNumberedSection = false;
        renderer.SectionNumberingId = outerNumbering;
    }

    public static void WriteList(DocxRenderer renderer, CustomContainer container)
    {
        if (renderer.Appendices.Count == 0)
        {
            renderer.Problem(container, "'::: appendices' lists the paper's appendices, but it has none; expected '::: appendix Title' blocks, or remove '::: appendices'");
            return;
        }

        for (var i = 0; i < renderer.Appendices.Count; i++)
        {
            var paragraph = renderer.AppendParagraph(StyleIds.BodyText);
            paragraph.Append(new Hyperlink(new Run(new RunProperties(new RunStyle { Val = StyleIds.Hyperlink }), new Text(Caption(renderer.Appendices[i], i)) { Space = SpaceProcessingModeValues.Preserve })) { Anchor = Bookmark(i), History = true });
            if (i < renderer.Appendices.Count - 1)
            {
                paragraph.ParagraphProperties!.KeepNext = new KeepNext();
            }
        }
    }
}
