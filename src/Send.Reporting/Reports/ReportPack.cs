using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Send.Domain.Validation;
using Send.Reporting.Data;
using Send.Reporting.Styling;
using Send.Reporting.Templating;

namespace Send.Reporting.Reports;

/// <summary>
/// Renders and checks report templates: load the data (bound as it is, checked by the schema beside the template when
/// there is one; or, for a template that declares a registered C# model, read into that model), render the template
/// with the engine (charts and the pack's functions registered), write the .docx atomically. The CLI only calls this.
/// </summary>
/// <remarks>
/// Thread-safe once constructed: <see cref="RenderManyAsync"/> renders jobs in parallel with one shared engine
/// (templates are parsed once and cached). A job with problems is reported and skipped; nothing is written for it.
/// </remarks>
public sealed class ReportPack
{
    /// <summary>The template file name inside a template folder.</summary>
    public const string TemplateFileName = "template.md.scriban";

    /// <summary>The folder under the repository root that holds the templates.</summary>
    public const string TemplatesFolder = "templates";

    /// <summary>Creates a pack rendering in <paramref name="houseStyle"/> (Send's default house style when null).</summary>
    /// <param name="houseStyle">The house style, or null.</param>
    /// <param name="models">
    /// The typed models a template may declare in its header (<c>{{## model: Full.Type.Name ##}}</c>), for council
    /// developers who want a C# model; null for none. Every report that ships with Send renders on the generic route
    /// and needs none.
    /// </param>
    [System.Diagnostics.CodeAnalysis.DynamicDependency(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicMethods, typeof(ReportPackFunctions))]
    public ReportPack(HouseStyle? houseStyle = null, IEnumerable<ReportDefinition>? models = null)
    {
        Engine = new ReportEngineBuilder()
            .UseHouseStyle(houseStyle)
            .UseDefaults()
            .UseTemplateFunctions(typeof(ReportPackFunctions))
            .Build();
        Models = models?.ToArray() ?? Array.Empty<ReportDefinition>();
    }

    /// <summary>Gets the typed models templates may declare (empty unless given to the constructor).</summary>
    public IReadOnlyList<ReportDefinition> Models { get; }

    /// <summary>Gets the engine (with the chart renderer and the pack's template functions).</summary>
    public ReportEngine Engine { get; }

    /// <summary>Loads the job's data and renders its template to Markdown (for checks and golden tests).</summary>
    /// <param name="templateDirectory">The template folder.</param>
    /// <param name="dataPath">The data file.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="DataException">The data or template has errors; all are listed.</exception>
    public string RenderMarkdown(string templateDirectory, string dataPath, CancellationToken cancellationToken = default) =>
        RenderMarkdown(templateDirectory, new[] { new DataSource(null, dataPath) }, cancellationToken);

    /// <summary>Loads the data sources and renders the template to Markdown (for checks and golden tests).</summary>
    /// <param name="templateDirectory">The template folder.</param>
    /// <param name="sources">The data sources.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="DataException">The data or template has errors; all are listed.</exception>
    public string RenderMarkdown(string templateDirectory, IReadOnlyList<DataSource> sources, CancellationToken cancellationToken = default)
    {
        var model = LoadOrThrow(templateDirectory, sources);
        return Engine.RenderMarkdown(TemplatePath(templateDirectory), model, cancellationToken);
    }

    /// <summary>Loads the data and renders the .docx bytes without writing anything.</summary>
    /// <param name="templateDirectory">The template folder.</param>
    /// <param name="dataPath">The data file.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    /// <returns>The .docx bytes.</returns>
    /// <exception cref="DataException">The data or template has errors; all are listed.</exception>
    public byte[] RenderDocx(string templateDirectory, string dataPath, CancellationToken cancellationToken = default)
    {
        var model = LoadOrThrow(templateDirectory, new[] { new DataSource(null, dataPath) });
        return Engine.RenderDocx(TemplatePath(templateDirectory), model, cancellationToken);
    }

