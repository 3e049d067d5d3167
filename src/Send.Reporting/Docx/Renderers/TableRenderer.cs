using System;
using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Renderers;
using Send.Domain.Finance;
using Send.Reporting.Styling;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using TableColumnAlign = Markdig.Extensions.Tables.TableColumnAlign;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// A pipe table in the ReportTable style: the header row repeats on every page, no row splits across pages, the
/// header keeps with the first two body rows (and nothing more is held together, so a long table does not leave a
/// page empty), a column whose body cells are all numbers (or that the Markdown right-aligns) uses the right-aligned
/// number styles with cells that never wrap, a centred column (<c>:---:</c>) is centred, a row whose first cell
/// starts with "Total" (or that holds a <see cref="Markdown.TotalsInline"/> marker) uses the totals styles, and a
/// cell with a <see cref="Markdown.RagInline"/> marker is filled from the house style's palette. Column widths come
/// from the text measured in the house style's table font (<see cref="FontMetrics"/>: its own widths for Arial- and
/// Times-compatible fonts, a safe wider estimate for others), so no word is split.
/// </summary>
internal sealed class TableRenderer : MarkdownObjectRenderer<DocxRenderer, MdTable>
{
    /// <summary>Body rows kept on the page with the header row.</summary>
    public const int RowsKeptWithHeader = 2;

    /// <summary>The smallest table font size in half-points that widths are measured at (12 pt, above the default house style's 10 pt, for room to spare).</summary>
    private const int MeasuredHalfPoints = 24;

    /// <summary>Left and right cell margins together, plus room for rounding, in twips.</summary>
    private const int CellPadding = 216 + 60;

