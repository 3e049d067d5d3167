using System.Collections.Generic;
using System.Linq;
using Send.Domain.Validation;

namespace Send.Domain.Finance;

/// <summary>
/// The result of checking a <see cref="PublishedDeficitTable"/>: a verdict per year, the links between years, the
/// whole-period check, and the problems a person should see.
/// </summary>
/// <remarks>
/// Produced by <see cref="DeficitTableReconciler"/>. Immutable and simple to enumerate, for reports. Rows classed
/// as rounding are listed in <see cref="Years"/> with their explanation but are not problems: the reference says to
/// accept and report them, never to correct them.
/// </remarks>
public sealed class DeficitReconciliation
{
    internal DeficitReconciliation(
        PublishedDeficitTable table,
        IReadOnlyList<ReconciledYear> years,
        IReadOnlyList<ChainLink> links,
        TelescopingCheck? telescoping,
        IReadOnlyList<DataProblem> problems,
        DsgAccount? account,
        bool linksChecked)
    {
        LinksChecked = linksChecked;
        Table = table;
        Years = years;
        Links = links;
        Telescoping = telescoping;
        Problems = problems;
        Account = account;
    }

    /// <summary>The table checked.</summary>
    public PublishedDeficitTable Table { get; }

    /// <summary>One result per printed row, in printed order.</summary>
    public IReadOnlyList<ReconciledYear> Years { get; }

    /// <summary>One link check per pair of consecutive years (none across a missing year).</summary>
    public IReadOnlyList<ChainLink> Links { get; }

    /// <summary>The whole-period check, or null when the table has no rows or its years are not consecutive.</summary>
    public TelescopingCheck? Telescoping { get; }

    /// <summary>Errors and warnings, each naming the year and field.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    /// <summary>
    /// The account implied by the first brought-forward balance and each year's printed movements (its carried-forward
    /// balances are computed, so they may differ from the printed ones by rounding), or null when the years are not
    /// consecutive.
    /// </summary>
    public DsgAccount? Account { get; }

    /// <summary>
    /// Whether every pair of printed years was checked for its link: false when years are missing, repeated or out of
    /// order, and then <see cref="Links"/> is empty and says nothing about the b/f figures.
    /// </summary>
    public bool LinksChecked { get; }

    /// <summary>
    /// The Safety Valve agreement's conditions assessed against <see cref="Account"/>, or null when no agreement was
    /// given or the table could not be assessed (<see cref="SafetyValveNotAssessed"/> says why).
    /// </summary>
    public SafetyValveEvaluation? SafetyValve { get; init; }

    /// <summary>The further-line identities checked (High Needs Block balance, in-year lines, monitoring positions), in row order; empty when the table has none.</summary>
    public IReadOnlyList<ReconciledLine> Lines { get; init; } = System.Array.Empty<ReconciledLine>();

    /// <summary>
    /// Per year, whether the statutory override covers it, when any row states an override status; else empty.
    /// </summary>
    public IReadOnlyList<StatutoryOverrideYear> StatutoryOverride { get; init; } = System.Array.Empty<StatutoryOverrideYear>();

    /// <summary>
    /// The year-by-year comparisons: each mitigated scenario against the unmitigated one, each revised plan version
    /// against the original, and a re-profiled Safety Valve schedule against the original; empty when there are none.
    /// </summary>
    public IReadOnlyList<ScenarioComparison> Comparisons { get; init; } = System.Array.Empty<ScenarioComparison>();

    /// <summary>Why an agreement was given but its conditions were not assessed, or null.</summary>
    public string? SafetyValveNotAssessed { get; init; }

    /// <summary>Whether any problem is an error.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == DataProblemSeverity.Error);

    /// <summary>The worst verdict over every row, link and the whole-period check.</summary>
    public ReconciliationVerdict OverallVerdict =>
        Years.Select(y => y.Verdict)
            .Concat(Links.Select(l => l.Verdict))
            .Append(Telescoping?.Verdict ?? ReconciliationVerdict.Exact)
            .Append(HasErrors ? ReconciliationVerdict.Error : ReconciliationVerdict.Exact)
            .Max();
}
