using Send.Domain.Validation;

namespace Send.Cli.Commands.Finance;

/// <summary>A data problem as it appears in <c>--json</c> output.</summary>
internal sealed record ProblemJson(string Source, int? Line, int? Column, string? Field, string Message, string? Value, string? Expected, DataProblemSeverity Severity, string? Code)
{
    public static ProblemJson From(DataProblem p) => new(p.Source, p.Line, p.Column, p.Field, p.Message, p.Value, p.Expected, p.Severity, p.Code);
}
