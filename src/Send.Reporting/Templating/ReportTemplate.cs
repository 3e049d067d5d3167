using System;
using System.IO;
using System.Linq;
using Scriban;
using Scriban.Parsing;
using Send.Domain.Validation;

namespace Send.Reporting.Templating;

/// <summary>
/// A parsed report template: Scriban over Markdown, read once and reused for any number of renders.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. Create them through <see cref="TemplateCache"/> to parse each file only
/// once, or with <see cref="Parse"/> for text that is not in a file. Syntax errors are reported all together as a
/// <see cref="DataException"/> whose problems read <c>path(line,col): message</c>.
/// </remarks>
public sealed class ReportTemplate
{
    private ReportTemplate(string source, string folder, string text, Template parsed)
    {
        Source = source;
        Folder = folder;
        Text = text;
        Parsed = parsed;
        ModelTypeName = TemplateHeader.TryReadModelType(text, out var model, out _) ? model : null;
    }

    /// <summary>The template's path as the caller named it; used in every problem reported against it.</summary>
    public string Source { get; }

    /// <summary>The folder that <c>include</c> may read from.</summary>
    public string Folder { get; }

    /// <summary>The template text.</summary>
    public string Text { get; }

    /// <summary>The model type the template declares on its first line (see <see cref="TemplateHeader"/>), or null.</summary>
    public string? ModelTypeName { get; }

    internal Template Parsed { get; }

    /// <summary>Parses template text.</summary>
    /// <param name="source">The path to report problems against.</param>
    /// <param name="text">The template text.</param>
    /// <param name="folder">The folder includes are loaded from; by default the folder of <paramref name="source"/>.</param>
    /// <returns>The parsed template.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataException">The template has syntax errors; every one is listed.</exception>
    public static ReportTemplate Parse(string source, string text, string? folder = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        var parsed = Template.Parse(text, source, new ParserOptions { ParseFloatAsDecimal = true }, new LexerOptions { Mode = ScriptMode.Default });
        if (parsed.HasErrors)
        {
            throw new DataException(parsed.Messages
                .Where(m => m.Type == ParserMessageType.Error)
                .Select(m => TemplateProblems.At(m.Span, m.Message)));
        }

        return new ReportTemplate(source, folder ?? Path.GetDirectoryName(Path.GetFullPath(source)) ?? ".", text, parsed);
    }

    /// <summary>Reads and parses a template file.</summary>
    /// <param name="path">The template's path.</param>
    /// <returns>The parsed template.</returns>
    /// <exception cref="DataException">The file is missing or has syntax errors.</exception>
    public static ReportTemplate Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(path, ReadText(path));
    }

    internal static string ReadText(string path)
    {
        if (FileKinds.Of(path) is FileKind.Special or FileKind.Directory)
        {
            throw new DataException(new[] { new DataProblem(path, "the template is not a regular file (a folder, device or FIFO is never read)") { Code = TemplateProblems.Code } });
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataException(new[] { new DataProblem(path, "the template could not be read: " + ex.Message) { Code = TemplateProblems.Code } });
        }
    }
}
