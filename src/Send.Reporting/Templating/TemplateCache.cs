using System;
using System.Collections.Concurrent;
using System.IO;

namespace Send.Reporting.Templating;

/// <summary>
/// Parses each template file once: entries are keyed by the file's full path and its content, so an edited file is
/// parsed again and an unchanged one never is.
/// </summary>
/// <remarks>
/// Thread-safe. The file is still read on each lookup (to compare it); parsing is what the cache saves. The content
/// itself is the key (compared ordinally), not a hash of it: a cryptographic hash loaded OpenSSL into every
/// <c>send render</c> for a few milliseconds, and a template is small beside its parsed form.
/// </remarks>
public sealed class TemplateCache
{
    private readonly ConcurrentDictionary<(string Path, string Text), ReportTemplate> entries = new();

    /// <summary>A process-wide cache.</summary>
    public static TemplateCache Shared { get; } = new();

    /// <summary>The number of parsed templates held.</summary>
    public int Count => entries.Count;

    /// <summary>Returns the parsed template for a file, parsing it only when its content is new.</summary>
    /// <param name="path">The template's path, as it should appear in problems.</param>
    /// <returns>The parsed template.</returns>
    /// <exception cref="Send.Domain.Validation.DataException">The file cannot be read or has syntax errors.</exception>
    public ReportTemplate GetOrParse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = ReportTemplate.ReadText(path);
        var key = (Path.GetFullPath(path), text);
        return entries.GetOrAdd(key, static (_, state) => ReportTemplate.Parse(state.path, state.text), (path, text));
    }
}
