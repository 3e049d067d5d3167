using System;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax.Inlines;
using Send.Reporting.Markdown;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx;

/// <summary>
/// Writes a paragraph's inlines as Word runs: bold, italic, strike-through, superscript and subscript (<c>^x^</c>,
/// <c>~x~</c>, <c>&lt;sup&gt;</c>, <c>&lt;sub&gt;</c>), links (with the house style's Hyperlink character style;
/// web, e-mail, relative and <c>#anchor</c> links; an empty <c>[](#id)</c> is a cross-reference field), images,
/// footnote references, typographic punctuation and line breaks (<c>&lt;br&gt;</c> too). Adjacent text with the same
/// formatting becomes one run. A <see cref="RagInline"/> writes its status word; a <see cref="TotalsInline"/> writes
/// nothing. Any other inline HTML is a problem.
/// </summary>
internal sealed partial class InlineWriter
{
    private readonly DocxRenderer renderer;
    private readonly StringBuilder pending = new();
    private OpenXmlCompositeElement target;
    private Format pendingFormat;
    private int htmlSuperscript;
    private int htmlSubscript;

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

    /// <summary>A minus sign where a number starts: "-0.194" and "-£6.7m", not the hyphen in "2023-24" or "well-known".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}\p{Pd}])-(?=[£$€]?\.?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMinus();

    /// <summary>An apostrophe inside a word: "It's", "Children's", "O'Brien".</summary>
    [GeneratedRegex(@"(?<=\p{L})'(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Apostrophe();

    /// <summary>Replaces the hyphen-minus of a negative number with U+2212 MINUS SIGN, after which no line breaks.</summary>
    public static string MinusSigns(string text) => text.Contains('-', StringComparison.Ordinal) ? LeadingMinus().Replace(text, "\u2212") : text;

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
            case SmartyPant smarty:
                AddText(Typographic(smarty), format);
                break;
            case RagInline rag:
                AddText(RagStatusText.Label(rag.Status), format);
                break;
            case TotalsInline:
                break;
            case HtmlInline html:
                WriteHtml(html, format);
                break;
            case LineBreakInline lineBreak:
                if (lineBreak.IsHard)
                {
                    Break();
                }
                else
                {
                    AddText(" ", format);
                }

                break;
            case EmphasisInline emphasis:
                WriteChildren(emphasis, Emphasis(emphasis, format));
                break;
            case FootnoteLink { IsBackLink: false } footnote:
                Flush();
                target.Append(renderer.FootnoteReference(footnote.Footnote));
                break;
            case FootnoteLink:
                break;
            case AutolinkInline autolink:
                WriteLink(autolink, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, () => AddText(autolink.Url, format with { Link = true }));
                break;
            case LinkInline link when link.IsImage:
                Flush();
                ImageWriter.Write(renderer, target, link);
                break;
            case LinkInline link:
                WriteLink(link, link.GetDynamicUrl?.Invoke() ?? link.Url, () => WriteChildren(link, format with { Link = true }));
                break;
            case ContainerInline container:
                WriteChildren(container, format);
                break;
        }
    }

    private static Format Emphasis(EmphasisInline emphasis, Format format) => emphasis.DelimiterChar switch
    {
        '~' when emphasis.DelimiterCount >= 2 => format with { Strike = true },
        '~' => format with { Subscript = true },
        '^' => format with { Superscript = true },
        _ when emphasis.DelimiterCount >= 2 => format with { Bold = true },
        _ => format with { Italic = true },
    };

    public static string Typographic(SmartyPant smarty) => smarty.Type switch
    {
        SmartyPantType.Quote => "\u2019",
        SmartyPantType.LeftQuote => "\u2018",
        SmartyPantType.RightQuote => "\u2019",
        SmartyPantType.DoubleQuote => "\u201D",
        SmartyPantType.LeftDoubleQuote => "\u201C",
        SmartyPantType.RightDoubleQuote => "\u201D",
        SmartyPantType.LeftAngleQuote => "\u00AB",
        SmartyPantType.RightAngleQuote => "\u00BB",
        SmartyPantType.Ellipsis => "\u2026",
        SmartyPantType.Dash2 => "\u2013",
        SmartyPantType.Dash3 => "\u2014",
        _ => smarty.ToString(),
    };

