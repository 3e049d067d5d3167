using Markdig.Extensions.CustomContainers;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx.Renderers;

/// <summary><c>::: note</c>: every paragraph inside gets the BoxedNote style, which Word draws as one shaded box.</summary>
internal static class NoteRenderer
{
    public static void Write(DocxRenderer renderer, CustomContainer container) =>
        ContainerRenderer.WriteWithStyle(renderer, container, StyleIds.BoxedNote);
}
