using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Markdig;
using Markdig.Syntax;
using Send.Domain.Validation;
using Send.Reporting.Docx;
using Send.Reporting.Extensions;
using Send.Reporting.Markdown;
using Send.Reporting.Styling;
using Send.Reporting.Templating;

namespace Send.Reporting;

/// <summary>
/// Renders report templates to Word: load house style, parse template once (cached), render with a model (Scriban),
/// parse the Markdown (Markdig), write WordprocessingML in the house style, save atomically.
/// </summary>
/// <remarks>
/// <para>
/// Every problem — template syntax, unknown variables and members, limits, unknown blocks — is collected and thrown
/// as one <see cref="DataException"/> before anything is written; each reads <c>path(line,col): message</c>. The same
/// inputs always give byte-identical .docx output.
/// </para>
/// <para>
/// Made by <see cref="ReportEngineBuilder"/> (<c>new ReportEngineBuilder().UseDefaults().Build()</c>), an engine never
/// changes and is thread-safe: share one between renders. Its features (charts, RAG cells, totals rows, your own
/// blocks) are the <see cref="Extensions"/> it was built with.
/// </para>
/// </remarks>
public sealed class ReportEngine
{
    private const string WarmUpTemplate = """
        # {{ title }}

        {{ for item in items }}
        {{ item }} is **bold**, *italic* and [a link](https://www.gov.uk).

        {{ end }}
        - one
        - two

        | Strand | Status | Target |
        |---|---|---:|
        | Early help | [[rag:green]] | £4.2m |
        | Total | | £4.2m |

        ::: note
        A note.
        :::

        """;

    private readonly TemplateRenderer templates;
    private readonly HouseStyle? houseStyle;
    private readonly MarkdownPipeline typographicPipeline;
    private readonly MarkdownPipeline plainPipeline;
    private readonly IReadOnlyList<string> warmUpMarkdown;

    /// <summary>
    /// Creates an engine with RAG cells and totals rows but no charts, as engines were before
    /// <see cref="ReportEngineBuilder"/>; prefer <c>new ReportEngineBuilder().UseDefaults()....Build()</c>, which also
    /// gives charts and an engine that never changes.
    /// </summary>
    /// <param name="houseStyle">The house style; <see cref="Styling.HouseStyle.Default"/> when null, loaded on first use.</param>
    /// <param name="cache">The template cache; <see cref="TemplateCache.Shared"/> when null.</param>
    /// <param name="limits">Template limits; <see cref="TemplateLimits.Default"/> when null.</param>
    /// <remarks>
    /// Block renderers may still be added to <see cref="BlockRenderers"/> before the first render (the older way to
    /// add charts: <c>engine.BlockRenderers.Register(new ChartRenderer())</c>).
    /// </remarks>
    public ReportEngine(HouseStyle? houseStyle = null, TemplateCache? cache = null, TemplateLimits? limits = null)
        : this(houseStyle, cache, limits, typographicPunctuation: true, new IReportExtension[] { new RagCellsExtension(), new TotalsExtension() }, setup: null, extraFunctions: null)
    {
    }

    /// <summary>Creates an engine with extra template functions.</summary>
    /// <param name="houseStyle">The house style; <see cref="Styling.HouseStyle.Default"/> when null, loaded on first use.</param>
    /// <param name="cache">The template cache; <see cref="TemplateCache.Shared"/> when null.</param>
    /// <param name="limits">Template limits; <see cref="TemplateLimits.Default"/> when null.</param>
    /// <param name="functionClasses">Extra static classes whose public static methods become template functions.</param>
    [Obsolete("Use new ReportEngineBuilder().UseRagCells().UseTotals().UseTemplateFunctions(typeof(MyFunctions)).Build() (or UseDefaults()).")]
    public ReportEngine(HouseStyle? houseStyle, TemplateCache? cache, TemplateLimits? limits, IEnumerable<Type>? functionClasses)
        : this(houseStyle, cache, limits, typographicPunctuation: true, new IReportExtension[] { new RagCellsExtension(), new TotalsExtension() }, setup: null, extraFunctions: functionClasses)
    {
    }

    /// <summary>The engine <see cref="ReportEngineBuilder.Build"/> makes: its registry of block renderers is read-only.</summary>
    internal ReportEngine(HouseStyle? houseStyle, TemplateCache? cache, TemplateLimits? limits, bool typographicPunctuation, IReadOnlyList<IReportExtension> extensions, ReportEngineSetup setup)
        : this(houseStyle, cache, limits, typographicPunctuation, extensions, setup, extraFunctions: null)
    {
        BlockRenderers.MakeReadOnly();
    }