    /// <summary>Renders one job and writes its .docx atomically; problems are returned, not thrown.</summary>
    /// <param name="job">The job.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    /// <returns>The result.</returns>
    public ReportJobResult Render(ReportJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var clock = Stopwatch.StartNew();

        // The template and the house style do not depend on the data, and a cold process spends most of its time
        // loading all three: parse the template, then load the house style, on another thread while the data loads.
        // (A warm-up render on that thread as well, ReportEngine.WarmUp, was measured: 0-6% less wall time for about
        // 30% more CPU, so send does not do it; a long-lived host may call WarmUp at start-up.)
        // The template functions (Scriban's built-ins and ours, found by reflection) are made on a third thread: the
        // main thread only waits for the two, so a second core does the one while the first does the other.
        var templatePath = TemplatePath(job.TemplateDirectory);
        var parse = Task.Run(
            () =>
            {
                var parsed = Engine.Cache.GetOrParse(templatePath);
                _ = Engine.HouseStyle;
                return parsed;
            },
            CancellationToken.None);
        var prepare = Task.Run(Engine.PrepareTemplateFunctions, CancellationToken.None);
        var load = ReportLoader.Load(job.TemplateDirectory, job.AllSources, Models);
        if (load.Model is not null)
        {
            // Caseload files the data names are read on the thread pool while the template waits and starts.
            Data.PlainData.ReadCaseloadsAhead(load.Model);
        }

        var problems = load.Problems.ToList();
        var template = Wait(parse, problems);
        if (load.Model is null || template is null)
        {
            return new ReportJobResult(job, false, problems, clock.Elapsed);
        }

        // WaitAny does not throw: should the preparation ever fail, the render makes the functions itself and reports
        // what went wrong there.
        Task.WaitAny(prepare);

        if (template.ModelTypeName != load.Definition?.ModelType.FullName)
        {
            // The loader chose the route by the template's first line; the parsed template must say the same (a
            // template edited between the two reads renders nothing rather than the wrong model).
            problems.Add(new DataProblem(template.Source, template.ModelTypeName is null ? "the template does not declare its model" : "the template declares a different model")
            {
                Line = 1,
                Column = 1,
                Value = template.ModelTypeName,
                Expected = load.Definition is null ? "no model line (the data is bound as it is)" : "{{## model: " + load.Definition.ModelType.FullName + " ##}} on the first line",
                Code = "SEND-REPORT-MODEL",
            });
            return new ReportJobResult(job, false, problems, clock.Elapsed);
        }

        var warnings = problems.Where(p => p.Severity == DataProblemSeverity.Warning).ToList();
        try
        {
            var bytes = Engine.RenderDocx(template, load.Model, cancellationToken);
            var folder = Path.GetDirectoryName(Path.GetFullPath(job.OutputPath));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            Docx.AtomicFile.WriteAllBytes(job.OutputPath, bytes);
            return new ReportJobResult(job, true, warnings, clock.Elapsed);
        }
        catch (DataException ex)
        {
            return new ReportJobResult(job, false, warnings.Concat(ex.Problems).ToArray(), clock.Elapsed);
        }
        catch (IOException ex)
        {
            return new ReportJobResult(job, false, warnings.Append(new DataProblem(job.OutputPath, "the report could not be written: " + ex.Message) { Code = "SEND-REPORT-WRITE" }).ToArray(), clock.Elapsed);
        }
    }

