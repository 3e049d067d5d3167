using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Send.Reporting.Markdown;

/// <summary>Adds one marker parser ahead of the link parser (which would otherwise read <c>[[...]]</c> as link text), once.</summary>
/// <typeparam name="TParser">The marker parser.</typeparam>
internal sealed class MarkerParserExtension<TParser> : IMarkdownExtension
    where TParser : InlineParser, new()
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<TParser>())
        {
            var link = pipeline.InlineParsers.FindExact<LinkInlineParser>();
            var index = link is null ? 0 : pipeline.InlineParsers.IndexOf(link);
            pipeline.InlineParsers.Insert(index, new TParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
