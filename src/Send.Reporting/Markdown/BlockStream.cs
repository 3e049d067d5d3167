using System.Globalization;
using System.Linq;
using System.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Send.Reporting.Docx;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace Send.Reporting.Markdown;

/// <summary>
/// A plain-text listing of the blocks a Markdown document becomes, with the roles the renderer gives them (heading
/// levels and numbering, paragraph styles, list kinds, table rows): what the golden tests compare, easy to read in
/// a diff.
/// </summary>
public static class BlockStream
{
    /// <summary>Describes a document, one block per line, nested blocks indented.</summary>
    /// <param name="markdown">The Markdown text.</param>
    /// <returns>The description, with "\n" line ends.</returns>
    public static string Describe(string markdown)
    {
        var builder = new StringBuilder();
        var numbered = false;
        foreach (var block in ReportMarkdown.Parse(markdown))
        {
            Describe(builder, block, 0, ref numbered, inContainer: false);
        }

        return builder.ToString();
    }

    private static void Describe(StringBuilder builder, Block block, int depth, ref bool numbered, bool inContainer)
    {
        var indent = new string(' ', depth * 2);
        var line = (block.Line + 1).ToString(CultureInfo.InvariantCulture);
        switch (block)
        {
            case HeadingBlock heading:
                var isNumbered = !inContainer && BlockRoles.IsNumberedHeading(heading);
                builder.Append(indent).Append(line).Append(": heading ").Append(heading.Level).Append(isNumbered ? " numbered" : " unnumbered")
                    .Append(" \"").Append(BlockRoles.PlainText(heading.Inline)).Append("\"\n");
                if (!inContainer)
                {
                    numbered = isNumbered;
                }

                break;
            case ParagraphBlock paragraph when BlockRoles.IsPageBreak(paragraph):
                builder.Append(indent).Append(line).Append(": page break\n");
                break;
            case ParagraphBlock paragraph:
                builder.Append(indent).Append(line).Append(": paragraph ")
                    .Append(inContainer ? "(container)" : BlockRoles.ParagraphStyle(paragraph, numbered))
                    .Append(" \"").Append(BlockRoles.PlainText(paragraph.Inline).Trim()).Append("\"\n");
                break;
            case ListBlock list:
                builder.Append(indent).Append(line).Append(": list ").Append(BlockRoles.ListStyle(list)).Append(" start ").Append(BlockRoles.ListStart(list)).Append('\n');
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    builder.Append(indent).Append("  item\n");
                    foreach (var child in item)
                    {
                        Describe(builder, child, depth + 2, ref numbered, inContainer: true);
                    }
                }

                break;
            case MdTable table:
                var rows = table.OfType<MdTableRow>().ToList();
                var columns = rows.Select(r => r.Count).DefaultIfEmpty(0).Max();
                var texts = rows.Select(r => Enumerable.Range(0, columns).Select(c => c < r.Count ? BlockRoles.PlainText((MdTableCell)r[c]).Trim() : string.Empty).ToArray()).ToList();
                builder.Append(indent).Append(line).Append(": table columns ")
                    .Append(string.Join(", ", Enumerable.Range(0, columns).Select(c => BlockRoles.IsNumericColumn(table, rows, texts, c) ? "number" : "text"))).Append('\n');
                for (var r = 0; r < rows.Count; r++)
                {
                    var row = rows[r];
                    var cells = texts[r];
                    var kind = row.IsHeader ? "header" : BlockRoles.IsTotalsRow(cells.FirstOrDefault() ?? string.Empty, row) ? "totals" : "row";
                    builder.Append(indent).Append("  ").Append(kind).Append(" | ").Append(string.Join(" | ", cells)).Append(" |\n");
                }

                break;
            case CustomContainer container:
                builder.Append(indent).Append(line).Append(": container ").Append(container.Info).Append('\n');
                if (container.Info is "contact" or "title")
                {
                    numbered = false;
                }

                foreach (var child in container)
                {
                    Describe(builder, child, depth + 1, ref numbered, inContainer: true);
                }

                break;
            case FencedCodeBlock fenced:
                builder.Append(indent).Append(line).Append(": fenced ").Append(fenced.Info).Append(" (").Append(fenced.Lines.Count).Append(" lines)\n");
                break;
            case ContainerBlock other:
                builder.Append(indent).Append(line).Append(": ").Append(other.GetType().Name).Append('\n');
                foreach (var child in other)
                {
                    Describe(builder, child, depth + 1, ref numbered, inContainer: true);
                }

                break;
            default:
                builder.Append(indent).Append(line).Append(": ").Append(block.GetType().Name).Append('\n');
                break;
        }
    }
}