    /// <summary>Renders many jobs in parallel; each result is reported as it finishes. A failed job does not stop the others.</summary>
    /// <param name="jobs">The jobs.</param>
    /// <param name="maxParallel">The most jobs at once; at least 1.</param>
    /// <param name="onResult">Called (from worker threads) with each result as it finishes; may be null.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <returns>The results, in job order.</returns>
    public async Task<IReadOnlyList<ReportJobResult>> RenderManyAsync(
        IReadOnlyList<ReportJob> jobs,
        int maxParallel,
        Action<ReportJobResult>? onResult = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var results = new ReportJobResult[jobs.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallel), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, jobs.Count), options, (i, token) =>
        {
            results[i] = Render(jobs[i], token);
            onResult?.Invoke(results[i]);
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);
        return results;
    }

    /// <summary>
    /// Checks a template and data without writing: the template's model declaration, the data against the schema and
    /// the domain rules, and the template rendered against the model (unknown variables and members, bad blocks,
    /// bad charts), and the rendered report's accessibility (warnings; see docs/accessibility.md). Without a data file
    /// the template's sample data is used.
    /// </summary>
    /// <param name="templateDirectory">The template folder.</param>
    /// <param name="dataPath">The data file, or null for the template's <c>sample.json</c>.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>Every problem found, errors and warnings.</returns>
    public IReadOnlyList<DataProblem> Check(string templateDirectory, string? dataPath, CancellationToken cancellationToken = default) =>
        Check(templateDirectory, dataPath is null ? null : new[] { new DataSource(null, dataPath) }, cancellationToken).Problems;

    /// <summary>
    /// Checks a template and its data sources without writing: the template's model declaration, the data (schema
    /// when the folder has one, every cell of CSV and .xlsx sources, domain rules), and the template rendered against
    /// the data (unknown variables and members with "did you mean", bad blocks, bad charts).
    /// </summary>
    /// <param name="templateDirectory">The template folder.</param>
    /// <param name="sources">The data sources, or null for the template's <c>sample.json</c>.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>Every problem found, and the columns of each table source with their types.</returns>
    public CheckResult Check(string templateDirectory, IReadOnlyList<DataSource>? sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(templateDirectory);
        var problems = new List<DataProblem>();
        var templatePath = TemplatePath(templateDirectory);
        if (!File.Exists(templatePath))
        {
            problems.Add(new DataProblem(templatePath, "the template folder has no template") { Expected = "a file named " + TemplateFileName, Code = "SEND-REPORT-TEMPLATE" });
            return new CheckResult(problems, null);
        }

        var load = ReportLoader.Load(templateDirectory, sources ?? new[] { new DataSource(null, Path.Combine(templateDirectory, ReportLoader.SampleFileName)) }, Models);
        problems.AddRange(load.Problems);
        if (load.Model is not null)
        {
            try
            {
                var markdown = Engine.RenderMarkdown(templatePath, load.Model, cancellationToken);
                var source = templatePath + " (rendered Markdown)";
                Engine.MarkdownToDocx(markdown, source, Path.GetDirectoryName(Path.GetFullPath(templatePath)));
                problems.AddRange(Engine.CheckAccessibility(markdown, source));
            }
            catch (DataException ex)
            {
                problems.AddRange(ex.Problems);
            }
        }
        else
        {
            // The data could not be loaded, but the template's own syntax can still be checked.
            try
            {
                Engine.Cache.GetOrParse(templatePath);
            }
            catch (DataException ex)
            {
                problems.AddRange(ex.Problems);
            }
        }

        return new CheckResult(problems, load.Data);
    }

    /// <summary>The jobs that render every template folder's sample data (each folder under <paramref name="templatesRoot"/> with a template and a <c>sample.json</c>) into <paramref name="outputDirectory"/> (one .docx per template, named after it).</summary>
    /// <param name="templatesRoot">The <c>templates</c> folder.</param>
    /// <param name="outputDirectory">Where to write.</param>
    /// <returns>The jobs, in template name order.</returns>
    public static IReadOnlyList<ReportJob> SampleJobs(string templatesRoot, string outputDirectory) =>
        Directory.GetDirectories(templatesRoot)
            .Where(dir => File.Exists(Path.Combine(dir, TemplateFileName)) && File.Exists(Path.Combine(dir, ReportLoader.SampleFileName)))
            .OrderBy(dir => dir, StringComparer.Ordinal)
            .Select(dir => new ReportJob(dir, Path.Combine(dir, ReportLoader.SampleFileName), Path.Combine(outputDirectory, Path.GetFileName(dir) + ".docx")))
            .ToArray();

    /// <summary>The jobs that render one report per <c>*.json</c> file in <paramref name="dataDirectory"/>.</summary>
    /// <param name="templateDirectory">The template folder.</param>
    /// <param name="dataDirectory">The folder of data files.</param>
    /// <param name="outputDirectory">Where to write (one .docx per data file, named after it).</param>
    /// <returns>The jobs, in file name order.</returns>
    public static IReadOnlyList<ReportJob> BatchJobs(string templateDirectory, string dataDirectory, string outputDirectory) =>
        Directory.GetFiles(dataDirectory, "*.json", new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive })
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new ReportJob(templateDirectory, f, Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(f) + ".docx")))
            .ToArray();

    /// <summary>Finds the <c>templates</c> folder by walking up from <paramref name="start"/> to a folder holding <c>Send.sln</c> or <c>templates/</c>.</summary>
    /// <param name="start">The folder to start from (usually the current directory).</param>
    /// <returns>The templates folder, or null when there is none above <paramref name="start"/>.</returns>
    public static string? FindTemplatesRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var templates = Path.Combine(dir.FullName, TemplatesFolder);
            if (Directory.Exists(templates) && (File.Exists(Path.Combine(dir.FullName, "Send.sln")) || Directory.GetDirectories(templates).Any(d => File.Exists(Path.Combine(d, TemplateFileName)) && File.Exists(Path.Combine(d, ReportLoader.SampleFileName)))))
            {
                return templates;
            }
        }

        return null;
    }

    private static string TemplatePath(string templateDirectory) => Path.Combine(templateDirectory, TemplateFileName);

    /// <summary>Waits for the template's parse; its problems (including a template that cannot be read) join <paramref name="problems"/>.</summary>
    private static ReportTemplate? Wait(Task<ReportTemplate> parse, List<DataProblem> problems)
    {
        try
        {
            return parse.GetAwaiter().GetResult();
        }
        catch (DataException ex)
        {
            problems.AddRange(ex.Problems);
        }

        return null;
    }

    private object LoadOrThrow(string templateDirectory, IReadOnlyList<DataSource> sources)
    {
        var load = ReportLoader.Load(templateDirectory, sources, Models);
        return load.Model ?? throw new DataException(load.Problems.Where(p => p.Severity == DataProblemSeverity.Error));
    }
}

/// <summary>What <see cref="ReportPack.Check(string, IReadOnlyList{DataSource}?, CancellationToken)"/> found.</summary>
/// <param name="Problems">Every problem, errors and warnings.</param>
/// <param name="Data">The bound data on the generic route (with each table source's columns and types), or null.</param>
public sealed record CheckResult(IReadOnlyList<DataProblem> Problems, ReportData? Data);
