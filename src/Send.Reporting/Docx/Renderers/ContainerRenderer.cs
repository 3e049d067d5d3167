using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// Dispatches a <c>:::</c> container by its name to <see cref="NoteRenderer"/>, <see cref="ContactBlockRenderer"/>,
/// <see cref="TitleBlockRenderer"/>, <see cref="PageBreakRenderer"/> or <see cref="PropertiesBlockRenderer"/>; any other name is a problem.
/// </summary>
internal sealed class ContainerRenderer : MarkdownObjectRenderer<DocxRenderer, CustomContainer>
{
    public const string Note = "note";
    public const string Contact = "contact";
    public const string Title = "title";
    public const string PageBreak = "pagebreak";
    public const string Properties = "properties";

    public static void WriteWithStyle(DocxRenderer renderer, CustomContainer container, string style)
    {
        var outer = renderer.ParagraphStyleOverride;
        renderer.ParagraphStyleOverride = style;
        renderer.WriteChildren(container);
        renderer.ParagraphStyleOverride = outer;
    }

    protected override void Write(DocxRenderer renderer, CustomContainer container)
    {
        switch ((container.Info ?? string.Empty).Trim().ToLowerInvariant())
        {
            case Note:
                NoteRenderer.Write(renderer, container);
                break;
            case Contact:
                ContactBlockRenderer.Write(renderer, container);
                break;
            case Title:
                TitleBlockRenderer.Write(renderer, container);
                break;
            case PageBreak:
                PageBreakRenderer.Write(renderer);
                break;
            case Properties:
                PropertiesBlockRenderer.Write(renderer, container);
                break;
            default:
                renderer.Problem(container, $"unknown block '::: {container.Info}'; expected note, contact, title, pagebreak or properties");
                break;
        }
    }
}
