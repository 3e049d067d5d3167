using System;

namespace Send.Reporting.Templating;

/// <summary>
/// Markdown that a template writes without escaping: the output of Send's table functions, <c>rag</c>, <c>include</c>
/// and <c>raw</c>. Every other value a template interpolates is escaped (see <see cref="MarkdownText.Escape"/>).
/// </summary>
/// <remarks>
/// This is what makes escaping happen exactly once: functions that build Markdown escape the values they put in it
/// and return a <see cref="RawMarkdown"/>, which the output step then leaves alone. It is not a way to smuggle
/// formatting in from data: nothing in a model becomes a <see cref="RawMarkdown"/> unless a template calls <c>raw</c>.
/// </remarks>
public sealed class RawMarkdown
{
    /// <summary>Wraps trusted Markdown.</summary>
    /// <param name="markdown">The Markdown text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="markdown"/> is null.</exception>
    public RawMarkdown(string markdown)
    {
        Markdown = markdown ?? throw new ArgumentNullException(nameof(markdown));
    }

    /// <summary>The Markdown text.</summary>
    public string Markdown { get; }

    /// <inheritdoc/>
    public override string ToString() => Markdown;
}
