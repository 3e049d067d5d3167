using System;
using System.Collections.Generic;
using Markdig;
using Send.Reporting.Docx;

namespace Send.Reporting.Extensions;

/// <summary>
/// What an <see cref="IReportExtension"/> may add to the engine being built: Markdown syntax (a Markdig extension),
/// template functions (a static class), renderers for fenced blocks, and Markdown that <see cref="ReportEngine.WarmUp"/>
/// renders so that the feature's code is loaded before the first real report.
/// </summary>
/// <remarks>
/// Made by <see cref="ReportEngineBuilder.Build"/> and handed to each extension's <see cref="IReportExtension.Setup"/>;
/// not thread-safe, and of no use once the build is over. The engine copies what was added and never changes it.
/// </remarks>
public sealed class ReportEngineSetup
{
    private readonly List<Type> functionClasses = new();
    private readonly List<IMarkdownExtension> markdownExtensions = new();
    private readonly List<IDocxBlockRenderer> blockRenderers = new();
    private readonly List<string> warmUpMarkdown = new();

    internal ReportEngineSetup()
    {
    }

    internal IReadOnlyList<Type> FunctionClasses => functionClasses;

    internal IReadOnlyList<IMarkdownExtension> MarkdownExtensions => markdownExtensions;

    internal IReadOnlyList<IDocxBlockRenderer> BlockRenderers => blockRenderers;

    internal IReadOnlyList<string> WarmUpMarkdown => warmUpMarkdown;

    /// <summary>
    /// Adds a static class whose public static methods become template functions, named as the template sees them
    /// (<c>FormatMillions</c> is <c>format_millions</c>). A class added twice is imported once.
    /// </summary>
    /// <param name="functionClass">The class; must be static (abstract and sealed).</param>
    /// <exception cref="ArgumentNullException"><paramref name="functionClass"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="functionClass"/> is not a static class.</exception>
    public void AddTemplateFunctions(Type functionClass)
    {
        ArgumentNullException.ThrowIfNull(functionClass);
        if (!(functionClass.IsAbstract && functionClass.IsSealed))
        {
            throw new ArgumentException($"'{functionClass.FullName}' is not a static class; template functions are the public static methods of a static class.", nameof(functionClass));
        }

        if (!functionClasses.Contains(functionClass))
        {
            functionClasses.Add(functionClass);
        }
    }

    /// <summary>
    /// Adds Markdown syntax: a Markdig extension added to the engine's Markdown pipeline after Send's own dialect and
    /// before generic attributes. This signature is the extension point that exposes Markdig; its version is
    /// whatever Send.Reporting references.
    /// </summary>
    /// <param name="extension">The Markdig extension; stateless, as the pipeline is shared.</param>
    /// <exception cref="ArgumentNullException"><paramref name="extension"/> is null.</exception>
    public void AddMarkdownExtension(IMarkdownExtension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        markdownExtensions.Add(extension);
    }

    /// <summary>
    /// Adds a renderer for fenced blocks with its info string (<c>```chart</c>); a later renderer for the same info
    /// string replaces an earlier one.
    /// </summary>
    /// <param name="renderer">The renderer; stateless, as renders run in parallel.</param>
    /// <exception cref="ArgumentNullException"><paramref name="renderer"/> is null.</exception>
    public void AddBlockRenderer(IDocxBlockRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        blockRenderers.Add(renderer);
    }

    /// <summary>Adds Markdown (after the built-in warm-up report) that <see cref="ReportEngine.WarmUp"/> renders and throws away.</summary>
    /// <param name="markdown">Markdown that uses the feature and renders without problems.</param>
    /// <exception cref="ArgumentNullException"><paramref name="markdown"/> is null.</exception>
    public void AddWarmUpMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        warmUpMarkdown.Add(markdown);
    }
}
