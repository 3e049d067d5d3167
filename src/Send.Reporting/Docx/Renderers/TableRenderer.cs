using System;
using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Renderers;
using Send.Domain.Finance;
using Send.Reporting.Styling;
using TableColumnAlign = Markdig.Extensions.Tables.TableColumnAlign;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// A pipe table in the ReportTable style: the header row repeats on every page, no row splits across pages, a
/// column whose body cells are all numbers (or that the Markdown right-aligns) uses the right-aligned number styles,
/// a row whose first cell starts with "Total" (or that contains <c>[[totals]]</c>) uses the totals styles, and a cell
/// with a RAG marker is filled from the house style's palette.
/// </summary>
internal sealed class TableRenderer : MarkdownObjectRenderer<DocxRenderer, MdTable>
{
    /// <summary>Tables of up to this many rows are kept on one page.</summary>
    public const int KeepTogetherRows = 15;

    protected override void Write(DocxRenderer renderer, MdTable table)
    {
        var rows = table.OfType<MdTableRow>().ToList();
        var columns = Math.Max(table.ColumnDefinitions.Count, rows.Select(r => r.Count).DefaultIfEmpty(0).Max());
        if (rows.Count == 0 || columns == 0)
        {
            return;
        }

        var texts = rows.Select(r => Enumerable.Range(0, columns).Select(c => c < r.Count ? BlockRoles.PlainText((MdTableCell)r[c]).Trim() : string.Empty).ToArray()).ToList();
        var numeric = Enumerable.Range(0, columns).Select(c => BlockRoles.IsNumericColumn(table, rows, texts, c)).ToArray();
        var totals = rows.Select((r, i) => !r.IsHeader && BlockRoles.IsTotalsRow(texts[i][0], string.Join("|", texts[i]))).ToArray();
        var lastIsTotals = totals[^1];

        var width = renderer.TextWidth - 851;
        var widths = ColumnWidths(texts, numeric, width);
        var grid = new TableGrid();
        foreach (var w in widths)
        {
            grid.Append(new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var result = new DocumentFormat.OpenXml.Wordprocessing.Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.ReportTable },
                new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = lastIsTotals ? "04E0" : "04A0", FirstRow = true, LastRow = lastIsTotals, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            grid);

        var outerStyle = renderer.ParagraphStyleOverride;
        var outerList = renderer.CurrentList;
        renderer.CurrentList = null;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var rowProperties = new TableRowProperties(new CantSplit());
            if (row.IsHeader)
            {
                rowProperties.Append(new TableHeader());
            }

            var wordRow = new DocumentFormat.OpenXml.Wordprocessing.TableRow(rowProperties);
            for (var c = 0; c < columns; c++)
            {
                var style = row.IsHeader
                    ? (numeric[c] ? StyleIds.TableHeadingNumber : StyleIds.TableHeading)
                    : totals[r]
                        ? (numeric[c] ? StyleIds.TableTotalNumber : StyleIds.TableTotal)
                        : (numeric[c] ? StyleIds.TableNumber : StyleIds.TableText);
                var cell = new DocumentFormat.OpenXml.Wordprocessing.TableCell();
                renderer.CellRag = null;
                renderer.ParagraphStyleOverride = style;
                renderer.PushContainer(cell);
                if (c < row.Count)
                {
                    renderer.WriteChildren((MdTableCell)row[c]);
                }

                renderer.PopContainer();
                if (!cell.Elements<Paragraph>().Any())
                {
                    cell.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style })));
                }

                var cellProperties = new TableCellProperties(new TableCellWidth { Width = widths[c].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                var fill = renderer.CellRag is RagStatus rag ? renderer.HouseStyle.Palette.Fill(rag) : row.IsHeader ? renderer.HouseStyle.TableHeaderFill : null;
                if (fill is not null)
                {
                    cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
                }

                cell.PrependChild(cellProperties);
                wordRow.Append(cell);
            }

            result.Append(wordRow);
        }

        if (rows.Count <= KeepTogetherRows)
        {
            // A short table stays on one page: every row but the last keeps with the next.
            foreach (var paragraph in result.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().SkipLast(1).SelectMany(r => r.Descendants<Paragraph>()))
            {
                paragraph.ParagraphProperties!.KeepNext = new KeepNext();
            }
        }

        renderer.CellRag = null;
        renderer.ParagraphStyleOverride = outerStyle;
        renderer.CurrentList = outerList;
        if (rows.Count <= KeepTogetherRows && renderer.LastAppended is Paragraph introduction && introduction.ParagraphProperties is { } introductionProperties)
        {
            // "A progress summary for each strand is as follows:" stays on the page with its table.
            introductionProperties.KeepNext ??= new KeepNext();
        }

        renderer.Append(result);

        // Word needs a paragraph between two adjacent tables, and after a table at the end of a cell or document.
        renderer.AppendParagraph(StyleIds.Normal).ParagraphProperties!.Append(new SpacingBetweenLines { After = "0", Line = "200", LineRule = LineSpacingRuleValues.Exact });
    }

    private static int[] ColumnWidths(List<string[]> texts, bool[] numeric, int total)
    {
        // Weights follow the longest cell text, but never less than the longest word in the column plus room for
        // bold header text and cell margins (so a header such as "Comparators" or "Devon" is not broken mid-word);
        // numbers need little room, and prose columns are capped so that they cannot squeeze the number columns.
        var weights = new double[numeric.Length];
        for (var c = 0; c < numeric.Length; c++)
        {
            var longest = texts.Select(t => t[c].Length).DefaultIfEmpty(1).Max();
            var longestWord = texts.SelectMany(t => t[c].Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => w.Length).DefaultIfEmpty(1).Max();
            weights[c] = Math.Max(longestWord + 4, numeric[c] ? Math.Clamp(longest, 7, 14) : Math.Clamp(longest, 8, 40));
        }

        var sum = weights.Sum();
        var widths = weights.Select(w => (int)Math.Floor(total * w / sum)).ToArray();
        widths[0] += total - widths.Sum();
        return widths;
    }
}
