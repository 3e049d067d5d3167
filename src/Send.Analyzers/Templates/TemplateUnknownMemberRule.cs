using Microsoft.CodeAnalysis;

namespace Send.Analyzers.Templates;

/// <summary>
/// SEND2003: a member access (<c>row.deficit</c>) naming no property or field of the type the analyzer resolved for the
/// target, starting from the template's declared model and following properties and the element types of
/// <c>IEnumerable&lt;T&gt;</c> through <c>for</c> loops; also a declared model type that the compilation does not contain.
/// </summary>
internal static class TemplateUnknownMemberRule
{
    /// <summary>The SEND2003 descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.TemplateUnknownMember,
        "Unknown member of the template's model",
        "{0}",
        RuleDescriptors.TemplateCategory,
        DiagnosticSeverity.Error,
        "The member does not exist on the .NET type the template's model declaration leads to, so it would render as an empty string.");
}
