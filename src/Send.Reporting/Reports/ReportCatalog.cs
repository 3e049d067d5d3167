using System;
using System.Collections.Generic;
using System.Linq;
using Send.Reporting.Reports.DbvSummary;
using Send.Reporting.Reports.SchoolsForumSendUpdate;
using Send.Reporting.Reports.ScrutinySendUpdate;

namespace Send.Reporting.Reports;

/// <summary>The reports that ship with Send, by template folder name.</summary>
/// <remarks>
/// The typed route for council developers: a template that declares one of these model types on its first line is
/// read into it. Any other template folder renders on the generic route, with its data bound as it is
/// (<see cref="Data.ReportData"/>).
/// </remarks>
public static class ReportCatalog
{
    /// <summary>Gets the reports of the pack that are read into a typed model (the others, such as <c>strategic-update</c>, render on the generic route).</summary>
    public static IReadOnlyList<ReportDefinition> All { get; } =
    [
        new("scrutiny-send-update", typeof(ScrutinySendUpdateReport)),
        new("schools-forum-send-update", typeof(SchoolsForumSendUpdateReport)),
        new("dbv-summary", typeof(DbvSummaryReport)),
    ];

    /// <summary>Finds a report by the model type a template declares (its full name, as in <c>{{## model: ... ##}}</c>).</summary>
    /// <param name="modelTypeName">The declared full type name.</param>
    /// <returns>The definition, or null when the engine has no such model.</returns>
    public static ReportDefinition? FindModel(string modelTypeName) =>
        All.FirstOrDefault(d => string.Equals(d.ModelType.FullName, modelTypeName, StringComparison.Ordinal));

    /// <summary>Finds a report by template folder name (case-insensitive).</summary>
    /// <param name="name">The folder name.</param>
    /// <returns>The definition, or null when there is none.</returns>
    public static ReportDefinition? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
}
