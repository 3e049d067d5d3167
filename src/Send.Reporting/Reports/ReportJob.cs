using System;
using System.Collections.Generic;

namespace Send.Reporting.Reports;

/// <summary>One report to render: a template folder, a data file and where to write the .docx.</summary>
/// <param name="TemplateDirectory">The template folder (holding <c>template.md.scriban</c> and <c>data.schema.json</c>).</param>
/// <param name="DataPath">The data JSON file.</param>
/// <param name="OutputPath">The .docx to write.</param>
public sealed record ReportJob(string TemplateDirectory, string DataPath, string OutputPath)
{
    /// <summary>Gets the data sources, when there is more than the one file <see cref="DataPath"/> (which then names the job in messages); null for <see cref="DataPath"/> alone, binding the root.</summary>
    public IReadOnlyList<Data.DataSource>? Sources { get; init; }

    /// <summary>Gets the data sources the job loads: <see cref="Sources"/>, or <see cref="DataPath"/> binding the root.</summary>
    public IReadOnlyList<Data.DataSource> AllSources => Sources ?? new[] { new Data.DataSource(null, DataPath) };
}

/// <summary>What happened to one <see cref="ReportJob"/>.</summary>
/// <param name="Job">The job.</param>
/// <param name="Written">Whether the .docx was written.</param>
/// <param name="Problems">Every problem found (errors stop the job; warnings do not).</param>
/// <param name="Elapsed">How long the job took.</param>
public sealed record ReportJobResult(ReportJob Job, bool Written, System.Collections.Generic.IReadOnlyList<Send.Domain.Validation.DataProblem> Problems, TimeSpan Elapsed);