    private ReportEngine(HouseStyle? houseStyle, TemplateCache? cache, TemplateLimits? limits, bool typographicPunctuation, IReadOnlyList<IReportExtension> extensions, ReportEngineSetup? setup, IEnumerable<Type>? extraFunctions)
    {
        if (setup is null)
        {
            setup = new ReportEngineSetup();
            foreach (var extension in extensions)
            {
                extension.Setup(setup);
            }
        }

        this.houseStyle = houseStyle;
        Cache = cache ?? TemplateCache.Shared;
        TypographicPunctuation = typographicPunctuation;
        Extensions = extensions;
        templates = new TemplateRenderer(limits, setup.FunctionClasses.Concat(extraFunctions ?? Array.Empty<Type>()));
        typographicPipeline = ReportMarkdown.Build(typographic: true, setup.MarkdownExtensions);
        plainPipeline = ReportMarkdown.Build(typographic: false, setup.MarkdownExtensions);
        foreach (var renderer in setup.BlockRenderers)
        {
            BlockRenderers.Register(renderer);
        }

        warmUpMarkdown = setup.WarmUpMarkdown.ToArray();
    }

    /// <summary>The extensions this engine was built with, in the order they were set up.</summary>
    public IReadOnlyList<IReportExtension> Extensions { get; }

    /// <summary>The house style documents are written in.</summary>
    public HouseStyle HouseStyle => houseStyle ?? HouseStyle.Default;

    /// <summary>The template cache.</summary>
    public TemplateCache Cache { get; }

    /// <summary>
    /// Whether straight quotes, <c>--</c>, <c>---</c> and <c>...</c> in template text become typographic (“ ” ‘ ’ – — …);
    /// true by default. Data values are escaped and keep the characters they have.
    /// </summary>
    /// <remarks>Set it with <see cref="ReportEngineBuilder.UseTypographicPunctuation"/>.</remarks>
    public bool TypographicPunctuation { get; init; }

    /// <summary>
    /// Renderers for fenced blocks such as <c>```chart</c>: those the engine's extensions added. Read-only for an
    /// engine made by <see cref="ReportEngineBuilder"/>; an engine made with <c>new ReportEngine(...)</c> still
    /// accepts <see cref="DocxBlockRendererRegistry.Register"/> before its first render.
    /// </summary>
    public DocxBlockRendererRegistry BlockRenderers { get; } = new();

    /// <summary>Renders a template file with a model to Markdown.</summary>
    /// <param name="templatePath">The template file.</param>
    /// <param name="model">The model.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="DataException">The template has problems; all are listed.</exception>
    public string RenderMarkdown(string templatePath, object model, CancellationToken cancellationToken = default) =>
        templates.Render(Cache.GetOrParse(templatePath), model, cancellationToken);

    /// <summary>Renders a parsed template with a model to Markdown.</summary>
    /// <param name="template">The template.</param>
    /// <param name="model">The model.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="DataException">The template has problems; all are listed.</exception>
    public string RenderMarkdown(ReportTemplate template, object model, CancellationToken cancellationToken = default) =>
        templates.Render(template, model, cancellationToken);

    /// <summary>Renders a template file with a model to .docx bytes.</summary>
    /// <param name="templatePath">The template file.</param>
    /// <param name="model">The model.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    /// <returns>The .docx bytes.</returns>
    /// <exception cref="DataException">The template or its output has problems; all are listed.</exception>
    public byte[] RenderDocx(string templatePath, object model, CancellationToken cancellationToken = default) =>
        RenderDocx(Cache.GetOrParse(templatePath), model, cancellationToken);

    /// <summary>Renders a parsed template with a model to .docx bytes.</summary>
    /// <param name="template">The template.</param>
    /// <param name="model">The model.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    /// <returns>The .docx bytes.</returns>
    /// <exception cref="DataException">The template or its output has problems; all are listed.</exception>
    public byte[] RenderDocx(ReportTemplate template, object model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        var clock = Stopwatch.StartNew();
        var markdown = templates.Render(template, model, Limits.TimeLimit, cancellationToken);
        return WriteDocx(markdown, template.Source + " (rendered Markdown)", FolderOf(template), Limits.TimeLimit - clock.Elapsed, cancellationToken);
    }

    /// <summary>Writes Markdown (already escaped, as a template produces it) as .docx bytes in the house style.</summary>
    /// <param name="markdown">The Markdown.</param>
    /// <param name="source">The name to use in problems.</param>
    /// <returns>The .docx bytes.</returns>
    /// <exception cref="DataException">
    /// The Markdown uses blocks that reports do not support, holds characters no document can hold, nests deeper than
    /// <see cref="TemplateLimits.NestingLimit"/>, or took longer than <see cref="TemplateLimits.TimeLimit"/> to write;
    /// all are listed.
    /// </exception>
    public byte[] MarkdownToDocx(string markdown, string source) => MarkdownToDocx(markdown, source, null);

