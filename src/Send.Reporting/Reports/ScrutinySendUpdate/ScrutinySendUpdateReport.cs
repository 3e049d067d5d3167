using System.Collections.Generic;
using System.Linq;
using Send.Domain.Validation;
using Send.Reporting.Reports.Common;

namespace Send.Reporting.Reports.ScrutinySendUpdate;

/// <summary>
/// The model of the <c>scrutiny-send-update</c> report: a children's scrutiny committee paper on the SEND
/// transformation programme, in the shape of Devon's January 2025 paper (recommendation, background, strands with
/// RAG, EHCP headlines, strategic plan, financial, legal, environmental and equality considerations, risks, summary,
/// contact block).
/// </summary>
/// <remarks>
/// The EHCP headlines are not typed in: <see cref="Prepare"/> computes them from the caseload file the data names.
/// The financial figures are checked for consistency (variance to plan, plan count × average cost, savings against
/// target). Members are snake_case in JSON and in the template.
/// </remarks>
public sealed class ScrutinySendUpdateReport : IReportModel
{
    /// <summary>Gets the title block.</summary>
    public required TitleBlock TitleBlock { get; init; }

    /// <summary>Gets the recommendation: a lead-in ("That the Committee:") and lettered items.</summary>
    public required Recommendation Recommendation { get; init; }

    /// <summary>Gets the background paragraphs.</summary>
    public IReadOnlyList<string> Background { get; set; } = [];

    /// <summary>Gets the programme update: introduction and one entry per strand with its RAG status.</summary>
    public required ProgrammeUpdate Programme { get; init; }

    /// <summary>Gets the commissioning and procurement update.</summary>
    public NarrativeSection? Commissioning { get; init; }

    /// <summary>Gets the EHCP process section: the caseload to compute headlines from, and narrative on communications.</summary>
    public required EhcpSection Ehcp { get; init; }

    /// <summary>Gets the strategic plan paragraphs.</summary>
    public IReadOnlyList<string> StrategicPlan { get; set; } = [];

    /// <summary>Gets the financial considerations.</summary>
    public required ScrutinyFinance Finance { get; init; }

    /// <summary>Gets the legal considerations.</summary>
    public IReadOnlyList<string> Legal { get; set; } = [];

    /// <summary>Gets the environmental impact considerations.</summary>
    public IReadOnlyList<string> Environmental { get; set; } = [];

    /// <summary>Gets the equality considerations.</summary>
    public IReadOnlyList<string> Equality { get; set; } = [];

    /// <summary>Gets the paragraph introducing the risk register.</summary>
    public string? RiskIntroduction { get; init; }

    /// <summary>Gets the risks, in the order the paper lists them.</summary>
    public IReadOnlyList<Risk> Risks { get; set; } = [];

    /// <summary>Gets the summary, conclusions and reasons for recommendations.</summary>
    public IReadOnlyList<string> Summary { get; set; } = [];

    /// <summary>Gets the officer who signs the paper.</summary>
    public required Contact Signatory { get; init; }

    /// <summary>Gets the electoral divisions affected ("All").</summary>
    public string? ElectoralDivisions { get; init; }

    /// <summary>Gets the cabinet member line.</summary>
    public string? CabinetMember { get; init; }

    /// <summary>Gets the contact for enquiries.</summary>
    public required Contact Contact { get; init; }

    /// <summary>Gets notes on where the sample figures came from, printed at the end when present.</summary>
    public IReadOnlyList<string> DataNotes { get; set; } = [];

    /// <summary>Gets the EHCP headlines computed from the caseload by <see cref="Prepare"/>.</summary>
    public EhcpHeadlines? Headlines { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<DataProblem> Prepare(ReportDataContext context)
    {
        var problems = new List<DataProblem>();
        Headlines = EhcpHeadlines.Compute(Ehcp, context, problems);
        problems.AddRange(Finance.Check(context.DataPath));
        return problems;
    }

    /// <summary>Gets the highest risk score, for the summary line of the risk table.</summary>
    public int HighestRiskScore => Risks.Count == 0 ? 0 : Risks.Max(r => r.Score);
}
