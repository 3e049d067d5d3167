using System.Collections.Generic;

namespace Consumer;

/// <summary>The model the templates declare.</summary>
public sealed class ReportModel
{
    /// <summary>Council name; in templates <c>la_name</c>.</summary>
    public string LaName { get; init; } = "";

    /// <summary>Deficit rows; in templates <c>deficit_table</c>.</summary>
    public IReadOnlyList<DeficitRow> DeficitTable { get; init; } = new List<DeficitRow>();
}

/// <summary>One row.</summary>
public sealed class DeficitRow
{
    /// <summary>Year label.</summary>
    public string Year { get; init; } = "";

    /// <summary>Carried forward, in pounds.</summary>
    public decimal CarriedForward { get; init; }
}