    /// <summary>The few HTML tags reports accept: <c>&lt;br&gt;</c>, <c>&lt;sup&gt;</c> and <c>&lt;sub&gt;</c>.</summary>
    private void WriteHtml(HtmlInline html, Format format)
    {
        var tag = html.Tag.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        switch (tag)
        {
            case "<br>" or "<br/>":
                Break();
                break;
            case "<sup>":
                htmlSuperscript++;
                break;
            case "</sup>":
                htmlSuperscript = Math.Max(0, htmlSuperscript - 1);
                break;
            case "<sub>":
                htmlSubscript++;
                break;
            case "</sub>":
                htmlSubscript = Math.Max(0, htmlSubscript - 1);
                break;
            case var _ when tag.StartsWith("<!--", StringComparison.Ordinal):
                break;
            default:
                renderer.Problem(html.Line + 1, $"inline HTML '{html.Tag}' is not supported in reports; expected Markdown, or one of <br>, <sup>...</sup>, <sub>...</sub>");
                break;
        }
    }

    private void Break()
    {
        Flush();
        target.Append(new Run(new Break()));
    }

    private void WriteLink(Inline at, string? url, Action writeText)
    {
        Flush();
        if (string.IsNullOrWhiteSpace(url))
        {
            renderer.Problem(at.Line + 1, "a link has no address; expected [text](https://...), [text](mailto:...), [text](file.pdf) or [text](#heading-id)");
            writeText();
            Flush();
            return;
        }

        url = url.Trim();
        if (url.StartsWith('#'))
        {
            WriteInternalLink(at, url.Substring(1), writeText);
            return;
        }

        if (!Uri.TryCreate(url, UriKind.RelativeOrAbsolute, out var uri) || (uri.IsAbsoluteUri && uri.Scheme is not ("http" or "https" or "mailto" or "tel" or "ftp")))
        {
            renderer.Problem(at.Line + 1, $"link address '{url}' is not a web (https:), e-mail (mailto:), relative or #anchor address");
            writeText();
            Flush();
            return;
        }

        var id = renderer.NextRelationshipId("Link");
        renderer.Package.AddExternalRelationship(renderer.CurrentPartName, id, PackageBuilder.HyperlinkRelationshipType, uri);
        WriteInside(new Hyperlink { Id = id, History = true }, writeText);
    }

    private void WriteInternalLink(Inline at, string anchorId, Action writeText)
    {
        if (!renderer.Anchors.TryGet(anchorId, out var anchor))
        {
            renderer.Problem(at.Line + 1, $"link to '#{anchorId}': no heading or paragraph has that id; expected the id of a heading (its text in lower case with hyphens, or {{#id}}) or of a paragraph marked {{#id}}");
            writeText();
            Flush();
            return;
        }

        if (at is LinkInline { FirstChild: null })
        {
            // An empty link text is a cross-reference: a REF field that Word updates, showing the paragraph's number
            // (or the heading's text when it has none).
            var instruction = anchor.Number is null ? $" REF {anchor.Bookmark} \\h " : $" REF {anchor.Bookmark} \\r \\h ";
            target.Append(
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new Text(anchor.Number ?? anchor.Text) { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            return;
        }

        WriteInside(new Hyperlink { Anchor = anchor.Bookmark, History = true }, writeText);
    }

    private void WriteInside(OpenXmlCompositeElement element, Action writeText)
    {
        target.Append(element);
        var outer = target;
        target = element;
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

        format = format with { Superscript = format.Superscript || htmlSuperscript > 0, Subscript = format.Subscript || htmlSubscript > 0 };
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
        var text = MinusSigns(endOfParagraph ? pending.ToString().TrimEnd() : pending.ToString());
        if (renderer.Typographic && text.Contains('\'', StringComparison.Ordinal))
        {
            text = Apostrophe().Replace(text, "\u2019");
        }

        pending.Clear();
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

        if (pendingFormat.Superscript || pendingFormat.Subscript)
        {
            properties.VerticalTextAlignment = new VerticalTextAlignment { Val = pendingFormat.Superscript ? VerticalPositionValues.Superscript : VerticalPositionValues.Subscript };
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

    private readonly record struct Format(bool Bold, bool Italic, bool Strike, bool Link, bool Superscript, bool Subscript);
}