    /// <summary>Writes Markdown (already escaped, as a template produces it) as .docx bytes in the house style, reading images from a folder.</summary>
    /// <param name="markdown">The Markdown.</param>
    /// <param name="source">The name to use in problems.</param>
    /// <param name="resourceFolder">The folder that <c>![alt](images/map.png)</c> paths are relative to (the template's folder); null when the Markdown may not use images.</param>
    /// <returns>The .docx bytes.</returns>
    /// <exception cref="DataException">The Markdown uses blocks that reports do not support, or images that cannot be read; all are listed.</exception>
    public byte[] MarkdownToDocx(string markdown, string source, string? resourceFolder)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(source);
        return WriteDocx(markdown, source, resourceFolder, Limits.TimeLimit, CancellationToken.None);
    }

    /// <summary>
    /// The accessibility problems of a report's Markdown, as warnings: skipped heading levels, tables without header
    /// text, links whose text is their address, colours in the house style's RAG palette and table header that fail
    /// WCAG AA contrast (docs/accessibility.md lists every check). Missing image alt text and empty headings are
    /// render errors, not warnings.
    /// </summary>
    /// <param name="markdown">The Markdown, as a template produces it.</param>
    /// <param name="source">The name to use in problems.</param>
    /// <returns>The warnings, in document order; empty when there are none.</returns>
    public IReadOnlyList<DataProblem> CheckAccessibility(string markdown, string source)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(source);
        return AccessibilityCheck.Run(ParseMarkdown(markdown, TypographicPunctuation), HouseStyle, source);
    }

    private static string? FolderOf(ReportTemplate template)
    {
        try
        {
            return System.IO.File.Exists(template.Source) ? System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(template.Source)) : null;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or System.IO.PathTooLongException)
        {
            return null;
        }
    }

    /// <summary>The limits every render runs under (<see cref="TemplateLimits.Default"/> unless given to the constructor).</summary>
    public TemplateLimits Limits => templates.Limits;

    /// <summary>
    /// Checks the Markdown, parses it and writes Word, within what is left of the render's one deadline. The work runs
    /// on its own thread with a large stack, so that a Markdown shape no check foresaw is at worst a late problem, never
    /// a crash of the whole process; if the deadline passes first the thread is left to finish in the background and
    /// its result is thrown away.
    /// </summary>
    private byte[] WriteDocx(string markdown, string source, string? resourceFolder, TimeSpan timeLeft, CancellationToken cancellationToken)
    {
        var problems = MarkdownLimits.CheckText(markdown, source, Limits.NestingLimit);
        if (problems.Count > 0)
        {
            throw new DataException(problems);
        }

        cancellationToken.ThrowIfCancellationRequested();

        byte[]? result = null;
        ExceptionDispatchInfo? failure = null;
        // Not disposed: after a timeout the thread still sets it when it finishes.
        var done = new ManualResetEventSlim();
        var culture = CultureInfo.CurrentCulture;
        var thread = new Thread(
            () =>
            {
                try
                {
                    CultureInfo.CurrentCulture = culture;
                    var document = ParseMarkdown(markdown, TypographicPunctuation);
                    if (MarkdownLimits.CheckDepth(document, source, Limits.NestingLimit) is { } tooDeep)
                    {
                        throw new DataException(new[] { tooDeep });
                    }

                    result = DocxRenderer.RenderDocument(document, HouseStyle, BlockRenderers, source, resourceFolder, TypographicPunctuation);
                }
                catch (Exception ex)
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                }
                finally
                {
                    done.Set();
                }
            },
            WriterStackSize)
        {
            IsBackground = true,
            Name = "Send Word writer",
        };
        thread.Start();
        var finished = timeLeft > TimeSpan.Zero && done.Wait(timeLeft, cancellationToken);
        if (!finished)
        {
            throw new DataException(new[]
            {
                new DataProblem(source, string.Create(CultureInfo.InvariantCulture, $"the render ran for longer than the time limit ({Limits.TimeLimit.TotalSeconds} s) and was stopped while writing Word"))
                {
                    Code = TemplateProblems.Code,
                },
            });
        }

        failure?.Throw();
        return result!;
    }

    /// <summary>
    /// Makes the template functions (Scriban's built-ins and this engine's function classes) ready now rather than at
    /// the first render; <see cref="Reports.ReportPack"/> calls it on the thread that parses the template while the
    /// data loads. Changes nothing a render produces; safe from any thread.
    /// </summary>
    internal void PrepareTemplateFunctions() => templates.Prepare();

    /// <summary>The Word writer's stack: 64 MB, far more than <see cref="TemplateLimits.NestingLimit"/> levels need.</summary>
    private const int WriterStackSize = 64 * 1024 * 1024;

    /// <summary>
    /// Renders a small built-in report (a template with a loop, headings, numbered paragraphs, a list, a table with a
    /// RAG marker, a note, and what the engine's extensions add, such as a chart) and throws it away, so that the
    /// first real render does not pay for loading and compiling the code it uses.
    /// </summary>
    /// <remarks>
    /// Worth calling on another thread at the start of a short-lived process, while the data loads: a cold process
    /// spends more time loading code than rendering (see benchmarks/README.md). It changes nothing a later render
    /// produces, writes nothing, and is safe to call more than once and from any thread.
    /// </remarks>
    public void WarmUp()
    {
        var template = ReportTemplate.Parse("<warm-up>", WarmUpTemplate);
        var markdown = templates.Render(template, new WarmUpModel()) + string.Concat(warmUpMarkdown);
        DocxRenderer.RenderDocument(ParseMarkdown(markdown, TypographicPunctuation), HouseStyle, BlockRenderers, "<warm-up>");
    }

    /// <summary>Renders a template file with a model and saves the .docx atomically: on any problem nothing is written.</summary>
    /// <param name="templatePath">The template file.</param>
    /// <param name="model">The model.</param>
    /// <param name="outputPath">The .docx to write; replaced only when the render succeeds.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    /// <exception cref="DataException">The template or its output has problems; all are listed and no file is written.</exception>
    /// <exception cref="System.IO.IOException">The file could not be written; no partial file is left.</exception>
    public void RenderToFile(string templatePath, object model, string outputPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outputPath);
        var bytes = RenderDocx(templatePath, model, cancellationToken);
        AtomicFile.WriteAllBytes(outputPath, bytes);
    }

    /// <summary>Parses Markdown with this engine's dialect: the core syntax plus its extensions' syntax.</summary>
    internal MarkdownDocument ParseMarkdown(string markdown, bool typographic) =>
        Markdig.Markdown.Parse(markdown ?? string.Empty, typographic ? typographicPipeline : plainPipeline);

    /// <summary>Renders a template file with a model and writes the .docx to a stream.</summary>
    /// <param name="templatePath">The template file.</param>
    /// <param name="model">The model.</param>
    /// <param name="output">The stream to write to, from its current position; not closed.</param>
    /// <param name="cancellationToken">Stops the render between its stages (and within the template's run).</param>
    /// <exception cref="DataException">The template or its output has problems; all are listed and nothing is written to <paramref name="output"/>.</exception>
    /// <exception cref="OperationCanceledException">The render was cancelled; nothing is written to <paramref name="output"/>.</exception>
    public void RenderDocx(string templatePath, object model, System.IO.Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(templatePath);
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();
        RenderDocx(Cache.GetOrParse(templatePath), model, output, cancellationToken);
    }

    /// <summary>Renders a parsed template with a model and writes the .docx to a stream.</summary>
    /// <param name="template">The template.</param>
    /// <param name="model">The model.</param>
    /// <param name="output">The stream to write to, from its current position; not closed.</param>
    /// <param name="cancellationToken">Stops the render between its stages (and within the template's run).</param>
    /// <exception cref="DataException">The template or its output has problems; all are listed and nothing is written to <paramref name="output"/>.</exception>
    /// <exception cref="OperationCanceledException">The render was cancelled; nothing is written to <paramref name="output"/>.</exception>
    public void RenderDocx(ReportTemplate template, object model, System.IO.Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = RenderDocxCancellable(template, model, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        output.Write(bytes);
    }

    /// <summary>
    /// Renders a template file with a model to .docx bytes without blocking the caller: the render (CPU work) runs on
    /// the thread pool.
    /// </summary>
    /// <param name="templatePath">The template file.</param>
    /// <param name="model">The model.</param>
    /// <param name="cancellationToken">Stops the render between its stages (and within the template's run).</param>
    /// <returns>The .docx bytes.</returns>
    /// <exception cref="DataException">The template or its output has problems; all are listed.</exception>
    /// <exception cref="OperationCanceledException">The render was cancelled.</exception>
    public Task<byte[]> RenderDocxAsync(string templatePath, object model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(templatePath);
        return Task.Run(
            () =>
            {
                var template = Cache.GetOrParse(templatePath);
                return RenderDocxCancellable(template, model, cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>Renders a parsed template with a model to .docx bytes without blocking the caller.</summary>
    /// <param name="template">The template.</param>
    /// <param name="model">The model.</param>
    /// <param name="cancellationToken">Stops the render between its stages (and within the template's run).</param>
    /// <returns>The .docx bytes.</returns>
    /// <exception cref="DataException">The template or its output has problems; all are listed.</exception>
    /// <exception cref="OperationCanceledException">The render was cancelled.</exception>
    public Task<byte[]> RenderDocxAsync(ReportTemplate template, object model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Task.Run(() => RenderDocxCancellable(template, model, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Renders a template file with a model and writes the .docx to a stream asynchronously; the render runs on the
    /// thread pool and the stream is written only once it has succeeded.
    /// </summary>
    /// <param name="templatePath">The template file.</param>
    /// <param name="model">The model.</param>
    /// <param name="output">The stream to write to, from its current position; not closed.</param>
    /// <param name="cancellationToken">Stops the render between its stages (and within the template's run) and the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="DataException">The template or its output has problems; all are listed and nothing is written to <paramref name="output"/>.</exception>
    /// <exception cref="OperationCanceledException">The render was cancelled; nothing is written unless the write itself had begun.</exception>
    public async Task RenderDocxAsync(string templatePath, object model, System.IO.Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = await RenderDocxAsync(templatePath, model, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renders a parsed template with a model and writes the .docx to a stream asynchronously.</summary>
    /// <param name="template">The template.</param>
    /// <param name="model">The model.</param>
    /// <param name="output">The stream to write to, from its current position; not closed.</param>
    /// <param name="cancellationToken">Stops the render between its stages (and within the template's run) and the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="DataException">The template or its output has problems; all are listed and nothing is written to <paramref name="output"/>.</exception>
    /// <exception cref="OperationCanceledException">The render was cancelled; nothing is written unless the write itself had begun.</exception>
    public async Task RenderDocxAsync(ReportTemplate template, object model, System.IO.Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = await RenderDocxAsync(template, model, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renders a template file with a model to Markdown without blocking the caller.</summary>
    /// <param name="templatePath">The template file.</param>
    /// <param name="model">The model.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="DataException">The template has problems; all are listed.</exception>
    /// <exception cref="OperationCanceledException">The render was cancelled.</exception>
    public Task<string> RenderMarkdownAsync(string templatePath, object model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(templatePath);
        return Task.Run(
            () =>
            {
                var template = Cache.GetOrParse(templatePath);
                cancellationToken.ThrowIfCancellationRequested();
                return Cancellable(() => templates.Render(template, model, cancellationToken), cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>
    /// Renders a template file with a model and saves the .docx atomically, without blocking the caller: on any
    /// problem or cancellation nothing is written.
    /// </summary>
    /// <param name="templatePath">The template file.</param>
    /// <param name="model">The model.</param>
    /// <param name="outputPath">The .docx to write; replaced only when the render succeeds.</param>
    /// <param name="cancellationToken">Stops the render between its stages; once the file is being replaced it is finished.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="DataException">The template or its output has problems; all are listed and no file is written.</exception>
    /// <exception cref="OperationCanceledException">The render was cancelled; no file is written.</exception>
    /// <exception cref="System.IO.IOException">The file could not be written; no partial file is left.</exception>
    public async Task RenderToFileAsync(string templatePath, object model, string outputPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outputPath);
        var bytes = await RenderDocxAsync(templatePath, model, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        await Task.Run(() => AtomicFile.WriteAllBytes(outputPath, bytes), CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>
    /// <see cref="RenderDocx(ReportTemplate, object, CancellationToken)"/>, stage by stage, with cancellation seen as
    /// <see cref="OperationCanceledException"/> (the template run reports it as a problem, which suits the command
    /// line but not a caller that cancelled on purpose).
    /// </summary>
    private byte[] RenderDocxCancellable(ReportTemplate template, object model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(template);
        cancellationToken.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        var markdown = Cancellable(() => templates.Render(template, model, Limits.TimeLimit, cancellationToken), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var bytes = Cancellable(() => WriteDocx(markdown, template.Source + " (rendered Markdown)", FolderOf(template), Limits.TimeLimit - clock.Elapsed, cancellationToken), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return bytes;
    }

    private static T Cancellable<T>(Func<T> stage, CancellationToken cancellationToken)
    {
        try
        {
            return stage();
        }
        catch (DataException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The render was cancelled.", cancellationToken);
        }
    }

    private sealed class WarmUpModel
    {
        public string Title => "Warm-up";

        public string[] Items => ["First", "Second"];
    }
}
