using Microsoft.CodeAnalysis;

namespace Send.Analyzers.Templates;

/// <summary>SEND2001: a Scriban syntax error or an unbalanced block, as reported by Scriban's own parser.</summary>
internal static class TemplateSyntaxRule
{
    /// <summary>The SEND2001 descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.TemplateSyntaxError,
        "Template syntax error",
        "{0}",
        RuleDescriptors.TemplateCategory,
        DiagnosticSeverity.Error,
        "The template does not parse with Scriban: a code block is not closed, an 'if', 'for', 'with', 'capture' or 'func' has no matching 'end' (or an 'end' has no block), or an expression is malformed. Rendering it would fail.");
}
