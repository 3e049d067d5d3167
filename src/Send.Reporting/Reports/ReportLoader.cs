using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Send.Domain.Validation;

namespace Send.Reporting.Reports;

/// <summary>
/// Loads a report's data: checks the JSON against the template's schema (<c>data.schema.json</c>), reads it into the
/// report's typed model and prepares the model (domain computations and rules). Every problem is collected; nothing
/// is rendered from data with errors.
/// </summary>
/// <remarks>Stateless and thread-safe. Warnings (for example savings that miss their target by rounding) do not stop loading.</remarks>
public static class ReportLoader
{
    /// <summary>The file name of a template's data schema.</summary>
    public const string SchemaFileName = "data.schema.json";

    /// <summary>The file name of a template's sample data.</summary>
    public const string SampleFileName = "sample.json";

    /// <summary>Loads and prepares the data at <paramref name="dataPath"/> for the template in <paramref name="templateDirectory"/>.</summary>
    /// <param name="templateDirectory">The template folder; its name selects the report model (see <see cref="ReportCatalog"/>).</param>
    /// <param name="dataPath">The data JSON file.</param>
    /// <returns>The result: the model when there are no errors, and every problem found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReportLoadResult Load(string templateDirectory, string dataPath)
    {
        ArgumentNullException.ThrowIfNull(templateDirectory);
        ArgumentNullException.ThrowIfNull(dataPath);
        var problems = new List<DataProblem>();
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(templateDirectory)));
        var definition = ReportCatalog.Find(name);
        if (definition is null)
        {
            problems.Add(new DataProblem(templateDirectory, "no report model for this template folder")
            {
                Value = name,
                Expected = "one of " + string.Join(", ", ReportCatalog.All.Select(d => d.Name)),
                Code = "SEND-REPORT-UNKNOWN",
            });
            return new ReportLoadResult(null, null, problems);
        }

        if (!File.Exists(dataPath))
        {
            problems.Add(new DataProblem(dataPath, "the data file does not exist") { Code = "SEND-REPORT-FILE" });
            return new ReportLoadResult(definition, null, problems);
        }

        var json = Utf8Text.Decode(File.ReadAllBytes(dataPath), dataPath, out var encoding);
        if (json is null)
        {
            problems.Add(encoding!);
            return new ReportLoadResult(definition, null, problems);
        }

        var schemaPath = Path.Combine(templateDirectory, SchemaFileName);
        if (File.Exists(schemaPath))
        {
            try
            {
                problems.AddRange(JsonSchemaValidator.FromSchemaText(File.ReadAllText(schemaPath), schemaPath).Validate(json, dataPath));
            }
            catch (DataException ex)
            {
                // The template's own schema is malformed or uses a keyword Send does not support: report where, not a stack trace.
                problems.AddRange(ex.Problems);
            }
        }
        else
        {
            problems.Add(new DataProblem(schemaPath, "the template has no data schema") { Expected = "a JSON Schema file beside the template", Code = "SEND-REPORT-SCHEMA" });
        }

        if (problems.Any(p => p.Severity == DataProblemSeverity.Error))
        {
            return new ReportLoadResult(definition, null, problems);
        }

        var model = ReportJson.Read(json, definition.ModelType, dataPath, problems);
        if (model is null)
        {
            return new ReportLoadResult(definition, null, problems);
        }

        problems.AddRange(model.Prepare(new ReportDataContext(dataPath)));
        var ok = problems.All(p => p.Severity != DataProblemSeverity.Error);
        return new ReportLoadResult(definition, ok ? model : null, problems);
    }
}

/// <summary>The result of loading report data.</summary>
/// <param name="Definition">The report, or null when the template folder is not a known report.</param>
/// <param name="Model">The prepared model, or null when there were errors.</param>
/// <param name="Problems">Every problem found, errors and warnings.</param>
public sealed record ReportLoadResult(ReportDefinition? Definition, IReportModel? Model, IReadOnlyList<DataProblem> Problems)
{
    /// <summary>Gets whether any problem is an error.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == DataProblemSeverity.Error);
}
