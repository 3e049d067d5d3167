using Microsoft.CodeAnalysis;

namespace Send.Analyzers.Templates;

/// <summary>
/// SEND2004: <c>include 'name'</c> with a literal name that matches no template among the compilation's
/// AdditionalFiles, resolved relative to the including template's folder (the name as written, or with
/// <c>.scriban</c> or <c>.md.scriban</c> appended).
/// </summary>
internal static class TemplateMissingIncludeRule
{
    /// <summary>The SEND2004 descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.TemplateMissingInclude,
        "Included template does not exist",
        "included template '{0}' was not found (looked for {1})",
        RuleDescriptors.TemplateCategory,
        DiagnosticSeverity.Error,
        "The include names a template that is not among the project's templates, so rendering would fail when it reaches the include.");
}
