using System;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax.Inlines;
using Send.Domain.Finance;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx;

/// <summary>
/// Writes a paragraph's inlines as Word runs: bold, italic, strike-through, links (with the house style's
/// Hyperlink character style) and line breaks. Adjacent text with the same formatting becomes one run. RAG markers
/// (<c>[[rag:green]]</c>) become the status word and set the cell's fill; <c>[[totals]]</c> markers disappear.
/// </summary>
internal sealed class InlineWriter
{
    private readonly DocxRenderer renderer;
    private readonly StringBuilder pending = new();
    private OpenXmlCompositeElement target;
    private Format pendingFormat;

    private InlineWriter(DocxRenderer renderer, OpenXmlCompositeElement target)
    {
        this.renderer = renderer;
        this.target = target;
    }

    public static void Write(DocxRenderer renderer, Paragraph paragraph, ContainerInline? inlines)
    {
        var writer = new InlineWriter(renderer, paragraph);
        writer.WriteChildren(inlines, default);
        writer.Flush(endOfParagraph: true);
    }

    private void WriteChildren(ContainerInline? container, Format format)
    {
        for (var child = container?.FirstChild; child is not null; child = child.NextSibling)
        {
            WriteInline(child, format);
        }
    }

    private void WriteInline(Inline inline, Format format)
    {
        switch (inline)
        {
            case LiteralInline literal:
                AddText(literal.Content.ToString(), format);
                break;
            case CodeInline code:
                AddText(code.Content, format);
                break;
            case HtmlEntityInline entity:
                AddText(entity.Transcoded.ToString(), format);
                break;
            case HtmlInline html:
                AddText(html.Tag, format);
                break;
            case LineBreakInline lineBreak:
                if (lineBreak.IsHard)
                {
                    Flush();
                    target.Append(new Run(new Break()));
                }
                else
                {
                    AddText(" ", format);
                }

                break;
            case EmphasisInline emphasis:
                var inner = emphasis.DelimiterChar == '~'
                    ? format with { Strike = true }
                    : emphasis.DelimiterCount >= 2 ? format with { Bold = true } : format with { Italic = true };
                WriteChildren(emphasis, inner);
                break;
            case AutolinkInline autolink:
                WriteLink(autolink.Url, () => AddText(autolink.Url, format with { Link = true }));
                break;
            case LinkInline link when link.IsImage:
                AddText("[image: " + BlockRoles.PlainText(link) + "]", format);
                break;
            case LinkInline link:
                WriteLink(link.GetDynamicUrl?.Invoke() ?? link.Url, () => WriteChildren(link, format with { Link = true }));
                break;
            case ContainerInline container:
                WriteChildren(container, format);
                break;
        }
    }

    private void WriteLink(string? url, Action writeText)
    {
        Flush();
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            writeText();
            Flush();
            return;
        }

        var id = renderer.NextRelationshipId("Link");
        renderer.Package.AddExternalRelationship(renderer.MainPartName, id, PackageBuilder.HyperlinkRelationshipType, uri);
        var hyperlink = new Hyperlink { Id = id, History = true };
        target.Append(hyperlink);
        var outer = target;
        target = hyperlink;
        writeText();
        Flush();
        target = outer;
    }

    private void AddText(string text, Format format)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (pending.Length > 0 && format != pendingFormat)
        {
            Flush();
        }

        pendingFormat = format;
        pending.Append(text);
    }

    private void Flush(bool endOfParagraph = false)
    {
        if (pending.Length == 0)
        {
            return;
        }

        // A generic attribute such as "{.plain}" leaves the space before it behind; a paragraph never ends in spaces.
        var text = endOfParagraph ? pending.ToString().TrimEnd() : pending.ToString();
        pending.Clear();
        text = RagStatusText.MarkerPattern().Replace(text, match =>
        {
            RagStatusText.TryParse(match.Groups[1].Value, out var status);
            renderer.CellRag = status;
            return RagStatusText.Label(status);
        });
        text = text.Replace(BlockRoles.TotalsMarker, string.Empty, StringComparison.Ordinal);
        if (text.Length == 0)
        {
            return;
        }

        var run = new Run();
        var properties = new RunProperties();
        if (pendingFormat.Link)
        {
            properties.RunStyle = new RunStyle { Val = StyleIds.Hyperlink };
        }

        if (pendingFormat.Bold)
        {
            properties.Bold = new Bold();
        }

        if (pendingFormat.Italic)
        {
            properties.Italic = new Italic();
        }

        if (pendingFormat.Strike)
        {
            properties.Strike = new Strike();
        }

        if (properties.HasChildren)
        {
            run.Append(properties);
        }

        // A vertical tab in data (Word's own soft line break, common in exports) is a line break in the run.
        var lines = text.Split('\v');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            if (lines[i].Length > 0)
            {
                run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }

        target.Append(run);
    }

    private readonly record struct Format(bool Bold, bool Italic, bool Strike, bool Link);
}
