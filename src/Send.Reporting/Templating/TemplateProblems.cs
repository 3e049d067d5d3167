using Scriban.Parsing;
using Send.Domain.Validation;

namespace Send.Reporting.Templating;

/// <summary>Turns Scriban's positions into <see cref="DataProblem"/>s: <c>path(line,col): message</c>.</summary>
internal static class TemplateProblems
{
    /// <summary>The code every template problem carries.</summary>
    public const string Code = "SEND-TEMPLATE";

    public static DataProblem At(SourceSpan span, string message) =>
        new(string.IsNullOrEmpty(span.FileName) ? "<template>" : span.FileName, message)
        {
            Line = span.Start.Line + 1,
            Column = span.Start.Column + 1,
            Code = Code,
        };
}
