using Markdig.Extensions.CustomContainers;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// <c>::: contact-officer</c>: "Contact for enquiries" in bold, then the officer's name, post, telephone and e-mail
/// (one a line) in the ContactBlock style, kept together on one page. It ends any numbered section. An empty block is a problem.
/// </summary>
internal static class ContactOfficerBlockRenderer
{
    public const string Name = "contact-officer";

    public static void Write(DocxRenderer renderer, CustomContainer container)
    {
        if (BlockRoles.PlainText(container).Trim().Length == 0)
        {
            renderer.Problem(container, "'::: contact-officer' is empty; expected the officer's name and how to reach them, one a line");
            return;
        }

        renderer.InNumberedSection = false;
        var before = renderer.LastAppended;
        FurnitureText.Labelled(renderer, StyleIds.ContactBlock, "Contact for enquiries", null);
        ContainerRenderer.WriteWithStyle(renderer, container, StyleIds.ContactBlock);
        NoteRenderer.KeepTogether(renderer, before);
    }
}
