using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using Send.Data.Validation;
using Send.Domain.Validation;
using Send.Reporting.Data;
using Send.Reporting.Templating;

namespace Send.Reporting.Reports;

/// <summary>
/// Loads a report's data by one of two routes, chosen by the template's first line:
/// <list type="bullet">
/// <item><b>Generic</b> (no model declared): the data is bound as it is (<see cref="ReportData"/>: JSON, CSV and
/// .xlsx sources, no C# model, no reflection), checked against <c>data.schema.json</c> when the folder has one.</item>
/// <item><b>Typed</b> (<c>{{## model: Full.Type.Name ##}}</c>), for council developers: the JSON is checked against the
/// schema, read into that model type, which must be one registered with the pack (<see cref="ReportPack.Models"/>),
/// and prepared (<see cref="IReportModel.Prepare"/>). A declared model that is not registered is an error: the header
/// is enforced, not a comment. No report that ships with Send is typed.</item>
/// </list>
/// Every problem is collected; nothing is rendered from data with errors.
/// </summary>
/// <remarks>Stateless and thread-safe. Warnings (for example savings that miss their target by rounding) do not stop loading.</remarks>
public static class ReportLoader
{
    /// <summary>The file name of a template's data schema.</summary>
    public const string SchemaFileName = "data.schema.json";

    /// <summary>The file name of a template's sample data.</summary>
    public const string SampleFileName = "sample.json";

    /// <summary>Loads and prepares the data at <paramref name="dataPath"/> for the template in <paramref name="templateDirectory"/>.</summary>
    /// <param name="templateDirectory">The template folder.</param>
    /// <param name="dataPath">The data JSON file (binds the root).</param>
    /// <returns>The result: the model when there are no errors, and every problem found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReportLoadResult Load(string templateDirectory, string dataPath)
    {
        ArgumentNullException.ThrowIfNull(dataPath);
        return Load(templateDirectory, new[] { new DataSource(null, dataPath) });
    }

    /// <summary>Loads and prepares the data in <paramref name="sources"/> for the template in <paramref name="templateDirectory"/>.</summary>
    /// <param name="templateDirectory">The template folder.</param>
    /// <param name="sources">The data sources: at most one binds the root; named ones bind variables (generic route only).</param>
    /// <param name="models">The typed models a template may declare; null or empty for none (every template then renders on the generic route, and one that declares a model is an error).</param>
    /// <returns>The result: the model when there are no errors, and every problem found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only reached when TypedModels.IsSupported, a feature guard that is false under native AOT and trimming (the net8.0 analyzer does not know FeatureGuard).")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only reached when TypedModels.IsSupported, a feature guard that is false under native AOT and trimming (the net8.0 analyzer does not know FeatureGuard).")]
    public static ReportLoadResult Load(string templateDirectory, IReadOnlyList<DataSource> sources, IReadOnlyList<ReportDefinition>? models = null)
    {
        models ??= Array.Empty<ReportDefinition>();
        ArgumentNullException.ThrowIfNull(templateDirectory);
        ArgumentNullException.ThrowIfNull(sources);
        var problems = new List<DataProblem>();
        var templatePath = Path.Combine(templateDirectory, ReportPack.TemplateFileName);
        string? declared = null;
        var line = 0;
        if (File.Exists(templatePath) && TemplateHeader.TryReadModelType(ReadHead(templatePath), out var name, out line))
        {
            declared = name;
        }

        var root = sources.FirstOrDefault(s => s.Name is null);
        var schemaPath = Path.Combine(templateDirectory, SchemaFileName);
        var rootJson = root is not null && root.Kind == "json" && File.Exists(root.Path) ? ReadJson(root.Path, problems) : null;
        if (rootJson is not null && File.Exists(schemaPath))
        {
            try
            {
                problems.AddRange(JsonSchemaValidator.FromSchemaText(File.ReadAllText(schemaPath), schemaPath).Validate(rootJson, root!.Path));
            }
            catch (DataException ex)
            {
                // The template's own schema is malformed or uses a keyword Send does not support: report where, not a stack trace.
                problems.AddRange(ex.Problems);
            }
        }

        if (declared is null)
        {
            var data = problems.Any(p => p.Severity == DataProblemSeverity.Error) ? null : ReportData.Load(sources, problems);
            var ok = data is not null && problems.All(p => p.Severity != DataProblemSeverity.Error);
            return new ReportLoadResult(null, ok ? data!.Globals : null, problems) { Data = ok ? data : null };
        }

        if (!Trimming.TypedModels.IsSupported)
        {
            problems.Add(new DataProblem(templatePath, "this build of send cannot read a typed model (a native or trimmed build has no reflection)") { Line = line, Column = 1, Value = declared, Expected = "no model line (the data is then bound as it is), or the JIT build of send (dotnet tool)", Code = "SEND-REPORT-MODEL" });
            return new ReportLoadResult(null, null, problems);
        }

        return LoadTyped(models, declared, line, templatePath, schemaPath, root, rootJson, sources, problems);
    }

