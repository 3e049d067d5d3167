using DocumentFormat.OpenXml.Wordprocessing;

namespace Send.Reporting.Docx.Renderers;

/// <summary><c>::: pagebreak</c> (or a paragraph that is only <c>\newpage</c>): the next block starts a new page.</summary>
internal static class PageBreakRenderer
{
    public static void Write(DocxRenderer renderer) =>
        renderer.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
}
