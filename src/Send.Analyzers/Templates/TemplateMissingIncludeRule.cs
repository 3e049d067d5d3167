using Microsoft.CodeAnalysis;

namespace Send.Analyzers.Templates;

/// <summary>
/// SEND2004: <c>include 'name'</c> with a literal name that matches no template among the compilation's
/// AdditionalFiles, resolved as the report engine does: the name exactly as written, relative to the including
/// template's folder, never with <c>..</c> or an absolute path.
/// </summary>
internal static class TemplateMissingIncludeRule
{
    /// <summary>The SEND2004 descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.TemplateMissingInclude,
        "Included template does not exist",
        "included template '{0}' cannot be found: {1}",
        RuleDescriptors.TemplateCategory,
        DiagnosticSeverity.Error,
        "The include names a template that is not among the project's templates, so rendering would fail when it reaches the include.");
}
