using Microsoft.CodeAnalysis;

namespace Send.Analyzers;

/// <summary>Builds descriptors with Send's conventions: category, help link to <c>docs/rules/&lt;id&gt;.md</c>.</summary>
internal static class RuleDescriptors
{
    /// <summary>Category of the SEND1xxx rules.</summary>
    public const string CodeCategory = "Send.Correctness";

    /// <summary>Category of the SEND2xxx rules.</summary>
    public const string TemplateCategory = "Send.Templates";

    private const string HelpLinkBase = "https://github.com/send-toolkit/send/blob/main/docs/rules/";

    /// <summary>Returns the documentation address for a rule id.</summary>
    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    /// <summary>Creates a descriptor enabled by default.</summary>
    public static DiagnosticDescriptor Create(
        string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string description) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id));
}
