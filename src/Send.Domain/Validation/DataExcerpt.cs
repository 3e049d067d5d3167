using System.Globalization;
using System.Text;

namespace Send.Domain.Validation;

/// <summary>
/// A short, escaped excerpt of text from an input, safe to print in an error: control characters are shown as
/// <c>\u000B</c>-style escapes and anything past <see cref="MaxLength"/> characters is cut, with the number of
/// characters left out.
/// </summary>
/// <remarks>
/// Data files hold personal data and may name any file: an error must point at the problem, not copy the input into a
/// log. <see cref="DataProblem.ToString"/> prints every <see cref="DataProblem.Value"/> through this.
/// </remarks>
public static class DataExcerpt
{
    /// <summary>The most characters of the input an excerpt shows: 80.</summary>
    public const int MaxLength = 80;

    /// <summary>Gives a short, escaped excerpt of <paramref name="text"/>.</summary>
    /// <param name="text">The text; null gives an empty string.</param>
    /// <param name="maxLength">The most characters of <paramref name="text"/> to show; <see cref="MaxLength"/> by default.</param>
    /// <returns>The excerpt, for example <c>a\u000Bb</c> or <c>abc… (1,200 more characters)</c>.</returns>
    public static string Of(string? text, int maxLength = MaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var shown = text.Length <= maxLength ? text.Length : maxLength;
        if (char.IsHighSurrogate(text[shown - 1]) && shown < text.Length)
        {
            shown--;
        }

        StringBuilder? builder = null;
        for (var i = 0; i < shown; i++)
        {
            var c = text[i];
            var escape = char.IsControl(c) || c is '\uFFFE' or '\uFFFF' || (char.IsSurrogate(c) && !IsPair(text, i));
            if (escape)
            {
                builder ??= new StringBuilder(shown + 16).Append(text, 0, i);
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else if (builder is not null)
            {
                builder.Append(c);
            }
        }

        var excerpt = builder?.ToString() ?? text[..shown];
        return shown == text.Length
            ? excerpt
            : excerpt + "… (" + (text.Length - shown).ToString("N0", CultureInfo.InvariantCulture) + " more characters)";
    }

    private static bool IsPair(string text, int i) =>
        char.IsHighSurrogate(text[i])
            ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            : i > 0 && char.IsHighSurrogate(text[i - 1]);
}
