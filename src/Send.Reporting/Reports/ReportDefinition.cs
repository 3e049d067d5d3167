using System;

namespace Send.Reporting.Reports;

/// <summary>One report of the pack: its template folder name and the model type its data deserialises into.</summary>
/// <param name="Name">The template folder name under <c>templates/</c>, for example <c>scrutiny-send-update</c>.</param>
/// <param name="ModelType">The report model type (implements <see cref="IReportModel"/>).</param>
public sealed record ReportDefinition(string Name, Type ModelType);
