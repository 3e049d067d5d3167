using System;
using System.Collections.Generic;
using System.Linq;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Send.Reporting.Templating;

/// <summary>
/// Finds variables a template reads but that are neither known globals (model members, functions, built-ins) nor
/// assigned anywhere in the template, by walking the parsed template — so that a misspelt name in a branch the
/// sample data never takes is still reported, with all the others, before anything is written.
/// </summary>
/// <remarks>
/// Templates that use <c>import</c> or <c>with</c> bring names in dynamically and are left to the run-time check.
/// Members (<c>lead.name</c>) are checked at run time, where the object's type is known.
/// </remarks>
internal static class StaticNameCheck
{
    public static IEnumerable<(string Name, SourceSpan Span)> UnknownGlobals(ScriptPage page, IReadOnlySet<string> known)
    {
        var nodes = new List<ScriptNode>();
        Collect(page, nodes);
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        var usesImport = TemplateDefinitions.Collect(page, assigned);
        if (usesImport || nodes.Any(n => n is ScriptWithStatement))
        {
            return Array.Empty<(string, SourceSpan)>();
        }

        return nodes
            .OfType<ScriptVariableGlobal>()
            .Where(v => !(v.Parent is ScriptMemberExpression member && ReferenceEquals(member.Member, v)))
            .Where(v => !known.Contains(v.Name) && !assigned.Contains(v.Name))
            .Select(v => (v.Name, v.Span))
            .ToList();
    }

    private static void Collect(ScriptNode? node, List<ScriptNode> nodes)
    {
        if (node is null)
        {
            return;
        }

        nodes.Add(node);
        foreach (var child in node.Children)
        {
            Collect(child, nodes);
        }
    }
}
