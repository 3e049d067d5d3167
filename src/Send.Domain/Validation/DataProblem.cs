using System.Globalization;
using System.Text;

namespace Send.Domain.Validation;

/// <summary>
/// One problem found in data a person supplied: a calendar file, a case history, a finance table, a KPI file.
/// It names where the problem is (source, line, column, field path), the offending value, and what was expected.
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="DataProblem"/> is a value, not an exception: loaders collect every problem they find and return them
/// together, so that a report author can fix a file in one pass. Exceptions remain for programmer errors (a null
/// argument, a contract broken by calling code).
/// </para>
/// <para>
/// <see cref="ToString"/> gives the conventional compiler-style form
/// <c>source(line,col): field: message (found 'value'; expected ...)</c> that editors and CI logs recognise.
/// Equality is structural (a record).
/// </para>
/// </remarks>
/// <param name="Source">The file or input the problem is in, as the user named it (for example <c>data/wiltshire.json</c>); never null.</param>
/// <param name="Message">What is wrong, in plain English; never null.</param>
public sealed record DataProblem(string Source, string Message)
{
    /// <summary>The 1-based line number in <see cref="Source"/>, or null when the input has no lines.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column number, or null when unknown.</summary>
    public int? Column { get; init; }

    /// <summary>The field path in the data, for example <c>years[1].carried_forward</c>, or null.</summary>
    public string? Field { get; init; }

    /// <summary>The offending value as the user wrote it, or null; <see cref="ToString"/> shows at most a short, escaped excerpt of it (<see cref="DataExcerpt"/>).</summary>
    public string? Value { get; init; }

    /// <summary>What was expected instead, for example <c>a label such as 2024/25</c>, or null.</summary>
    public string? Expected { get; init; }

    /// <summary>Whether this problem stops the data being used (<see cref="DataProblemSeverity.Error"/>) or is only reported.</summary>
    public DataProblemSeverity Severity { get; init; } = DataProblemSeverity.Error;

    /// <summary>A stable code for the kind of problem (for example <c>SEND-CSV</c>; the codes are the constants of <see cref="ProblemCodes"/> and <c>Send.Reporting.ReportProblemCodes</c>, listed in <c>docs/problems.md</c>), or null.</summary>
    public string? Code { get; init; }

    /// <summary>Formats the problem as <c>source(line,col): [severity code: ]field: message (found 'value'; expected ...)</c>.</summary>
    /// <returns>The formatted problem; never null.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder(Source);
        if (Line is int line)
        {
            builder.Append('(').Append(line.ToString(CultureInfo.InvariantCulture));
            if (Column is int column)
            {
                builder.Append(',').Append(column.ToString(CultureInfo.InvariantCulture));
            }

            builder.Append(')');
        }

        builder.Append(": ");
        if (Severity == DataProblemSeverity.Warning)
        {
            builder.Append("warning ");
        }

        if (Code is not null)
        {
            builder.Append(Code).Append(": ");
        }

        if (Field is not null)
        {
            builder.Append(Field).Append(": ");
        }

        builder.Append(Message);
        if (Value is not null || Expected is not null)
        {
            builder.Append(" (");
            if (Value is not null)
            {
                builder.Append("found '").Append(DataExcerpt.Of(Value)).Append('\'');
            }

            if (Expected is not null)
            {
                builder.Append(Value is not null ? "; " : string.Empty).Append("expected ").Append(Expected);
            }

            builder.Append(')');
        }

        return builder.ToString();
    }
}
