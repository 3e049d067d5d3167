using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx;

/// <summary>
/// The decisions that map Markdown blocks onto house-style roles, in one place so that the renderers and the
/// block-stream dump (used by the golden tests) agree.
/// </summary>
internal static partial class BlockRoles
{
    public const string Unnumbered = "unnumbered";
    public const string Plain = "plain";
    public const string Numbered = "numbered";
    public const string TotalsMarker = "[[totals]]";
    public const string PageBreakText = "\\newpage";

    /// <summary>The heading style for a level: Heading1 to Heading6 (the house style must define the deeper ones it uses).</summary>
    public static string HeadingStyle(int level) => level switch
    {
        1 => StyleIds.Heading1,
        2 => StyleIds.Heading2,
        3 => StyleIds.Heading3,
        _ => "Heading" + Math.Min(level, 6).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Whether a heading gets a number: levels 1 and 2 unless marked <c>{.unnumbered}</c>.</summary>
    public static bool IsNumberedHeading(HeadingBlock heading) => heading.Level <= 2 && !HasClass(heading, Unnumbered);

    public static string ParagraphStyle(ParagraphBlock paragraph, bool inNumberedSection) =>
        HasClass(paragraph, Plain) || IsImageOnly(paragraph) ? StyleIds.BodyText
        : HasClass(paragraph, Numbered) ? StyleIds.NumberedParagraph
        : inNumberedSection ? StyleIds.NumberedParagraph
        : StyleIds.BodyText;

    public static string ListStyle(ListBlock list) => list.BulletType switch
    {
        'a' or 'A' => StyleIds.ListLetter,
        'i' or 'I' => StyleIds.ListRoman,
        '1' => StyleIds.ListNumber,
        _ => StyleIds.ListBullet,
    };

    public static int ListStart(ListBlock list)
    {
        if (!list.IsOrdered || string.IsNullOrEmpty(list.OrderedStart))
        {
            return 1;
        }

        var start = list.OrderedStart!;
        if (int.TryParse(start, out var number))
        {
            return Math.Max(1, number);
        }

        if (list.BulletType is 'a' or 'A' && start.Length == 1)
        {
            return char.ToLowerInvariant(start[0]) - 'a' + 1;
        }

        return 1;
    }

    /// <summary>A paragraph of images only (a figure): never numbered.</summary>
    public static bool IsImageOnly(ParagraphBlock paragraph)
    {
        var any = false;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true }:
                    any = true;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline:
                    break;
                default:
                    return false;
            }
        }

        return any;
    }

    public static bool IsPageBreak(ParagraphBlock paragraph) => PlainText(paragraph.Inline).Trim() == PageBreakText;

    /// <summary>Numbers as council tables write them: "35.214", "-0.194", "£84.5m", "(6.7)", "18.4%", "1,070", "n/a", "-".</summary>
    [GeneratedRegex(@"^\s*(?:[-\u2212+]?\(?[-\u2212]?£?\d[\d,]*(?:\.\d+)?(?:m|k|bn)?%?\)?|n/a|-|\u2013|\u2014)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex NumericPattern();

    public static bool IsNumeric(string text) => NumericPattern().IsMatch(text);

    /// <summary>
    /// A number column: the Markdown aligns it right (<c>---:</c>), or it has no alignment (<c>---</c>) and every
    /// non-empty body cell is a number; <c>:---</c> or <c>:---:</c> makes it a text column.
    /// <paramref name="texts"/> holds each row's cell texts.
    /// </summary>
    public static bool IsNumericColumn(Markdig.Extensions.Tables.Table table, IReadOnlyList<Markdig.Extensions.Tables.TableRow> rows, IReadOnlyList<string[]> texts, int column)
    {
        var alignment = column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment : null;
        if (alignment is not null)
        {
            return alignment == Markdig.Extensions.Tables.TableColumnAlign.Right;
        }

        var body = rows.Select((r, i) => (r, i)).Where(x => !x.r.IsHeader).Select(x => texts[x.i][column]).Where(t => t.Length > 0).ToList();
        return body.Count > 0 && body.All(IsNumeric) && body.Any(t => t.Any(char.IsDigit));
    }

    /// <summary>A totals row: its first cell starts with "Total", or a cell holds a <see cref="Markdown.TotalsInline"/> marker (never text that only reads "[[totals]]").</summary>
    public static bool IsTotalsRow(string firstCell, Markdig.Extensions.Tables.TableRow row) =>
        firstCell.TrimStart().StartsWith("Total", StringComparison.OrdinalIgnoreCase) || row.Descendants<Markdown.TotalsInline>().Any();

    /// <summary>The RAG status a table cell is shaded with: from its <see cref="Markdown.RagInline"/> marker, never from its text.</summary>
    public static Send.Domain.Finance.RagStatus? CellRag(Markdig.Extensions.Tables.TableCell cell) =>
        cell.Descendants<Markdown.RagInline>().FirstOrDefault()?.Status;

    public static bool HasClass(IMarkdownObject block, string name) =>
        block.TryGetAttributes()?.Classes?.Contains(name, StringComparer.Ordinal) ?? false;

    /// <summary>The text of an inline container as a reader would see it, markers included.</summary>
    public static string PlainText(ContainerInline? inlines)
    {
        if (inlines is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Append(builder, inlines);
        return builder.ToString();
    }

    /// <summary>The text of one inline as a reader would see it.</summary>
    public static string PlainText(Inline inline)
    {
        var builder = new StringBuilder();
        Append(builder, inline);
        return builder.ToString();
    }

    public static string PlainText(ContainerBlock block)
    {
        var builder = new StringBuilder();
        foreach (var leaf in block.Descendants<LeafBlock>())
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            Append(builder, leaf.Inline);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Inline? inline)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                return;
            case CodeInline code:
                builder.Append(code.Content);
                return;
            case LineBreakInline:
                builder.Append(' ');
                return;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                return;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                return;
            case HtmlInline html:
                builder.Append(html.Tag);
                return;
            case Markdig.Extensions.SmartyPants.SmartyPant smarty:
                builder.Append(InlineWriter.Typographic(smarty));
                return;
            case Markdown.RagInline rag:
                builder.Append(RagStatusText.Marker(rag.Status));
                return;
            case Markdown.TotalsInline:
                builder.Append(TotalsMarker);
                return;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(builder, child);
                }

                return;
        }
    }
}
