using System.Collections.Generic;
using System.Linq;
using Send.Domain.Validation;
using Send.Reporting.Reports;

namespace Send.Benchmarks.Reporting.TypedStrategicUpdate;

/// <summary>
/// The model of the <c>strategic-update</c> report: a chief executive's strategic update in the shape of Devon's
/// (areas of improvement, the KPI table with comparators, South West and England, priorities, SEND transformation
/// background and position, programme strands with savings targets, pressures and challenges).
/// </summary>
/// <remarks>
/// Each KPI's comparison with its statistical neighbours, the region and England is a verdict computed from the
/// KPI's polarity (kpis.md §5, benchmark-based RAG); the template only shades the cells.
/// </remarks>
public sealed class StrategicUpdateReport : IReportModel
{
    /// <summary>Gets the title block.</summary>
    public required TitleBlock TitleBlock { get; init; }

    /// <summary>Gets the presenter (name and role).</summary>
    public required Contact Presenter { get; init; }

    /// <summary>Gets the significant areas of improvement.</summary>
    public IReadOnlyList<string> Improvements { get; set; } = [];

    /// <summary>Gets the KPI table.</summary>
    public required IReadOnlyList<KpiRow> Kpis { get; init; }

    /// <summary>Gets the areas of focus listed under the KPI table.</summary>
    public IReadOnlyList<string> KpiFocus { get; set; } = [];

    /// <summary>Gets the priorities for the coming year.</summary>
    public IReadOnlyList<string> Priorities { get; set; } = [];

    /// <summary>Gets the SEND transformation background points.</summary>
    public IReadOnlyList<string> Background { get; set; } = [];

    /// <summary>Gets the SEND transformation current-position points.</summary>
    public IReadOnlyList<string> CurrentPosition { get; set; } = [];

    /// <summary>Gets the programme strands with savings targets.</summary>
    public required SavingsPlan Savings { get; init; }

    /// <summary>Gets the pressures and challenges.</summary>
    public required Pressures Pressures { get; init; }

    /// <summary>Gets the closing line ("Discussion and questions").</summary>
    public string? Closing { get; init; }

    /// <summary>Gets notes on where the sample figures came from.</summary>
    public IReadOnlyList<string> DataNotes { get; set; } = [];

    /// <summary>Gets how many KPIs are better than England.</summary>
    public int BetterThanEnglandCount => Kpis.Count(k => k.VersusEngland == Send.Domain.Kpis.Verdict.Better);

    /// <inheritdoc />
    public IReadOnlyList<DataProblem> Prepare(ReportDataContext context)
    {
        var problems = new List<DataProblem>();
        for (var i = 0; i < Kpis.Count; i++)
        {
            problems.AddRange(Kpis[i].Prepare(context.DataPath, $"kpis[{i}]"));
        }

        problems.AddRange(Savings.Check(context.DataPath, "savings"));
        return problems;
    }
}

/// <summary>Pressures and challenges: points, with the areas of slippage called out.</summary>
public sealed class Pressures
{
    /// <summary>Gets the opening points.</summary>
    public IReadOnlyList<string> Introduction { get; set; } = [];

    /// <summary>Gets the areas of slippage: a short title and what is happening.</summary>
    public IReadOnlyList<TitledPoint> Slippage { get; set; } = [];

    /// <summary>Gets the closing points.</summary>
    public IReadOnlyList<TitledPoint> Others { get; set; } = [];
}

/// <summary>A point with a bold lead-in title.</summary>
public sealed class TitledPoint
{
    /// <summary>Gets the lead-in; null for none.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the text.</summary>
    public required string Text { get; init; }
}