    protected override void Write(DocxRenderer renderer, MdTable table)
    {
        var rows = table.OfType<MdTableRow>().ToList();
        var columns = Math.Max(table.ColumnDefinitions.Count, rows.Select(r => r.Count).DefaultIfEmpty(0).Max());
        if (rows.Count == 0 || columns == 0)
        {
            return;
        }

        var texts = rows.Select(r => Enumerable.Range(0, columns).Select(c => c < r.Count ? BlockRoles.PlainText((MdTableCell)r[c]).Trim() : string.Empty).ToArray()).ToList();
        var shown = rows.Select(r => Enumerable.Range(0, columns).Select(c => c < r.Count ? ShownText((MdTableCell)r[c]) : string.Empty).ToArray()).ToList();
        var numeric = Enumerable.Range(0, columns).Select(c => BlockRoles.IsNumericColumn(table, rows, texts, c)).ToArray();
        var centred = Enumerable.Range(0, columns).Select(c => c < table.ColumnDefinitions.Count && table.ColumnDefinitions[c].Alignment == TableColumnAlign.Center).ToArray();
        var totals = rows.Select((r, i) => !r.IsHeader && BlockRoles.IsTotalsRow(texts[i][0], r)).ToArray();
        var lastIsTotals = totals[^1];

        var width = renderer.TextWidth - 851;
        var font = FontMetrics.For(renderer.HouseStyle.TableFont);
        var size = Math.Max(MeasuredHalfPoints, renderer.HouseStyle.TableFontHalfPoints);
        var widths = ColumnWidths(shown, rows.Select(r => r.IsHeader).ToArray(), numeric, width, font, size);
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
        var headerRows = rows.Count(r => r.IsHeader);
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
                renderer.ParagraphStyleOverride = style;
                renderer.PushContainer(cell);
                var markdownCell = c < row.Count ? (MdTableCell)row[c] : null;
                if (markdownCell is not null)
                {
                    renderer.WriteChildren(markdownCell);
                }

                renderer.PopContainer();
                if (!cell.Elements<Paragraph>().Any())
                {
                    cell.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style })));
                }

                if (centred[c])
                {
                    foreach (var paragraph in cell.Elements<Paragraph>())
                    {
                        paragraph.ParagraphProperties!.Justification = new Justification { Val = JustificationValues.Center };
                    }
                }

                var cellProperties = new TableCellProperties(new TableCellWidth { Width = widths[c].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                var rag = markdownCell is null ? null : BlockRoles.CellRag(markdownCell);
                var fill = rag is RagStatus status ? renderer.HouseStyle.Palette.Fill(status) : row.IsHeader ? renderer.HouseStyle.TableHeaderFill : null;
                if (fill is not null)
                {
                    cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
                }

                if (numeric[c])
                {
                    // "-0.194" never splits after its minus sign, and a figure never wraps.
                    cellProperties.Append(new NoWrap());
                }

                cell.PrependChild(cellProperties);
                wordRow.Append(cell);
            }

            result.Append(wordRow);
        }

        // The header keeps with the first body rows only; the rest of the table flows across pages.
        foreach (var paragraph in result.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Take(Math.Min(rows.Count - 1, headerRows + RowsKeptWithHeader - 1)).SelectMany(r => r.Descendants<Paragraph>()))
        {
            paragraph.ParagraphProperties!.KeepNext = new KeepNext();
        }

        renderer.ParagraphStyleOverride = outerStyle;
        renderer.CurrentList = outerList;
        renderer.Append(result);

        // Word needs a paragraph between two adjacent tables, and after a table at the end of a cell or document.
        renderer.AppendParagraph(StyleIds.Normal).ParagraphProperties!.Append(new SpacingBetweenLines { After = "0", Line = "200", LineRule = LineSpacingRuleValues.Exact });
    }

    /// <summary>The text a reader sees in a cell: markers shown as their words, typographic punctuation, minus signs.</summary>
    private static string ShownText(MdTableCell cell)
    {
        var text = BlockRoles.PlainText(cell).Trim();
        if (BlockRoles.CellRag(cell) is RagStatus status)
        {
            text = text.Replace(RagStatusText.Marker(status), RagStatusText.Label(status), StringComparison.Ordinal);
        }

        return InlineWriter.MinusSigns(text.Replace(BlockRoles.TotalsMarker, string.Empty, StringComparison.Ordinal).Trim());
    }

    /// <summary>
    /// Column widths in twips summing to <paramref name="total"/>: each column at least as wide as its longest word
    /// (its whole text for a number column, which never wraps; header words measured bold), then the rest shared in
    /// proportion to how much more each column would need to fit its longest text on one line.
    /// </summary>
    internal static int[] ColumnWidths(IReadOnlyList<string[]> texts, bool[] header, bool[] numeric, int total) =>
        ColumnWidths(texts, header, numeric, total, FontMetrics.Arial, MeasuredHalfPoints);

    /// <summary>As <see cref="ColumnWidths(IReadOnlyList{string[]}, bool[], bool[], int)"/>, measured in <paramref name="font"/> at <paramref name="halfPoints"/>.</summary>
    internal static int[] ColumnWidths(IReadOnlyList<string[]> texts, bool[] header, bool[] numeric, int total, FontMetrics font, int halfPoints)
    {
        var columns = numeric.Length;
        var minimum = new int[columns];
        var desired = new int[columns];
        for (var c = 0; c < columns; c++)
        {
            for (var r = 0; r < texts.Count; r++)
            {
                var text = texts[r][c];
                var bold = header[r];
                var whole = TextMeasure.Twips(text, halfPoints, bold, font) + CellPadding;
                var longestWord = numeric[c] && !header[r]
                    ? whole
                    : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => TextMeasure.Twips(w, halfPoints, bold, font)).DefaultIfEmpty(0).Max() + CellPadding;
                minimum[c] = Math.Max(minimum[c], longestWord);
                desired[c] = Math.Max(desired[c], whole);
            }

            desired[c] = Math.Max(desired[c], minimum[c]);
        }

        var widths = new int[columns];
        var sumMinimum = minimum.Sum();
        if (sumMinimum >= total)
        {
            // Too many columns to fit every word: shrink in proportion (some words will break; nothing better fits).
            for (var c = 0; c < columns; c++)
            {
                widths[c] = (int)((long)total * minimum[c] / Math.Max(1, sumMinimum));
            }
        }
        else
        {
            var extra = total - sumMinimum;
            var wants = desired.Select((d, c) => (long)(d - minimum[c])).ToArray();
            var sumWants = wants.Sum();
            if (sumWants <= extra)
            {
                // Everything fits on one line: give what is left to the text columns (all columns if none).
                var spare = extra - sumWants;
                var receivers = Enumerable.Range(0, columns).Where(c => !numeric[c]).DefaultIfEmpty(-1).ToArray();
                var share = receivers[0] < 0 ? Enumerable.Range(0, columns).ToArray() : receivers;
                var weight = share.Sum(c => (long)desired[c]);
                for (var c = 0; c < columns; c++)
                {
                    widths[c] = desired[c] + (share.Contains(c) ? (int)(spare * desired[c] / Math.Max(1, weight)) : 0);
                }
            }
            else
            {
                for (var c = 0; c < columns; c++)
                {
                    widths[c] = minimum[c] + (int)(extra * wants[c] / Math.Max(1, sumWants));
                }
            }
        }

        widths[0] += total - widths.Sum();
        return widths;
    }
}
