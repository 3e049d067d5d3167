using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Send.Domain.Finance;
using Send.Domain.Validation;
using Send.Reporting.Docx.Renderers;
using Send.Reporting.Styling;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace Send.Reporting.Docx;

/// <summary>
/// Accessibility checks on a report's Markdown and house style, modelled on Word's Accessibility Checker and WCAG
/// 2.2 AA (the standard the Public Sector Bodies Accessibility Regulations 2018 apply to published documents). Each
/// finding is a warning with a code and a line; <c>send check --strict</c> treats them as errors. docs/accessibility.md
/// describes every check.
/// </summary>
/// <remarks>
/// What the renderer already refuses is not repeated here: an image without alt text, an empty heading, a heading
/// level the house style lacks and inline HTML are render errors. RAG cells always show the status word, and chart
/// series differ by marker and dash pattern as well as colour, so colour is never the only carrier of meaning in what
/// Send draws; the contrast check covers the colours Send fills cells with.
/// </remarks>
internal static class AccessibilityCheck
{
    /// <summary>WCAG 2.2 AA's minimum contrast for normal-size text (1.4.3).</summary>
    public const double MinimumContrast = 4.5;

    public const string HeadingSkipCode = "SEND-A11Y-HEADING-SKIP";
    public const string TableHeaderCode = "SEND-A11Y-TABLE-HEADER";
    public const string LinkTextCode = "SEND-A11Y-LINK-TEXT";
    public const string ContrastCode = "SEND-A11Y-CONTRAST";

    public static IReadOnlyList<DataProblem> Run(MarkdownDocument document, HouseStyle houseStyle, string source)
    {
        var problems = new List<DataProblem>();
        void Warn(string code, int? line, string message) =>
            problems.Add(new DataProblem(source, message) { Line = line, Code = code, Severity = DataProblemSeverity.Warning });

        var previousLevel = 0;
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                case HeadingBlock heading when !InTitleBlock(heading):
                    if (previousLevel > 0 ? heading.Level > previousLevel + 1 : heading.Level > 1)
                    {
                        Warn(HeadingSkipCode, heading.Line + 1, $"heading level {heading.Level} follows {(previousLevel == 0 ? "no heading" : "level " + previousLevel.ToString(CultureInfo.InvariantCulture))}; screen-reader users navigate by heading levels, so go down one level at a time ('{BlockRoles.PlainText(heading.Inline).Trim()}')");
                    }

                    previousLevel = heading.Level;
                    break;
                case MdTable table:
                    var header = table.OfType<MdTableRow>().FirstOrDefault(r => r.IsHeader);
                    if (header is null || header.OfType<MdTableCell>().All(c => BlockRoles.PlainText(c).Trim().Length == 0))
                    {
                        Warn(TableHeaderCode, table.Line + 1, "a table has no header text; give each column a heading so that screen readers can announce it");
                    }

                    break;
                case LinkInline { IsImage: false } link when LinkTextIsAddress(BlockRoles.PlainText(link).Trim(), link.Url):
                    Warn(LinkTextCode, link.Line + 1, $"the link text is its address '{link.Url}'; describe where the link goes (for example [SEND code of practice](...))");
                    break;
                case AutolinkInline { IsEmail: false } autolink:
                    Warn(LinkTextCode, autolink.Line + 1, $"the link text is its address '{autolink.Url}'; write [what it is]({autolink.Url}) instead of <{autolink.Url}>");
                    break;
            }
        }

        foreach (var status in new[] { RagStatus.Red, RagStatus.Amber, RagStatus.Green })
        {
            CheckContrast(houseStyle.Palette.Fill(status), $"the {RagStatusText.Label(status)} RAG fill", houseStyle, Warn);
        }

        if (houseStyle.TableHeaderFill is string headerFill)
        {
            CheckContrast(headerFill, "the table header fill", houseStyle, Warn);
        }

        return problems;
    }

    /// <summary>The WCAG contrast ratio of black text (Word's automatic colour on a light fill) on a fill colour.</summary>
    public static double ContrastWithBlack(string hex)
    {
        var luminance = RelativeLuminance(hex);
        return (luminance + 0.05) / 0.05;
    }

    /// <summary>WCAG 2.2's relative luminance of an sRGB colour written RRGGBB.</summary>
    public static double RelativeLuminance(string hex)
    {
        double Channel(int offset)
        {
            var value = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }

    private static void CheckContrast(string fill, string what, HouseStyle houseStyle, Action<string, int?, string> warn)
    {
        if (!RagPalette.IsColour(fill))
        {
            return;
        }

        // Table text is black (the house styles' automatic colour on a light fill); a fill dark enough to fail with
        // black needs white text, which Send does not write.
        var contrast = ContrastWithBlack(fill);
        if (contrast < MinimumContrast)
        {
            warn(ContrastCode, null, $"{what} #{fill} in house style '{houseStyle.Source}' gives black text a contrast of {contrast.ToString("0.0", CultureInfo.InvariantCulture)}:1; WCAG AA needs at least 4.5:1 (use a lighter fill)");
        }
    }

    private static bool LinkTextIsAddress(string text, string? url)
    {
        if (string.IsNullOrEmpty(url) || text.Length == 0)
        {
            return false;
        }

        static string Bare(string value) => value.Trim().TrimEnd('/').Replace("https://", string.Empty, StringComparison.OrdinalIgnoreCase).Replace("http://", string.Empty, StringComparison.OrdinalIgnoreCase).Replace("mailto:", string.Empty, StringComparison.OrdinalIgnoreCase);
        return url.Contains("://", StringComparison.Ordinal) && string.Equals(Bare(text), Bare(url), StringComparison.OrdinalIgnoreCase);
    }

    private static bool InTitleBlock(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is CustomContainer container && string.Equals(container.Info?.Trim(), ContainerRenderer.Title, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
