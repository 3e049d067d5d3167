using System;
using System.IO;
using System.Threading.Tasks;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Send.Reporting.Templating;

/// <summary>
/// Loads <c>include</c>d templates from the including template's own folder and nowhere else.
/// </summary>
/// <remarks>
/// A name must be a plain relative file name or a path below the folder: rooted paths, drive letters, <c>..</c>
/// segments and paths that resolve outside the folder are refused with a template error at the include's position.
/// </remarks>
internal sealed class TemplateFolderLoader : ITemplateLoader
{
    private readonly string root;

    public TemplateFolderLoader(string folder)
    {
        root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (string.IsNullOrWhiteSpace(templateName))
        {
            throw new ScriptRuntimeException(callerSpan, "include needs a file name from the template's own folder");
        }

        var name = templateName.Replace('\\', '/');
        if (Path.IsPathRooted(templateName) || name.StartsWith('/') || name.Contains(':', StringComparison.Ordinal)
            || Array.Exists(name.Split('/'), segment => segment == ".."))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is not allowed: includes must name a file in the template's own folder (no '..', no absolute paths)");
        }

        var full = Path.GetFullPath(Path.Combine(root, name));
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is outside the template's folder");
        }

        if (!File.Exists(full))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' was not found in the template's folder");
        }

        return full;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(File.ReadAllText(templatePath));
}
