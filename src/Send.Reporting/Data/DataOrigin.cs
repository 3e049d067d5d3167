using System;
using System.Globalization;
using System.Text;

namespace Send.Reporting.Data;

/// <summary>
/// Where a bound data value came from: the file as the user named it, the line and column it starts at (or the sheet
/// cell), and its path in the data (<c>years[1]</c>, <c>strands[0].target</c>), so that a problem found while
/// rendering points into the data file rather than into the template.
/// </summary>
/// <remarks>
/// Immutable. For a JSON value the origin also keeps the value's own JSON text, so that the domain readers (the same
/// code as <c>send finance</c>, <c>send kpi</c> and <c>send timescales</c>) can read it; problems they report are moved
/// back onto the data file's lines with <see cref="Locate"/>.
/// </remarks>
public sealed class DataOrigin
{
    private readonly byte[]? document;
    private readonly int start;
    private readonly int length;

    internal DataOrigin(string source, int? line, int? column, string path, string? cell = null, byte[]? document = null, int start = 0, int length = 0)
    {
        Source = source;
        Line = line;
        Column = column;
        Path = path;
        Cell = cell;
        this.document = document;
        this.start = start;
        this.length = length;
    }

    /// <summary>Gets the data file as the user named it.</summary>
    public string Source { get; }

    /// <summary>Gets the 1-based line the value starts on, or null (a spreadsheet cell has none).</summary>
    public int? Line { get; }

    /// <summary>Gets the 1-based column the value starts at, or null.</summary>
    public int? Column { get; }

    /// <summary>Gets the value's path in the data: empty for the root, <c>years[1]</c>, <c>rows[11].amount</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the spreadsheet cell, <c>Sheet1!A12</c>, for a value read from an .xlsx file; otherwise null.</summary>
    public string? Cell { get; }

    /// <summary>Gets the value's own JSON text for a value read from a JSON file; otherwise null.</summary>
    internal string? Json => document is null ? null : Encoding.UTF8.GetString(document, start, length);

    /// <summary>Gets the location as problems print it: <c>file(12,5)</c>, <c>file(Sheet1!A12)</c> or <c>file</c>.</summary>
    /// <returns>The location.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder(Source);
        if (Cell is not null)
        {
            builder.Append('(').Append(Cell).Append(')');
        }
        else if (Line is int line)
        {
            builder.Append('(').Append(line.ToString(CultureInfo.InvariantCulture));
            if (Column is int column)
            {
                builder.Append(',').Append(column.ToString(CultureInfo.InvariantCulture));
            }

            builder.Append(')');
        }

        return builder.ToString();
    }

    /// <summary>
    /// Moves a problem a domain reader found in this value's JSON text onto the data file: its source becomes this
    /// origin's file, its line and column are shifted by where the value starts, and its field is prefixed with
    /// this origin's path.
    /// </summary>
    /// <param name="problem">The problem, located in the value's own text.</param>
    /// <returns>The problem located in the data file.</returns>
    public Send.Domain.Validation.DataProblem Locate(Send.Domain.Validation.DataProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        int? line = problem.Line is int l && Line is int start ? start + l - 1 : Line;
        int? column = problem.Line is int l2 && problem.Column is int c ? (l2 == 1 && Column is int startColumn ? startColumn + c - 1 : c) : (problem.Line is null ? Column : null);
        var field = string.IsNullOrEmpty(Path) ? problem.Field
            : string.IsNullOrEmpty(problem.Field) ? Path
            : problem.Field.StartsWith('[') ? Path + problem.Field : Path + "." + problem.Field;
        return problem with
        {
            Source = Source,
            Line = Cell is null ? line : null,
            Column = Cell is null ? column : null,
            Field = Cell is null ? field : Cell + (field is null ? string.Empty : " " + field),
        };
    }
}
