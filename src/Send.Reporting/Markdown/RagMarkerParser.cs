using System;
using Markdig.Helpers;
using Markdig.Parsers;
using Send.Domain.Finance;

namespace Send.Reporting.Markdown;

/// <summary>
/// Parses the RAG markers <c>[[rag:red]]</c>, <c>[[rag:amber]]</c> and <c>[[rag:green]]</c> into
/// <see cref="RagInline"/> nodes (the RAG cells extension). Anything else starting with <c>[</c> is left to the other
/// parsers.
/// </summary>
/// <remarks>
/// Runs before the escape-free literal text is built, so an escaped bracket (<c>\[</c>, which every data value gets
/// from <see cref="Templating.MarkdownText.Escape"/>) is consumed by Markdig's escape parser and never reaches this
/// parser: markers come from templates and Send's functions only.
/// </remarks>
internal sealed class RagMarkerParser : InlineParser
{
    private const string RagPrefix = "[[rag:";

    public RagMarkerParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.AsSpan();
        if (!text.StartsWith(RagPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
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