    [RequiresUnreferencedCode("A typed report model is read from JSON by reflection.")]
    [RequiresDynamicCode("A typed report model is read from JSON by reflection.")]
    private static ReportLoadResult LoadTyped(IReadOnlyList<ReportDefinition> models, string declared, int line, string templatePath, string schemaPath, DataSource? root, string? rootJson, IReadOnlyList<DataSource> sources, List<DataProblem> problems)
    {
        var definition = models.FirstOrDefault(d => string.Equals(d.ModelType.FullName, declared, StringComparison.Ordinal));
        if (definition is null)
        {
            var known = models.Count == 0 ? "a model registered with the report pack (none is)" : "one of " + string.Join(", ", models.Select(d => d.ModelType.FullName));
            problems.Add(new DataProblem(templatePath, "the template declares a model this engine does not know") { Line = line, Column = 1, Value = declared, Expected = known + ", or no model line (the data is then bound as it is)", Code = "SEND-REPORT-MODEL" });
            return new ReportLoadResult(null, null, problems);
        }

        if (root is null || sources.Count > 1)
        {
            problems.Add(new DataProblem(templatePath, "a template with a declared model takes one JSON data file") { Line = line, Column = 1, Value = string.Join(" ", sources), Expected = "one plain --data file; named sources (name=path) need a template without a model line", Code = "SEND-DATA-SOURCE" });
            return new ReportLoadResult(definition, null, problems);
        }

        if (!File.Exists(root.Path))
        {
            problems.Add(new DataProblem(root.Path, "the data file does not exist") { Code = "SEND-REPORT-FILE" });
            return new ReportLoadResult(definition, null, problems);
        }

        if (!File.Exists(schemaPath))
        {
            problems.Add(new DataProblem(schemaPath, "the template has no data schema") { Expected = "a JSON Schema file beside the template", Code = "SEND-REPORT-SCHEMA" });
        }

        if (problems.Any(p => p.Severity == DataProblemSeverity.Error))
        {
            return new ReportLoadResult(definition, null, problems);
        }

        var model = rootJson is null ? null : ReportJson.Read(rootJson, definition.ModelType, root.Path, problems);
        if (model is null)
        {
            return new ReportLoadResult(definition, null, problems);
        }

        problems.AddRange(model.Prepare(new ReportDataContext(root.Path)));
        var prepared = problems.All(p => p.Severity != DataProblemSeverity.Error);
        return new ReportLoadResult(definition, prepared ? model : null, problems);
    }

    /// <summary>Reads a JSON data file as strict UTF-8; a file that is not is a located problem, and null.</summary>
    private static string? ReadJson(string path, List<DataProblem> problems)
    {
        var json = Utf8Text.Decode(File.ReadAllBytes(path), path, out var encoding);
        if (json is null && encoding is not null)
        {
            problems.Add(encoding);
        }

        return json;
    }

    /// <summary>The first few lines of a template: enough to read its header without reading a large file twice.</summary>
    private static string ReadHead(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            var buffer = new char[4096];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            return new string(buffer, 0, read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}

/// <summary>The result of loading report data.</summary>
/// <param name="Definition">The typed report, or null on the generic route (or when the declared model is unknown).</param>
/// <param name="Model">What the template renders with: the prepared typed model, or the bound data's variables; null when there were errors.</param>
/// <param name="Problems">Every problem found, errors and warnings.</param>
public sealed record ReportLoadResult(ReportDefinition? Definition, object? Model, IReadOnlyList<DataProblem> Problems)
{
    /// <summary>Gets whether any problem is an error.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == DataProblemSeverity.Error);

    /// <summary>Gets the bound data on the generic route (with each table source's columns), or null.</summary>
    public ReportData? Data { get; init; }
}
