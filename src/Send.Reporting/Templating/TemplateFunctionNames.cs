// Dependency-free: this file is also compiled into Send.Analyzers (netstandard2.0) by a <Compile Link>, so that the
// analyzer knows every name the report engine puts in scope. Add a name here when the engine registers a function.
using System.Collections.Generic;

namespace Send.Reporting.Templating;

/// <summary>
/// The names a template can use besides its model's members and its own assignments: Scriban's builtin objects and
/// keywords, and the functions Send's report engine registers.
/// </summary>
/// <remarks>
/// The analyzer rule SEND2002 (unknown variable) treats exactly these names as known. A function the engine registers
/// but that is missing here is reported as unknown in every template that uses it, so the list and the engine's
/// registration must change together.
/// </remarks>
internal static class TemplateFunctionNames
{
    /// <summary>Scriban's builtin objects and special variables (<c>string.upcase</c>, <c>for.index</c>...).</summary>
    public static IReadOnlyCollection<string> ScribanBuiltins { get; } = new[]
    {
        "array", "date", "html", "math", "object", "regex", "string", "timespan", "include", "empty", "blank",
        "for", "tablerow", "while", "this", "null", "true", "false", "ret", "continue", "break",
    };

    /// <summary>The functions and objects Send's report engine registers for every template.</summary>
    public static IReadOnlyCollection<string> Send { get; } = new[]
    {
        "money", "percent", "format_date", "rag", "chart", "deadline_table", "dsg_table", "kpi_table", "savings_table",
    };
}
