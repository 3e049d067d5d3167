using System.Collections.Generic;
using Send.Domain.Validation;
using Send.Reporting.Reports.Common;

namespace Send.Reporting.Reports.SchoolsForumSendUpdate;

/// <summary>
/// The model of the <c>schools-forum-send-update</c> report: a Schools Forum paper on the SEND transformation
/// programme in the shape of Wiltshire's 2024 paper (purpose, background, strategy priorities, Safety Valve
/// conditions with RAG and commentary, payments received, the cumulative DSG deficit table, financial implications,
/// proposal, authors).
/// </summary>
/// <remarks>
/// The deficit table's carried-forward column is checked against brought forward + in-year − contributions and each
/// row's brought forward against the previous row's carried forward; published figures are never corrected, and a
/// difference within rounding (one unit in the third decimal place per part) is reported as a note in the table.
/// </remarks>
public sealed class SchoolsForumSendUpdateReport : IReportModel
{
    /// <summary>Gets the title block.</summary>
    public required TitleBlock TitleBlock { get; init; }

    /// <summary>Gets the purpose of the report.</summary>
    public required IReadOnlyList<string> Purpose { get; init; }

    /// <summary>Gets the background paragraphs.</summary>
    public IReadOnlyList<string> Background { get; set; } = [];

    /// <summary>Gets the lettered parts of the programme.</summary>
    public IReadOnlyList<string> ProgrammeParts { get; set; } = [];

    /// <summary>Gets the paragraph on the programme's aim.</summary>
    public string? Aim { get; init; }

    /// <summary>Gets the strategy section.</summary>
    public required StrategySection Strategy { get; init; }

    /// <summary>Gets the High Needs Sustainability Plan section: the Safety Valve conditions and their status.</summary>
    public required SustainabilitySection Sustainability { get; init; }

    /// <summary>Gets the Safety Valve payments received.</summary>
    public IReadOnlyList<SafetyValvePayment> Payments { get; set; } = [];

    /// <summary>Gets the deficit forecast and its table.</summary>
    public required DeficitForecast Deficit { get; init; }

    /// <summary>Gets the proposal paragraphs.</summary>
    public required IReadOnlyList<string> Proposal { get; init; }

    /// <summary>Gets the report authors.</summary>
    public IReadOnlyList<Contact> Authors { get; set; } = [];

    /// <summary>Gets notes on where the sample figures came from.</summary>
    public IReadOnlyList<string> DataNotes { get; set; } = [];

    /// <summary>Gets the total of the payments received (£m).</summary>
    public decimal PaymentsTotalM => System.Linq.Enumerable.Sum(Payments, p => p.AmountM);

    /// <inheritdoc />
    public IReadOnlyList<DataProblem> Prepare(ReportDataContext context) => Deficit.Reconcile(context.DataPath);
}
