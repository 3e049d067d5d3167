using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Renderers;
using Markdig.Syntax;
using Send.Reporting.Styling;

namespace Send.Reporting.Docx.Renderers;

/// <summary>
/// A fenced block whose info string has a registered <see cref="IDocxBlockRenderer"/> (for example <c>chart</c>, from
/// the charts extension) is handed to it. A fenced block with no info string (or <c>text</c>) and an indented code
/// block are written as plain text lines. Any other info string (a mistyped <c>```charts</c>, or <c>```chart</c> in
/// an engine built without charts) is a problem, so that a block's source never prints into a paper.
/// </summary>
internal sealed class CodeBlockRenderer : MarkdownObjectRenderer<DocxRenderer, CodeBlock>
{
    protected override void Write(DocxRenderer renderer, CodeBlock block)
    {
        var info = (block as FencedCodeBlock)?.Info?.Trim() ?? string.Empty;
        var body = Body(block);
        if (info.Length > 0 && renderer.BlockRenderers.TryGet(info, out var custom))
        {
            custom.Render(new DocxBlockContext(renderer, block.Line + 1), body);
            return;
        }

        if (info.Length > 0 && !string.Equals(info, "text", System.StringComparison.OrdinalIgnoreCase))
        {
            renderer.Problem(block, $"unknown fenced block '```{info}'; expected " + Expected(renderer));
            return;
        }

        var paragraph = renderer.AppendParagraph(renderer.ParagraphStyleOverride ?? StyleIds.BodyText);
        var first = true;
        foreach (var line in body.Split('\n'))
        {
            if (!first)
            {
                paragraph.Append(new Run(new Break()));
            }

            paragraph.Append(new Run(new Text(line.TrimEnd('\r')) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
            first = false;
        }
    }

    private static string Body(CodeBlock block)
    {
        var builder = new StringBuilder();
        var lines = block.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            builder.Append(lines.Lines[i].Slice.AsSpan());
        }

        return builder.ToString();
    }

    private static string Expected(DocxRenderer renderer)
    {
        var known = renderer.BlockRenderers.InfoStrings;
        var blocks = known.Count == 0 ? "no named block (this engine has no block extensions; charts need ReportEngineBuilder.UseCharts)" : string.Join(", ", known.Select(i => "```" + i));
        return blocks + " (or ```text, or no name, for literal text)";
    }
}
