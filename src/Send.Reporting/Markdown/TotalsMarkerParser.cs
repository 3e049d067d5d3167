using System;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Send.Reporting.Markdown;

/// <summary>
/// Parses the totals marker <c>[[totals]]</c> into a <see cref="TotalsInline"/> node (the totals extension). Like
/// <see cref="RagMarkerParser"/>, it never sees escaped data text.
/// </summary>
internal sealed class TotalsMarkerParser : InlineParser
{
    private const string Totals = "[[totals]]";

    public TotalsMarkerParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (!slice.AsSpan().StartsWith(Totals, StringComparison.Ordinal))
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new TotalsInline { Span = new(start, start + Totals.Length - 1), Line = line, Column = column };
        slice.Start += Totals.Length;
        return true;
    }
}
