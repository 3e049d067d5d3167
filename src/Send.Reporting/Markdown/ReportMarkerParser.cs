using System;
using Markdig.Helpers;
using Markdig.Parsers;
using Send.Domain.Finance;

namespace Send.Reporting.Markdown;

/// <summary>
/// Parses the report markers <c>[[rag:red]]</c>, <c>[[rag:amber]]</c>, <c>[[rag:green]]</c> and <c>[[totals]]</c>
/// into <see cref="RagInline"/> and <see cref="TotalsInline"/> nodes. Anything else starting with <c>[</c> is left
/// to the link parser.
/// </summary>
/// <remarks>
/// Runs before the escape-free literal text is built, so an escaped bracket (<c>\[</c>, which every data value gets
/// from <see cref="Templating.MarkdownText.Escape"/>) is consumed by Markdig's escape parser and never reaches this
/// parser: markers come from templates and Send's functions only.
/// </remarks>
internal sealed class ReportMarkerParser : InlineParser
{
    private const string Totals = "[[totals]]";
    private const string RagPrefix = "[[rag:";

    public ReportMarkerParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.AsSpan();
        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        if (text.StartsWith(Totals, StringComparison.Ordinal))
        {
            processor.Inline = new TotalsInline { Span = new(start, start + Totals.Length - 1), Line = line, Column = column };
            slice.Start += Totals.Length;
            return true;
        }

        if (!text.StartsWith(RagPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text.Slice(RagPrefix.Length);
        foreach (var (name, status) in new[] { ("red]]", RagStatus.Red), ("amber]]", RagStatus.Amber), ("green]]", RagStatus.Green) })
        {
            if (rest.StartsWith(name, StringComparison.Ordinal))
            {
                var length = RagPrefix.Length + name.Length;
                processor.Inline = new RagInline(status) { Span = new(start, start + length - 1), Line = line, Column = column };
                slice.Start += length;
                return true;
            }
        }

        return false;
    }
}
