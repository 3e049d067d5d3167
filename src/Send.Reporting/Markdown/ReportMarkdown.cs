using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;

namespace Send.Reporting.Markdown;

/// <summary>
/// The Markdown dialect of report templates: CommonMark with pipe tables, generic attributes (<c>{.unnumbered}</c>),
/// custom containers (<c>::: note</c>), list extras (lettered <c>a)</c> and roman <c>i)</c> lists) and
/// <c>~~strike-through~~</c>.
/// </summary>
public static class ReportMarkdown
{
    /// <summary>The Markdig pipeline; immutable and shared.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGenericAttributes()
        .UseCustomContainers()
        .UseListExtras()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .Build();

    /// <summary>Parses Markdown with <see cref="Pipeline"/>.</summary>
    /// <param name="markdown">The Markdown text.</param>
    /// <returns>The document tree.</returns>
    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown ?? string.Empty, Pipeline);
}
