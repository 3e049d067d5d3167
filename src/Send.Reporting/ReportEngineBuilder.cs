using System;
using System.Collections.Generic;
using System.Linq;
using Send.Reporting.Extensions;
using Send.Reporting.Styling;
using Send.Reporting.Templating;

namespace Send.Reporting;

/// <summary>
/// Builds a <see cref="ReportEngine"/> from the features it should have, as Markdig's
/// <c>MarkdownPipelineBuilder</c> builds a pipeline:
/// <c>new ReportEngineBuilder().UseDefaults().UseHouseStyle(style).Build()</c>.
/// </summary>
/// <remarks>
/// <para>
/// Each feature is one <see cref="IReportExtension"/> that sets up its Markdown syntax, template functions and Word
/// rendering together: <see cref="UseCharts"/>, <see cref="UseRagCells"/>, <see cref="UseTotals"/>, or your own with
/// <see cref="Use"/>. Without any, the engine renders Send's core dialect (headings, numbered paragraphs, lists,
/// tables, notes, contact and title blocks, footnotes, images) with the core template functions
/// (<see cref="TemplateFunctionNames"/>).
/// </para>
/// <para>
/// <see cref="Build"/> gives an engine that never changes: build once, share it between threads and renders. The
/// builder itself is not thread-safe and may build any number of engines. A builder's defaults are Send's default
/// house style, <see cref="TemplateCache.Shared"/>, <see cref="TemplateLimits.Default"/> and typographic punctuation.
/// </para>
/// </remarks>
public sealed class ReportEngineBuilder
{
    private readonly List<IReportExtension> extensions = new();
    private HouseStyle? houseStyle;
    private TemplateCache? cache;
    private TemplateLimits? limits;
    private bool typographicPunctuation = true;

    /// <summary>The extensions added so far, in the order <see cref="Build"/> sets them up.</summary>
    public IReadOnlyList<IReportExtension> Extensions => extensions.AsReadOnly();

    /// <summary>Adds an extension, unless one equal to it (the same instance, by default) is already added.</summary>
    /// <param name="extension">The extension.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extension"/> is null.</exception>
    public ReportEngineBuilder Use(IReportExtension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        if (!extensions.Contains(extension))
        {
            extensions.Add(extension);
        }

        return this;
    }

    /// <summary>Adds charts (<see cref="ChartsExtension"/>) unless already added.</summary>
    /// <returns>This builder.</returns>
    public ReportEngineBuilder UseCharts() => UseOnce<ChartsExtension>();

    /// <summary>Adds RAG cells (<see cref="RagCellsExtension"/>) unless already added.</summary>
    /// <returns>This builder.</returns>
    public ReportEngineBuilder UseRagCells() => UseOnce<RagCellsExtension>();

    /// <summary>Adds totals rows (<see cref="TotalsExtension"/>) unless already added.</summary>
    /// <returns>This builder.</returns>
    public ReportEngineBuilder UseTotals() => UseOnce<TotalsExtension>();

    /// <summary>Adds every feature Send ships: RAG cells, totals rows and charts.</summary>
    /// <returns>This builder.</returns>
    public ReportEngineBuilder UseDefaults() => UseRagCells().UseTotals().UseCharts();

    /// <summary>
    /// Adds the public static methods of a static class as template functions, named as the template sees them
    /// (<c>FormatMillions</c> is <c>format_millions</c>). A class added twice is imported once.
    /// </summary>
    /// <param name="functionClass">The class; must be static.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="functionClass"/> is null.</exception>
    /// <remarks>Whether the class is static is checked by <see cref="Build"/>, which throws <see cref="ArgumentException"/> if it is not.</remarks>
    public ReportEngineBuilder UseTemplateFunctions(Type functionClass)
    {
        ArgumentNullException.ThrowIfNull(functionClass);
        return Use(new TemplateFunctionsExtension(functionClass));
    }

    /// <summary>Sets the house style documents are written in.</summary>
    /// <param name="style">The house style; null for Send's default (<see cref="HouseStyle.Default"/>, loaded on first use).</param>
    /// <returns>This builder.</returns>
    public ReportEngineBuilder UseHouseStyle(HouseStyle? style)
    {
        houseStyle = style;
        return this;
    }

    /// <summary>Sets the cache parsed templates are kept in.</summary>
    /// <param name="templateCache">The cache; null for <see cref="TemplateCache.Shared"/>.</param>
    /// <returns>This builder.</returns>
    public ReportEngineBuilder UseTemplateCache(TemplateCache? templateCache)
    {
        cache = templateCache;
        return this;
    }

    /// <summary>Sets the limits every render runs under.</summary>
    /// <param name="templateLimits">The limits; null for <see cref="TemplateLimits.Default"/>.</param>
    /// <returns>This builder.</returns>
    public ReportEngineBuilder UseLimits(TemplateLimits? templateLimits)
    {
        limits = templateLimits;
        return this;
    }

    /// <summary>
    /// Sets whether straight quotes, <c>--</c>, <c>---</c> and <c>...</c> in template text become typographic
    /// (“ ” ‘ ’ – — …); true unless set. Data values are escaped and keep the characters they have.
    /// </summary>
    /// <param name="typographic">Whether punctuation is typographic.</param>
    /// <returns>This builder.</returns>
    public ReportEngineBuilder UseTypographicPunctuation(bool typographic)
    {
        typographicPunctuation = typographic;
        return this;
    }

    /// <summary>Sets up every extension, in the order added, and returns an engine that never changes.</summary>
    /// <returns>The engine.</returns>
    /// <exception cref="ArgumentException">An extension added something unusable (a template function class that is not static).</exception>
    public ReportEngine Build()
    {
        var setup = new ReportEngineSetup();
        foreach (var extension in extensions.ToList())
        {
            extension.Setup(setup);
        }

        return new ReportEngine(houseStyle, cache, limits, typographicPunctuation, extensions.ToArray(), setup);
    }

    private ReportEngineBuilder UseOnce<T>()
        where T : IReportExtension, new()
    {
        if (!extensions.OfType<T>().Any())
        {
            extensions.Add(new T());
        }

        return this;
    }
}
