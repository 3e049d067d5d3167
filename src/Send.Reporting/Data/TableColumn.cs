namespace Send.Reporting.Data;

/// <summary>One column of a CSV or .xlsx data source: its header as written, the member name rows use, and its type.</summary>
/// <param name="Header">The header cell as written, for example <c>Request date</c>.</param>
/// <param name="Name">The member name in the template: the header in snake_case, for example <c>request_date</c>.</param>
/// <param name="Type">What the column holds.</param>
/// <param name="Symbols">For a number column, how many cells held a DfE suppression symbol instead of a number.</param>
public sealed record TableColumn(string Header, string Name, ColumnType Type, int Symbols = 0)
{
    /// <summary>Describes the column for <c>send check</c>: <c>request_date ("Request date"): date</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Name} (\"{Header}\"): {Type.ToString().ToLowerInvariant()}" + (Symbols > 0 ? $", {Symbols} suppressed cell(s)" : string.Empty);
}
