using System.Collections.Generic;
using Send.Domain.Validation;

namespace Send.Reporting.Reports;

/// <summary>
/// A report's typed model: what its data JSON deserialises into and what its template declares as its model. After
/// reading, <see cref="Prepare"/> computes the parts that come from the domain engines (EHCP headlines from a
/// caseload, the reconciled DSG table, KPI verdicts) and checks the domain rules.
/// </summary>
/// <remarks>
/// Models are read once and prepared once; the template then only reads them. Problems are returned, not thrown,
/// so that <c>send check</c> can list all of them.
/// </remarks>
public interface IReportModel
{
    /// <summary>Computes derived sections and checks domain rules.</summary>
    /// <param name="context">Where the data came from (for relative file names and problem locations).</param>
    /// <returns>Every problem found; an empty list when the model is ready to render.</returns>
    IReadOnlyList<DataProblem> Prepare(ReportDataContext context);
}
