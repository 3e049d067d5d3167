using System;
using System.IO;
using System.Threading.Tasks;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Send.Domain.Validation;

namespace Send.Reporting.Templating;

/// <summary>
/// Loads <c>include</c>d templates from the including template's own folder and nowhere else.
/// </summary>
/// <remarks>
/// A name must be a plain relative file name or a path below the folder: rooted paths, drive letters, <c>..</c>
/// segments and paths that resolve outside the folder are refused with a template error at the include's position.
/// Symbolic links are followed to their real path first, so a link (to a file or a folder) that leaves the template's
/// folder is refused as well; and only a regular file of at most <see cref="MaxIncludeBytes"/> is read, never a
/// device or a FIFO.
/// </remarks>
internal sealed class TemplateFolderLoader : ITemplateLoader
{
    /// <summary>The largest file an include may read: 16 MB, more than the default output limit.</summary>
    public const long MaxIncludeBytes = 16 * 1024 * 1024;

    private readonly string folder;

    public TemplateFolderLoader(string folder)
    {
        this.folder = folder;
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
            throw new ScriptRuntimeException(callerSpan, $"include '{DataExcerpt.Of(templateName)}' is not allowed: includes must name a file in the template's own folder (no '..', no absolute paths)");
        }

        string root;
        string real;
        try
        {
            root = RealPath.Of(folder);
            real = RealPath.Of(Path.Combine(root, name));
        }
        catch (IOException ex)
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{DataExcerpt.Of(templateName)}' could not be resolved: {ex.Message}");
        }

        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!real.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{DataExcerpt.Of(templateName)}' is outside the template's folder (a symbolic link leads out of it)");
        }

        switch (FileKinds.Of(real))
        {
            case FileKind.Missing:
                throw new ScriptRuntimeException(callerSpan, $"include '{DataExcerpt.Of(templateName)}' was not found in the template's folder");
            case FileKind.Regular:
                break;
            default:
                throw new ScriptRuntimeException(callerSpan, $"include '{DataExcerpt.Of(templateName)}' is not a regular file (a folder, device or FIFO is never read)");
        }

        if (new FileInfo(real).Length > MaxIncludeBytes)
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{DataExcerpt.Of(templateName)}' is larger than {MaxIncludeBytes / (1024 * 1024)} MB");
        }

        return real;
    }

    // GetPath returned a real path (no links) to a regular file: read exactly that.
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(File.ReadAllText(templatePath));
}
