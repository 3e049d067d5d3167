using Microsoft.CodeAnalysis;

namespace Send.Analyzers.Templates;

/// <summary>
/// SEND2002: a top-level variable that is neither a member of the template's declared model (under
/// <c>MemberNaming</c>), nor assigned in the template (assignment, loop variable, function or parameter, capture), nor a
/// builtin or a function Send registers (<c>TemplateFunctionNames</c>).
/// </summary>
internal static class TemplateUnknownVariableRule
{
    /// <summary>The SEND2002 descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.TemplateUnknownVariable,
        "Unknown template variable",
        "unknown variable '{0}'{1}",
        RuleDescriptors.TemplateCategory,
        DiagnosticSeverity.Error,
        "Scriban renders an unknown variable as an empty string, so a misspelt name silently leaves a hole in a committee report. The variable is not a member of the declared model, not assigned in the template, and not a function Send registers.");
}
