using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Send.Reporting.Markdown;

/// <summary>Adds <see cref="ReportMarkerParser"/> ahead of the link parser.</summary>
internal sealed class ReportMarkersExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<ReportMarkerParser>())
        {
            var link = pipeline.InlineParsers.FindExact<LinkInlineParser>();
            var index = link is null ? 0 : pipeline.InlineParsers.IndexOf(link);
            pipeline.InlineParsers.Insert(index, new ReportMarkerParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
