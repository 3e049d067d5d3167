using Markdig.Extensions.CustomContainers;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// <c>::: contact</c>: the signature and contact block at the end of a paper (name, post, contact for enquiries),
/// in the ContactBlock style, kept together on one page. It ends any numbered section.
/// </summary>
internal static class ContactBlockRenderer
{
    public static void Write(DocxRenderer renderer, CustomContainer container)
    {
        renderer.InNumberedSection = false;
        ContainerRenderer.WriteWithStyle(renderer, container, StyleIds.ContactBlock);
    }
}
