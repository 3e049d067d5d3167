using System.Collections.Generic;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;

namespace Send.Reporting.Markdown;

/// <summary>
/// The Markdown dialect of report templates: CommonMark with pipe tables, generic attributes (<c>{.unnumbered}</c>,
/// <c>{#id}</c>), heading identifiers for <c>#anchor</c> links, custom containers (<c>::: note</c>), list extras
/// (lettered <c>a)</c> and roman <c>i)</c> lists), <c>~~strike-through~~</c>, <c>^superscript^</c>,
/// <c>~subscript~</c>, footnotes (<c>[^1]</c>), the report markers (<c>[[rag:green]]</c>, <c>[[totals]]</c>) and,
/// unless switched off, typographic quotes and dashes (SmartyPants: "quotes", 'quotes', -- and ---, ...).
/// </summary>
internal static class ReportMarkdown
{
    /// <summary>The Markdown syntax of the RAG cells extension: <c>[[rag:green]]</c> markers.</summary>
    internal static IMarkdownExtension RagMarkers { get; } = new MarkerParserExtension<RagMarkerParser>();

    /// <summary>The Markdown syntax of the totals extension: the <c>[[totals]]</c> marker.</summary>
    internal static IMarkdownExtension TotalsMarkers { get; } = new MarkerParserExtension<TotalsMarkerParser>();

    private static readonly IMarkdownExtension[] DefaultMarkers = { RagMarkers, TotalsMarkers };

    /// <summary>The Markdig pipeline with typographic punctuation and both report markers; immutable and shared.</summary>
    public static MarkdownPipeline Pipeline { get; } = Build(typographic: true, DefaultMarkers);

    /// <summary>The Markdig pipeline without typographic punctuation (straight quotes and hyphens stay as typed).</summary>
    public static MarkdownPipeline PlainPunctuationPipeline { get; } = Build(typographic: false, DefaultMarkers);

    /// <summary>Parses Markdown with <see cref="Pipeline"/>.</summary>
    /// <param name="markdown">The Markdown text.</param>
    /// <returns>The document tree.</returns>
    public static MarkdownDocument Parse(string markdown) => Parse(markdown, typographic: true);

    /// <summary>Parses Markdown, with or without typographic punctuation.</summary>
    /// <param name="markdown">The Markdown text.</param>
    /// <param name="typographic">Whether straight quotes, <c>--</c>, <c>---</c> and <c>...</c> become typographic.</param>
    /// <returns>The document tree.</returns>
    public static MarkdownDocument Parse(string markdown, bool typographic) =>
        Markdig.Markdown.Parse(markdown ?? string.Empty, typographic ? Pipeline : PlainPunctuationPipeline);

    /// <summary>Builds the dialect's pipeline with the extensions an engine was built with (markers, your own syntax).</summary>
    /// <param name="typographic">Whether straight quotes, <c>--</c>, <c>---</c> and <c>...</c> become typographic.</param>
    /// <param name="extensions">Markdig extensions added after the dialect's own and before generic attributes.</param>
    /// <returns>The pipeline; immutable.</returns>
    internal static MarkdownPipeline Build(bool typographic, IReadOnlyList<IMarkdownExtension> extensions)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseCustomContainers()
            .UseListExtras()
            .UseFootnotes()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough | EmphasisExtraOptions.Superscript | EmphasisExtraOptions.Subscript);
        foreach (var extension in extensions)
        {
            if (!builder.Extensions.Contains(extension))
            {
                builder.Extensions.Add(extension);
            }
        }

        if (typographic)
        {
            builder.UseSmartyPants();
        }

        // Last, as Markdig asks: it wraps the parsers added before it so that they accept {#id .class key=value}.
        builder.UseGenericAttributes();
        return builder.Build();
    }
}
