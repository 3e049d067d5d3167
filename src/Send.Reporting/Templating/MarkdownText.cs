using System.Text;

namespace Send.Reporting.Templating;

/// <summary>Escapes text so that Markdown shows it literally.</summary>
public static class MarkdownText
{
    /// <summary>
    /// Escapes <paramref name="text"/> so that the Markdown parser reads it as plain text: every ASCII punctuation
    /// character gets a backslash (CommonMark allows this for all of them), and line breaks and tabs become single
    /// spaces so that a value cannot start a new block or break a table row.
    /// </summary>
    /// <param name="text">The text; null gives an empty string.</param>
    /// <returns>The escaped text.</returns>
    /// <remarks>
    /// A value such as <c>A|B *C*</c> becomes <c>A\|B \*C\*</c> and renders as <c>A|B *C*</c>, in a paragraph or in a
    /// table cell. Backslash escapes do not work inside code spans, so templates should not interpolate values inside
    /// backticks.
    /// </remarks>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (NeedsEscape(c) || c is '\r' or '\n' or '\t')
            {
                builder ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
                if (c is '\r' or '\n' or '\t')
                {
                    if (builder.Length == 0 || builder[builder.Length - 1] != ' ')
                    {
                        builder.Append(' ');
                    }
                }
                else
                {
                    builder.Append('\\').Append(c);
                }
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    private static bool NeedsEscape(char c) =>
        c < 128 && (c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~');

    /// <summary>Escapes text for a table cell; the same as <see cref="Escape"/>, named for readability at call sites.</summary>
    /// <param name="text">The text; null gives an empty string.</param>
    /// <returns>The escaped text.</returns>
    public static string Cell(string? text) => Escape(text);
}
