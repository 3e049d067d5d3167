// This file is shared source: Send.Analyzers compiles the same file (linked, not copied) so that the build-time
// template checks and the runtime's static name check agree on which names a template defines. Keep it
// netstandard2.0-clean, depending on nothing but Scriban.
using System.Collections.Generic;
using Scriban.Syntax;

namespace Send.Reporting.Templating;

/// <summary>
/// The names a template defines anywhere in itself: assignment targets, loop variables, captures, and functions with
/// their parameters. The report engine's static name check and the build-time analyzer (which compiles this file
/// linked) both treat a name defined anywhere as known everywhere.
/// </summary>
/// <remarks>
/// Dependency-free apart from Scriban, so that the netstandard2.0 analyzer can compile it. Not a scope analysis: a
/// read before the first assignment is not caught, which avoids false alarms for names assigned in another branch.
/// </remarks>
internal static class TemplateDefinitions
{
    /// <summary>Adds every name <paramref name="node"/> and its descendants define to <paramref name="names"/>.</summary>
    /// <param name="node">The template, or any node of it.</param>
    /// <param name="names">Receives the names.</param>
    /// <returns>True when the template uses <c>import</c>, which brings in names no static check can know.</returns>
    public static bool Collect(ScriptNode? node, ISet<string> names)
    {
        if (node is null)
        {
            return false;
        }

        var usesImport = false;
        switch (node)
        {
            case ScriptAssignExpression { Target: ScriptVariable target }:
                names.Add(target.Name);
                break;
            case ScriptForStatement { Variable: ScriptVariable variable } loop:
                names.Add(variable.Name);

                // Scriban's loop object (for.index, for.first, for.last...; tablerow.index in a tablerow), valid in
                // the loop's body: both the runtime and the analyzer accept it, because both use this list.
                names.Add(loop is ScriptTableRowStatement ? "tablerow" : "for");
                break;
            case ScriptWhileStatement:
                names.Add("while");
                break;
            case ScriptCaptureStatement { Target: ScriptVariable capture }:
                names.Add(capture.Name);
                break;
            case ScriptFunction function:
                if (function.NameOrDoToken is ScriptVariable name)
                {
                    names.Add(name.Name);
                }

                if (function.Parameters is not null)
                {
                    foreach (var parameter in function.Parameters)
                    {
                        if (parameter.Name is not null)
                        {
                            names.Add(parameter.Name.Name);
                        }
                    }
                }

                break;
            case ScriptImportStatement:
                usesImport = true;
                break;
        }

        foreach (var child in node.Children)
        {
            usesImport |= Collect(child, names);
        }

        return usesImport;
    }
}
