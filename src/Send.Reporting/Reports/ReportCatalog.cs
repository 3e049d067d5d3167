using System;
using System.Collections.Generic;
using System.Linq;
using Send.Reporting.Reports.DbvSummary;
using Send.Reporting.Reports.SchoolsForumSendUpdate;
using Send.Reporting.Reports.ScrutinySendUpdate;
using Send.Reporting.Reports.StrategicUpdate;

namespace Send.Reporting.Reports;

/// <summary>The reports that ship with Send, by template folder name.</summary>
/// <remarks>A template folder whose name is not listed here has no typed model and cannot be rendered by the pack.</remarks>
public static class ReportCatalog
{
    /// <summary>Gets the four reports of the pack.</summary>
    public static IReadOnlyList<ReportDefinition> All { get; } =
    [
        new("scrutiny-send-update", typeof(ScrutinySendUpdateReport)),
        new("schools-forum-send-update", typeof(SchoolsForumSendUpdateReport)),
        new("strategic-update", typeof(StrategicUpdateReport)),
        new("dbv-summary", typeof(DbvSummaryReport)),
    ];

    /// <summary>Finds a report by template folder name (case-insensitive).</summary>
    /// <param name="name">The folder name.</param>
    /// <returns>The definition, or null when there is none.</returns>
    public static ReportDefinition? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
}
