using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Send.Reporting.Templating;

namespace Send.Reporting.Functions;

/// <summary>
/// Builds a pipe table for the domain table functions: every cell is escaped here (and only here), markers such as
/// RAG and totals are added as trusted Markdown, and number columns are declared right-aligned.
/// </summary>
internal sealed class MarkdownTableBuilder
{
    private readonly string[] headers;
    private readonly bool[] numeric;
    private readonly List<string> rows = new();

    public MarkdownTableBuilder(params (string Header, bool Number)[] columns)
    {
        headers = columns.Select(c => c.Header).ToArray();
        numeric = columns.Select(c => c.Number).ToArray();
    }

    /// <summary>Adds a row of plain-text cells (escaped here).</summary>
    public MarkdownTableBuilder Row(params string?[] cells) => Add(false, cells.Select(c => new Cell(c ?? string.Empty)).ToArray());

    /// <summary>Adds a row whose cells may carry a trusted marker after their escaped text.</summary>
    public MarkdownTableBuilder Row(params Cell[] cells) => Add(false, cells);

    /// <summary>Adds a totals row (<c>[[totals]]</c> marker in the first cell).</summary>
    public MarkdownTableBuilder Totals(params string?[] cells) => Add(true, cells.Select(c => new Cell(c ?? string.Empty)).ToArray());

    /// <summary>Adds a totals row of cells.</summary>
    public MarkdownTableBuilder Totals(params Cell[] cells) => Add(true, cells);

    public RawMarkdown Build()
    {
        var builder = new StringBuilder();
        builder.Append('|');
        foreach (var header in headers)
        {
            builder.Append(' ').Append(MarkdownText.Cell(header)).Append(" |");
        }

        builder.Append("\n|");
        foreach (var number in numeric)
        {
            builder.Append(number ? "---:|" : ":---|");
        }

        builder.Append('\n');
        foreach (var row in rows)
        {
            builder.Append(row).Append('\n');
        }

        return new RawMarkdown(builder.ToString());
    }

    private MarkdownTableBuilder Add(bool totals, Cell[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"a row has {cells.Length} cells; the table has {headers.Length} columns");
        }

        var builder = new StringBuilder("|");
        for (var i = 0; i < cells.Length; i++)
        {
            builder.Append(' ').Append(MarkdownText.Cell(cells[i].Text));
            if (cells[i].Marker is string marker)
            {
                builder.Append(cells[i].Text.Length > 0 ? " " : string.Empty).Append(marker);
            }

            if (i == 0 && totals)
            {
                builder.Append(' ').Append(Docx.BlockRoles.TotalsMarker);
            }

            builder.Append(" |");
        }

        rows.Add(builder.ToString());
        return this;
    }

    /// <summary>A cell: text to escape, and optionally a trusted marker such as <c>[[rag:green]]</c>.</summary>
    public readonly record struct Cell(string Text, string? Marker = null);
}
