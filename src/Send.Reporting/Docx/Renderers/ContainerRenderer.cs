using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// Dispatches a <c>:::</c> container by its name to <see cref="NoteRenderer"/>, <see cref="ContactBlockRenderer"/>,
/// <see cref="TitleBlockRenderer"/>, <see cref="PageBreakRenderer"/> or <see cref="PropertiesBlockRenderer"/>, and the
/// committee furniture to <see cref="ReportReferenceBlockRenderer"/>, <see cref="KeyDecisionBlockRenderer"/>,
/// <see cref="WardsBlockRenderer"/>, <see cref="BackgroundPapersBlockRenderer"/>, <see cref="ContactOfficerBlockRenderer"/>,
/// <see cref="MarkingBlockRenderer"/>, <see cref="AppendixBlockRenderer"/> and <see cref="TableOfContentsBlockRenderer"/>
/// (each in its own file, so that each can be registered on its own); any other name is a problem.
/// </summary>
internal sealed class ContainerRenderer : MarkdownObjectRenderer<DocxRenderer, CustomContainer>
{
    public const string Note = "note";
    public const string Contact = "contact";
    public const string Title = "title";
    public const string PageBreak = "pagebreak";
    public const string Properties = "properties";

    /// <summary>Every block name, for the message about an unknown one.</summary>
    public const string Expected = "note, contact, title, pagebreak, properties, agenda-item, report-number, key-decision, wards, divisions, background-papers, contact-officer, marking, appendix, appendices or toc";

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
            case ReportReferenceBlockRenderer.AgendaItem or ReportReferenceBlockRenderer.ReportNumber:
                ReportReferenceBlockRenderer.Write(renderer, container, container.Info!.Trim().ToLowerInvariant());
                break;
            case KeyDecisionBlockRenderer.Name:
                KeyDecisionBlockRenderer.Write(renderer, container);
                break;
            case WardsBlockRenderer.Wards or WardsBlockRenderer.Divisions:
                WardsBlockRenderer.Write(renderer, container, container.Info!.Trim().ToLowerInvariant());
                break;
            case BackgroundPapersBlockRenderer.Name:
                BackgroundPapersBlockRenderer.Write(renderer, container);
                break;
            case ContactOfficerBlockRenderer.Name:
                ContactOfficerBlockRenderer.Write(renderer, container);
                break;
            case MarkingBlockRenderer.Name:
                MarkingBlockRenderer.Write(renderer, container);
                break;
            case AppendixBlockRenderer.Appendix:
                AppendixBlockRenderer.Write(renderer, container);
                break;
            case AppendixBlockRenderer.List:
                AppendixBlockRenderer.WriteList(renderer, container);
                break;
            case TableOfContentsBlockRenderer.Name:
                TableOfContentsBlockRenderer.Write(renderer, container);
                break;
            default:
                renderer.Problem(container, $"unknown block '::: {container.Info}'; expected {Expected}");
                break;
        }
    }
}
