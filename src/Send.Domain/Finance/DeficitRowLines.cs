using System;
using System.Collections.Generic;

namespace Send.Domain.Finance;

/// <summary>
/// The further lines a council may print for one year of a DSG deficit table beside b/f, in-year, contributions and
/// c/f: the lines making up the in-year result, the High Needs Block balance side by side, the budget, forecast and
/// outturn positions with the monitoring round, and the statutory override status. Every line is optional.
/// </summary>
/// <remarks>
/// <see cref="DeficitTableReconciler"/> checks each identity that holds (docs/finance.md, "More lines") and reports
/// a located problem when one does not. Immutable; equality is by reference for the list.
/// </remarks>
public sealed record DeficitRowLines
{
    /// <summary>No further lines: the default on every row.</summary>
    public static DeficitRowLines None { get; } = new();

    /// <summary>The monitoring round the row's own figures are as at ("Month 7"), or null.</summary>
    public MonitoringPeriod? Monitoring { get; init; }

    /// <summary>The lines making up the row's in-year result, or null.</summary>
    public InYearLines? Funding { get; init; }

    /// <summary>The High Needs Block (or another block's) balance printed beside the whole-DSG balance, or null.</summary>
    public BlockBalance? HighNeeds { get; init; }

    /// <summary>Budget, forecast and outturn positions of the year's in-year result; empty by default, never null.</summary>
    public IReadOnlyList<MonitoringPosition> Positions { get; init; } = Array.Empty<MonitoringPosition>();

    /// <summary>The statutory override status the paper states for the year, or null when it states none.</summary>
    public StatutoryOverrideStatus? StatutoryOverride { get; init; }

    /// <summary>Whether any line is given.</summary>
    public bool IsEmpty => Monitoring is null && Funding is null && HighNeeds is null && Positions.Count == 0 && StatutoryOverride is null;
}
