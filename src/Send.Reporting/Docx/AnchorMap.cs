using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Send.Reporting.Docx.Renderers;

namespace Send.Reporting.Docx;

/// <summary>
/// The targets of internal links and cross-references: every heading (by its identifier, from <c>{#id}</c> or its
/// text) and every paragraph with an explicit <c>{#id}</c> that a link points to, with the Word bookmark that marks it and, for numbered
/// headings and paragraphs, the number the house style gives it ("4", "4.2"). Built before rendering, so that a
/// reference can point forwards.
/// </summary>
/// <remarks>
/// The numbers follow the renderer's rules: numbered level-1 headings count "1", "2"...; numbered level-2 headings
/// and numbered paragraphs share the second level ("2.1", "2.2"...), which restarts after each level-1 heading. They
/// are the field's first result only: Word recomputes a REF field when fields are updated.
/// </remarks>
internal sealed class AnchorMap
{
    private readonly Dictionary<string, Anchor> anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<MarkdownObject, Anchor> byBlock = new();
    private readonly HashSet<string> bookmarks = new(StringComparer.Ordinal);
    private readonly HashSet<string> referenced = new(StringComparer.Ordinal);

    private AnchorMap()
    {
    }

    public static AnchorMap Build(MarkdownDocument document)
    {
        var map = new AnchorMap();
        foreach (var link in document.Descendants<Markdig.Syntax.Inlines.LinkInline>())
        {
            if (!link.IsImage && link.Url is { Length: > 1 } url && url[0] == '#')
            {
                map.referenced.Add(url.Substring(1));
            }
        }

        var first = 0;
        var second = 0;
        var numbered = false;
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var isNumbered = BlockRoles.IsNumberedHeading(heading);
                    string? number = null;
                    if (isNumbered && heading.Level == 1)
                    {
                        first++;
                        second = 0;
                        number = first.ToString(CultureInfo.InvariantCulture);
                    }
                    else if (isNumbered)
                    {
                        second++;
                        number = Number(first, second);
                    }

                    numbered = isNumbered;
                    map.Add(heading, number, BlockRoles.PlainText(heading.Inline).Trim());
                    break;
                case ParagraphBlock paragraph:
                    var style = BlockRoles.ParagraphStyle(paragraph, numbered);
                    string? paragraphNumber = null;
                    if (style == Styling.StyleIds.NumberedParagraph && !BlockRoles.IsPageBreak(paragraph))
                    {
                        second++;
                        paragraphNumber = Number(first, second);
                    }

                    if (paragraph.TryGetAttributes()?.Id is { Length: > 0 })
                    {
                        map.Add(paragraph, paragraphNumber, BlockRoles.PlainText(paragraph.Inline).Trim());
                    }

                    break;
                case CustomContainer container:
                    if (container.Info is ContainerRenderer.Contact or ContainerRenderer.Title)
                    {
                        numbered = false;
                    }

                    foreach (var heading in container.Descendants<HeadingBlock>())
                    {
                        map.Add(heading, null, BlockRoles.PlainText(heading.Inline).Trim());
                    }

                    break;
            }
        }

        return map;
    }

    public bool TryGet(string id, out Anchor anchor) => anchors.TryGetValue(id, out anchor!);

    /// <summary>The anchor a block carries, if it is one.</summary>
    public Anchor? Of(MarkdownObject block) => byBlock.TryGetValue(block, out var anchor) ? anchor : null;

    private static string Number(int first, int second) =>
        (first == 0 ? "0" : first.ToString(CultureInfo.InvariantCulture)) + "." + second.ToString(CultureInfo.InvariantCulture);

    private void Add(MarkdownObject block, string? number, string text)
    {
        // Only the targets of links get bookmarks, so that a document without internal links has none.
        var id = block.TryGetAttributes()?.Id;
        if (string.IsNullOrEmpty(id) || anchors.ContainsKey(id) || !referenced.Contains(id))
        {
            return;
        }

        var anchor = new Anchor(BookmarkName(id), number, text, anchors.Count + 1);
        anchors.Add(id, anchor);
        byBlock.Add(block, anchor);
    }

    /// <summary>A Word bookmark name: hidden (leading underscore), letters, digits and underscores, at most 40 characters, unique.</summary>
    private string BookmarkName(string id)
    {
        var builder = new StringBuilder("_Ref_");
        foreach (var c in id)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        var name = builder.Length > 36 ? builder.ToString(0, 36) : builder.ToString();
        var candidate = name;
        for (var n = 2; !bookmarks.Add(candidate); n++)
        {
            candidate = name + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}

/// <summary>A link target: its bookmark, its number if the house style numbers it, its text, and its bookmark id.</summary>
internal sealed record Anchor(string Bookmark, string? Number, string Text, int BookmarkId);
